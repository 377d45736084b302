// An approver approves a submission (four eyes: not one whose content they changed).
import 'server-only';
import { db } from '@/lib/db/client';
import { notify } from '@/lib/notifications/notify';
import { applyReportTransition, reportInTransaction, type Actor } from './apply-transition';
import { assertFourEyes } from './four-eyes';
import { editorReportPath, reportLabel } from './report-label';

export async function approveReport(actor: Actor, input: { reportId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    assertFourEyes(report, actor.id);
    const result = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: 'approve',
      where: { NOT: { editorIds: { has: actor.id } } },
    });
    await tx.reportSubmission.updateMany({
      where: { reportId: report.id, editionNumber: report.editionNumber, outcome: 'PENDING' },
      data: { outcome: 'APPROVED', decidedAt: new Date(), decidedById: actor.id },
    });
    const department = await tx.department.findUniqueOrThrow({ where: { id: report.departmentId } });
    const label = reportLabel(department, report.year);
    await notify(tx, {
      kind: 'approved',
      reportId: report.id,
      recipients: { kind: 'departmentEditors', departmentId: report.departmentId },
      actorId: actor.id,
      title: `${label}已审核通过`,
      body: `${actor.displayName}审核通过了${label}，待发布。`,
      link: editorReportPath(report.id),
    });
    return result;
  });
}
