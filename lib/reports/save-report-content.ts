// Saves the editor's content. Optimistic concurrency: the save names the
// version it was based on; a save based on an outdated version is refused
// with who changed the report and when, and nothing is overwritten.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { getFormat } from '@/lib/report-format/formats';
import { validateContent } from '@/lib/report-format/validate-content';
import { EDITABLE_STATUSES, isEditable } from '@/lib/workflow/state-machine';
import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';
import { findReportRef, type ReportRef } from './report-ref';
import { toJson } from './stored-content';
import { formatDateTime } from '@/lib/format-time';

export interface SaveConflict {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  status: ReportStatus;
}

/** The refusal of a save that is not based on the stored version (or comes after the report left editing). */
async function refuseOutdated(reportId: string): Promise<never> {
  const current = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { version: true, status: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  const conflict: SaveConflict = {
    version: current.version,
    updatedAt: current.updatedAt.toISOString(),
    updatedBy: current.updatedBy?.displayName ?? null,
    status: current.status as ReportStatus,
  };
  if (!isEditable(conflict.status)) {
    throw UserError.conflict(`报告当前状态为“${STATUS_LABELS[conflict.status]}”，不能再修改，您的修改未保存。`, conflict);
  }
  throw UserError.conflict(
    `该报告已被${conflict.updatedBy ?? '其他人'}于 ${formatDateTime(current.updatedAt)} 修改（第 ${conflict.version} 版），您的修改基于较早的版本，尚未保存。`,
    conflict,
  );
}

/**
 * `known`: the report as the caller's authorization just read it (the server
 * action's guard), so that an autosave reads the row once. Without it, or if
 * it is older than the version the save names, the report is read here.
 */
export async function saveReportContent(
  actor: AuditActor,
  input: { reportId: string; version: number; content: unknown },
  known?: ReportRef,
): Promise<{ version: number; updatedAt: Date }> {
  const report = known && known.id === input.reportId && known.version >= input.version ? known : await findReportRef(input.reportId);
  if (!report) throw UserError.notFound('该报告不存在。');

  const validation = validateContent(getFormat(report.formatId), input.content);
  if (!validation.ok) {
    throw UserError.invalid(
      `报告内容有 ${validation.problems.length} 处格式错误，未保存：${validation.problems[0]?.message}`,
      Object.fromEntries(validation.problems.map((problem) => [problem.path, problem.message])),
    );
  }
  // The read above belongs to another version: the save is outdated (or the
  // read is), either way the conditional update below would not hold it.
  if (report.version !== input.version) return refuseOutdated(report.id);

  const updatedAt = new Date();
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id: report.id, version: input.version, status: { in: [...EDITABLE_STATUSES] } },
      data: {
        content: toJson(validation.content),
        version: { increment: 1 },
        updatedAt,
        updatedById: actor.id,
        // editorIds as read with this version (which the update's condition holds to).
        ...(report.editorIds.includes(actor.id) ? {} : { editorIds: { push: actor.id } }),
      },
    });
    if (count !== 1) return false;
    await recordAuditEvent(tx, {
      actor,
      action: 'report.save',
      entityType: 'report',
      entityId: report.id,
      reportId: report.id,
      departmentId: report.departmentId,
      fromStatus: report.status,
      toStatus: report.status,
      details: { edition: report.editionNumber, fromVersion: input.version, version: input.version + 1 },
    });
    return true;
  });
  if (!saved) return refuseOutdated(report.id);
  return { version: input.version + 1, updatedAt };
}
