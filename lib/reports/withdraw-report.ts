// The editor takes a submission back before the review starts.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { applyReportTransition, reportInTransaction } from './apply-transition';
import { reportLabel } from './report-label';

export async function withdrawReport(actor: AuditActor, input: { reportId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    const result = await applyReportTransition(tx, { report, expectedVersion: input.version, actor, name: 'withdraw' });
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'withdrawn',
      reportId: report.id,
      recipients: { kind: 'approvers' },
      actorId: actor.id,
      title: `${label}已撤回`,
      body: `${actor.displayName}撤回了${label}的提交，无需审核。`,
    });
    return result;
  });
}
