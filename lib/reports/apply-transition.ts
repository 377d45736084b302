// One workflow step on a report: one conditional update on the expected
// status and version, checked for a count of 1, and an audit event — inside
// the caller's transaction.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { applyTransition, type TransitionName } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { findReportRef, type ReportRef } from './report-ref';

export interface Actor {
  id: string;
  displayName: string;
}

export interface TransitionInput {
  report: ReportRef;
  /** The version the user acted on; a different one means someone else acted first. */
  expectedVersion: number;
  actor: Actor;
  name: TransitionName;
  reason?: string | null;
  /** Further fields to set in the same update. */
  data?: Prisma.ReportUncheckedUpdateManyInput;
  /** Extra conditions of the update (e.g. four eyes). */
  where?: Prisma.ReportWhereInput;
  details?: Prisma.InputJsonObject;
}

export const STALE_MESSAGE = '该报告刚刚已被他人处理或修改，您看到的不是最新状态。请刷新页面后再操作。';

export async function applyReportTransition(tx: Tx, input: TransitionInput): Promise<{ status: ReportStatus; version: number }> {
  const { report } = input;
  if (report.version !== input.expectedVersion) throw UserError.conflict(STALE_MESSAGE);
  const next = applyTransition({ status: report.status, isPublic: report.publishedEditionId !== null }, input.name);
  const { count } = await tx.report.updateMany({
    where: { id: report.id, status: report.status, version: report.version, ...input.where },
    data: { ...input.data, status: next.status, version: { increment: 1 } },
  });
  if (count !== 1) throw UserError.conflict(STALE_MESSAGE);
  await recordAuditEvent(tx, {
    actor: input.actor,
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

/** The report as the transaction sees it; a UserError (404) when it does not exist. */
export async function reportInTransaction(tx: Tx, reportId: string): Promise<ReportRef> {
  const report = await findReportRef(reportId, tx);
  if (!report) throw UserError.notFound('该报告不存在。');
  return report;
}
