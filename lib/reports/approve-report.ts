// An approver approves a submission (four eyes: not one whose content they changed).
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { applyReportTransition, reportInTransaction } from './apply-transition';
import { reportLabel } from './report-label';

export async function approveReport(actor: AuditActor, input: { reportId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    const result = await applyReportTransition(tx, { report, expectedVersion: input.version, actor, name: 'approve' });
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'approved',
      reportId: report.id,
      recipients: { kind: 'departmentEditors', departmentId: report.departmentId },
      actorId: actor.id,
      title: `${label}已审核通过`,
      body: `${actor.displayName}审核通过了${label}，待发布。`,
    });
    return result;
  });
}
