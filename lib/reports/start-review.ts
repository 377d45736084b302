// An approver starts reviewing a submission (from then on it cannot be withdrawn).
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { applyReportTransition, reportInTransaction } from './apply-transition';

export async function startReview(actor: AuditActor, input: { reportId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    return applyReportTransition(tx, { report, expectedVersion: input.version, actor, name: 'startReview' });
  });
}
