// The department starts a new edition of a published (or unpublished) report
// to correct it. The earlier edition stays public until the correction is published.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { applyReportTransition, reportInTransaction } from './apply-transition';

export async function startCorrection(actor: AuditActor, input: { reportId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    const result = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: 'startCorrection',
      data: { editionNumber: { increment: 1 }, editorIds: [], changeNote: null, submittedAt: null },
      details: { edition: report.editionNumber + 1 },
    });
    return { ...result, editionNumber: report.editionNumber + 1 };
  });
}
