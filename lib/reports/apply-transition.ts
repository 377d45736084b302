// One workflow step on a report: one conditional update on the expected
// status and version, checked for a count of 1, the pending submission
// decided where the step decides it, and an audit event — inside the caller's
// transaction. The state machine says whether the step is possible now and
// whether four eyes bars the actor.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { applyTransition, fourEyesBar, TRANSITIONS, type TransitionName } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { findReportRef, findReportWithContent, type ReportRef } from './report-ref';

export interface TransitionInput {
  report: ReportRef;
  /** The version the user acted on; a different one means someone else acted first. */
  expectedVersion: number;
  actor: AuditActor;
  name: TransitionName;
  reason?: string | null;
  /** Further fields to set in the same update. */
  data?: Prisma.ReportUncheckedUpdateManyInput;
  details?: Prisma.InputJsonObject;
}

export const STALE_MESSAGE = '该报告刚刚已被他人处理或修改，您看到的不是最新状态。请刷新页面后再操作。';

export async function applyReportTransition(tx: Tx, input: TransitionInput): Promise<{ status: ReportStatus; version: number }> {
  const { report, actor } = input;
  if (report.version !== input.expectedVersion) throw UserError.conflict(STALE_MESSAGE);
  const next = applyTransition({ status: report.status, isPublic: report.publishedEditionId !== null }, input.name, report.department.district);
  // editorIds and the signer belong to the version checked above: a content change bumps it.
  const bar = fourEyesBar(input.name, actor.id, report);
  if (bar) throw UserError.forbidden(bar);
  const { count } = await tx.report.updateMany({
    where: { id: report.id, status: report.status, version: report.version },
    data: { ...input.data, status: next.status, version: { increment: 1 } },
  });
  if (count !== 1) throw UserError.conflict(STALE_MESSAGE);
  const outcome = TRANSITIONS[input.name].decides;
  if (outcome) {
    await tx.reportSubmission.updateMany({
      where: { reportId: report.id, editionNumber: report.editionNumber, outcome: 'PENDING' },
      data: { outcome, decidedAt: new Date(), decidedById: actor.id, ...(outcome === 'RETURNED' ? { returnReason: input.reason ?? null } : {}) },
    });
  }
  await recordAuditEvent(tx, {
    actor,
    action: `report.${input.name}`,
    entityType: 'report',
    entityId: report.id,
    reportId: report.id,
    departmentId: report.departmentId,
    fromStatus: report.status,
    toStatus: next.status,
    reason: input.reason ?? null,
    details: { edition: report.editionNumber, version: report.version + 1, ...input.details },
  });
  return { status: next.status, version: report.version + 1 };
}

function found<R>(report: R | null): R {
  if (!report) throw UserError.notFound('该报告不存在。');
  return report;
}

/** The report as the transaction sees it; a UserError (404) when it does not exist. */
export async function reportInTransaction(tx: Tx, reportId: string): Promise<ReportRef> {
  return found(await findReportRef(reportId, tx));
}

/** The same, with the working copy's content and 更正说明 (one read of the row). */
export async function reportWithContentInTransaction(tx: Tx, reportId: string) {
  return found(await findReportWithContent(reportId, tx));
}
