// Marks a comment as dealt with (it stays in the history).
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';

export async function resolveComment(actor: AuditActor, input: { reportId: string; commentId: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.reportComment.updateMany({
      where: { id: input.commentId, reportId: input.reportId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: actor.id },
    });
    if (count !== 1) throw UserError.conflict('该评论已处理或不存在，请刷新页面。');
    const report = await tx.report.findUniqueOrThrow({ where: { id: input.reportId }, select: { departmentId: true } });
    await recordAuditEvent(tx, {
      actor,
      action: 'report.comment_resolved',
      entityType: 'report',
      entityId: input.reportId,
      reportId: input.reportId,
      departmentId: report.departmentId,
      details: { commentId: input.commentId },
    });
  });
}
