'use server';

// Server actions of the report workflow. Each one: parse the input with zod,
// authorize with the policy (403/404 when refused), call the domain function,
// then revalidate what changed.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActionPermission, requireReportActionPermission } from '@/lib/auth/guard';
import type { ActionResult } from '@/lib/actions/action-result';
import { invalidInput, runAction } from '@/lib/actions/run-action';
import { scheduleMailDelivery } from '@/lib/notifications/schedule-mail';
import { addComment } from '@/lib/reports/add-comment';
import { approveReport } from '@/lib/reports/approve-report';
import { createReport } from '@/lib/reports/create-report';
import { loadLatestContent } from '@/lib/reports/load-latest-content';
import { publishReport } from '@/lib/reports/publish-report';
import { revalidatePublicPages } from '@/lib/reports/revalidate-public';
import { editorReportPath, reviewReportPath } from '@/lib/reports/report-label';
import { resolveComment } from '@/lib/reports/resolve-comment';
import { returnReport } from '@/lib/reports/return-report';
import { saveReportContent } from '@/lib/reports/save-report-content';
import { startCorrection } from '@/lib/reports/start-correction';
import { startReview } from '@/lib/reports/start-review';
import { submitReport } from '@/lib/reports/submit-report';
import { unpublishReport } from '@/lib/reports/unpublish-report';
import { withdrawReport } from '@/lib/reports/withdraw-report';
import {
  addCommentSchema,
  createReportSchema,
  publishReportSchema,
  reportVersionSchema,
  resolveCommentSchema,
  returnReportSchema,
  saveContentSchema,
  submitReportSchema,
  unpublishReportSchema,
} from '@/lib/reports/workflow-schemas';
import type { ReportStatus } from '@/lib/workflow/status';

type Transitioned = { version: number; status: ReportStatus };

function revalidateReportPages(reportId: string) {
  revalidatePath(editorReportPath(reportId));
  revalidatePath(reviewReportPath(reportId));
}

export async function createReportAction(input: unknown): Promise<ActionResult<{ reportId: string }>> {
  const parsed = createReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const user = await requireActionPermission('report.create', { departmentId: parsed.data.departmentId });
  const result = await runAction('create report', async () => {
    const report = await createReport(user, parsed.data);
    return { reportId: report.id };
  });
  if (result.ok) redirect(editorReportPath(result.reportId));
  return result;
}

export async function saveReportAction(input: unknown): Promise<ActionResult<{ version: number; savedAt: string }>> {
  const parsed = saveContentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.edit', parsed.data.reportId);
  return runAction('save report', async () => {
    const saved = await saveReportContent(user, parsed.data);
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}

export async function loadLatestReportAction(input: unknown) {
  const parsed = reportVersionSchema.pick({ reportId: true }).safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  await requireReportActionPermission('report.read', parsed.data.reportId);
  return runAction('load latest report', () => loadLatestContent(parsed.data.reportId));
}

export async function submitReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = submitReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.submit', parsed.data.reportId);
  const result = await runAction('submit report', () => submitReport(user, parsed.data));
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    scheduleMailDelivery();
  }
  return result;
}

export async function withdrawReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = reportVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.withdraw', parsed.data.reportId);
  const result = await runAction('withdraw report', () => withdrawReport(user, parsed.data));
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    scheduleMailDelivery();
  }
  return result;
}

export async function startCorrectionAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = reportVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.correct', parsed.data.reportId);
  const result = await runAction('start correction', () => startCorrection(user, parsed.data));
  if (result.ok) revalidateReportPages(parsed.data.reportId);
  return result;
}

export async function startReviewAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = reportVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.review', parsed.data.reportId);
  const result = await runAction('start review', () => startReview(user, parsed.data));
  if (result.ok) revalidateReportPages(parsed.data.reportId);
  return result;
}

export async function returnReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = returnReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.return', parsed.data.reportId);
  const result = await runAction('return report', () => returnReport(user, parsed.data));
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    scheduleMailDelivery();
  }
  return result;
}

export async function approveReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = reportVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.approve', parsed.data.reportId);
  const result = await runAction('approve report', () => approveReport(user, parsed.data));
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    scheduleMailDelivery();
  }
  return result;
}

export async function publishReportAction(input: unknown): Promise<ActionResult<Transitioned & { editionNumber: number }>> {
  const parsed = publishReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actions = parsed.data.approve ? (['report.approve', 'report.publish'] as const) : (['report.publish'] as const);
  const { user } = await requireReportActionPermission(actions, parsed.data.reportId);
  const result = await runAction('publish report', async () => {
    const published = await publishReport(user, parsed.data);
    return { version: published.version, status: published.status, editionNumber: published.editionNumber };
  });
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    await revalidatePublicPages();
    scheduleMailDelivery();
  }
  return result;
}

export async function unpublishReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  const parsed = unpublishReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.unpublish', parsed.data.reportId);
  const result = await runAction('unpublish report', async () => {
    const done = await unpublishReport(user, parsed.data);
    return { version: done.version, status: done.status };
  });
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    await revalidatePublicPages();
    scheduleMailDelivery();
  }
  return result;
}

export async function addCommentAction(input: unknown): Promise<ActionResult<{ commentId: string }>> {
  const parsed = addCommentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.comment', parsed.data.reportId);
  const result = await runAction('add comment', async () => {
    const comment = await addComment(user, parsed.data);
    return { commentId: comment.id };
  });
  if (result.ok) {
    revalidateReportPages(parsed.data.reportId);
    scheduleMailDelivery();
  }
  return result;
}

export async function resolveCommentAction(input: unknown): Promise<ActionResult> {
  const parsed = resolveCommentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireReportActionPermission('report.comment', parsed.data.reportId);
  const result = await runAction('resolve comment', async () => {
    await resolveComment(user, parsed.data);
    return {};
  });
  if (result.ok) revalidateReportPages(parsed.data.reportId);
  return result;
}
