// What publishing takes beyond the transition: the working copy becomes a new
// immutable edition that replaces the public one (a correction's edition
// carries its 更正说明), and the public index follows.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Tx } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { reportTitle } from '@/lib/report-format/title';
import type { ReportRef } from './report-ref';

export async function createEdition(
  tx: Tx,
  report: ReportRef & { content: Prisma.JsonValue; changeNote: string | null },
  actor: AuditActor,
  options: { approvedHere: boolean; now: Date },
): Promise<{ id: string; number: number }> {
  const approval = options.approvedHere
    ? null
    : await tx.reportSubmission.findFirst({
        where: { reportId: report.id, editionNumber: report.editionNumber, outcome: 'APPROVED' },
        orderBy: { sequence: 'desc' },
        select: { decidedById: true },
      });
  const edition = await tx.reportEdition.create({
    data: {
      reportId: report.id,
      number: report.editionNumber,
      formatId: report.formatId,
      content: report.content as Prisma.InputJsonValue,
      title: reportTitle(report.department.name, report.year),
      changeNote: report.editionNumber > 1 ? report.changeNote : null,
      publishedAt: options.now,
      publishedById: actor.id,
      approvedById: options.approvedHere ? actor.id : (approval?.decidedById ?? null),
    },
    select: { id: true, number: true },
  });
  if (report.publishedEditionId) {
    await tx.reportEdition.update({ where: { id: report.publishedEditionId }, data: { supersededAt: options.now } });
  }
  return edition;
}
