// Publishes an approved report (or approves and publishes in one step): the
// working copy becomes a new immutable edition that replaces the public one.
// For a correction, the edition carries its public 更正说明.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { syncPublicReport } from '@/lib/public/public-index';
import { reportTitle } from '@/lib/report-format/title';
import { applyReportTransition, reportWithContentInTransaction } from './apply-transition';
import { reportLabel } from './report-label';

export async function publishReport(actor: AuditActor, input: { reportId: string; version: number; approve: boolean }) {
  return db.$transaction(async (tx) => {
    const report = await reportWithContentInTransaction(tx, input.reportId);
    const now = new Date();
    const approval = input.approve
      ? null
      : await tx.reportSubmission.findFirst({
          where: { reportId: report.id, editionNumber: report.editionNumber, outcome: 'APPROVED' },
          orderBy: { sequence: 'desc' },
          select: { decidedById: true },
        });
    const title = reportTitle(report.department.name, report.year);
    const edition = await tx.reportEdition.create({
      data: {
        reportId: report.id,
        number: report.editionNumber,
        formatId: report.formatId,
        content: report.content as Prisma.InputJsonValue,
        title,
        changeNote: report.editionNumber > 1 ? report.changeNote : null,
        publishedAt: now,
        publishedById: actor.id,
        approvedById: input.approve ? actor.id : (approval?.decidedById ?? null),
      },
    });
    if (report.publishedEditionId) {
      await tx.reportEdition.update({ where: { id: report.publishedEditionId }, data: { supersededAt: now } });
    }
    // Refused (stale, wrong state, four eyes) after the edition is written: the transaction undoes it.
    const result = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: input.approve ? 'approveAndPublish' : 'publish',
      data: { publishedEditionId: edition.id, unpublishedAt: null, unpublishReason: null },
      details: { publishedEdition: edition.number },
    });
    await syncPublicReport(tx, report.id);
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'published',
      reportId: report.id,
      recipients: { kind: 'departmentEditors', departmentId: report.departmentId },
      actorId: actor.id,
      title: `${label}已发布`,
      body: `${actor.displayName}发布了${label}${edition.number > 1 ? `第 ${edition.number} 版（更正）` : ''}，公众现在可以查阅。`,
    });
    return { ...result, editionNumber: edition.number };
  });
}
