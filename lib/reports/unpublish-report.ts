// Takes a report's public edition down, with a reason shown to the public.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { syncPublicReport } from '@/lib/public/public-index';
import { applyReportTransition, reportInTransaction } from './apply-transition';
import { reportLabel } from './report-label';

export async function unpublishReport(actor: AuditActor, input: { reportId: string; version: number; reason: string }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    const now = new Date();
    const editionId = report.publishedEditionId;
    const result = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: 'unpublish',
      reason: input.reason,
      data: { publishedEditionId: null, unpublishedAt: now, unpublishReason: input.reason },
    });
    if (editionId) await tx.reportEdition.update({ where: { id: editionId }, data: { withdrawnAt: now } });
    await syncPublicReport(tx, report.id);
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'unpublished',
      reportId: report.id,
      recipients: { kind: 'departmentEditors', departmentId: report.departmentId },
      actorId: actor.id,
      title: `${label}已撤销发布`,
      body: `${actor.displayName}撤销发布了${label}。公开说明：${input.reason}`,
    });
    return result;
  });
}
