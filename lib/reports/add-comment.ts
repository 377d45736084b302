// A comment pinned to the report, a section or a table cell. An approver's
// first comment on a submitted report starts its review.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { can, type Actor as PolicyActor } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { findTable, getFormat, isInputCell, isComputedCell } from '@/lib/report-format/formats';
import { applyReportTransition, reportInTransaction } from './apply-transition';
import { reportLabel } from './report-label';
import type { CommentAnchor } from './workflow-schemas';

function checkAnchor(formatId: string, anchor: CommentAnchor): void {
  const format = getFormat(formatId);
  if (anchor.kind === 'section' && !format.sections.some((section) => section.id === anchor.sectionId)) {
    throw UserError.invalid('评论位置无效：没有这一部分。', { anchor: '没有这一部分。' });
  }
  if (anchor.kind === 'cell') {
    const table = findTable(format, anchor.tableId);
    const row = table?.rows.find((candidate) => candidate.key === anchor.rowKey);
    const column = table?.columns.find((candidate) => candidate.key === anchor.columnKey);
    if (!table || !row || !column || !(isInputCell(row, column) || isComputedCell(row, column))) {
      throw UserError.invalid('评论位置无效：没有这个单元格。', { anchor: '没有这个单元格。' });
    }
  }
}

export async function addComment(actor: AuditActor & PolicyActor, input: { reportId: string; anchor: CommentAnchor; body: string }) {
  return db.$transaction(async (tx) => {
    const report = await reportInTransaction(tx, input.reportId);
    checkAnchor(report.formatId, input.anchor);
    const supervising = can(actor, 'report.review', report);
    if (supervising && report.status === 'SUBMITTED') {
      await applyReportTransition(tx, { report, expectedVersion: report.version, actor, name: 'startReview' });
    }
    const comment = await tx.reportComment.create({
      data: {
        reportId: report.id,
        editionNumber: report.editionNumber,
        authorId: actor.id,
        authorName: actor.displayName,
        anchorKind: input.anchor.kind,
        sectionId: input.anchor.kind === 'section' ? input.anchor.sectionId : null,
        tableId: input.anchor.kind === 'cell' ? input.anchor.tableId : null,
        rowKey: input.anchor.kind === 'cell' ? input.anchor.rowKey : null,
        columnKey: input.anchor.kind === 'cell' ? input.anchor.columnKey : null,
        body: input.body,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'report.comment',
      entityType: 'report',
      entityId: report.id,
      reportId: report.id,
      departmentId: report.departmentId,
      details: { commentId: comment.id, anchor: input.anchor, edition: report.editionNumber },
    });
    const label = reportLabel(report.department, report.year);
    await notify(tx, {
      kind: 'commented',
      reportId: report.id,
      recipients: supervising ? { kind: 'departmentEditors', departmentId: report.departmentId } : { kind: 'approvers' },
      actorId: actor.id,
      title: `${label}有新评论`,
      body: `${actor.displayName}：${input.body.slice(0, 200)}`,
    });
    return comment;
  });
}
