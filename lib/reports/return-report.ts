// An approver returns a submission to the department, with a required reason.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { applyReportTransition, reportInTransaction } from './apply-transition';
import { reportLabel } from './report-label';

export async function returnReport(actor: AuditActor, input: { reportId: string; version: number; reason: string }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    const result = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: 'return',
      reason: input.reason,
    });
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'returned',
      reportId: report.id,
      recipients: { kind: 'departmentEditors', departmentId: report.departmentId },
      actorId: actor.id,
      title: `${label}被退回修改`,
      body: `${actor.displayName}退回了${label}。退回原因：${input.reason}`,
    });
    return result;
  });
}
