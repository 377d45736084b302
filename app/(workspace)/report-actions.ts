'use server';

// Server actions of the report workflow. Each one: parse the input with zod,
// authorize with the policy (403/404 when refused; a workflow step needs what
// the state machine says it needs), call the domain function, then revalidate
// what changed. Notifications schedule their own e-mail (lib/notifications/notify.ts).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { CurrentUser } from '@/lib/auth/current-user';
import { requireActionPermission, requireReportActionPermission } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/policy';
import type { ActionResult } from '@/lib/actions/action-result';
import { invalidInput, runAction } from '@/lib/actions/run-action';
import { addComment } from '@/lib/reports/add-comment';
import { approveReport } from '@/lib/reports/approve-report';
import { createReport } from '@/lib/reports/create-report';
import { loadLatestContent } from '@/lib/reports/load-latest-content';
import { publishReport } from '@/lib/reports/publish-report';
import { revalidatePublication } from '@/lib/public/revalidate-public';
import { editorReportPath, reviewReportPath } from '@/lib/reports/report-label';
import type { ReportRef } from '@/lib/reports/report-ref';
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
import { TRANSITIONS, type TransitionName } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import type { z } from '@/lib/zod';

type Transitioned = { version: number; status: ReportStatus };

const isStep = (value: string): value is TransitionName => Object.hasOwn(TRANSITIONS, value);

/**
 * What every action on one report does: parse the input, authorize (`may`: a
 * workflow step, whose permissions the state machine lists, or a policy
 * action), run the use case, and revalidate the report's pages (and the
 * public pages when the step changes what the public sees).
 */
async function onReport<S extends z.ZodType<{ reportId: string }>, T extends object>(
  input: unknown,
  schema: S,
  may: TransitionName | Action | ((input: z.output<S>) => TransitionName),
  run: (user: CurrentUser, input: z.output<S>, report: ReportRef) => Promise<T>,
  options: { revalidate: boolean } = { revalidate: true },
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const name = typeof may === 'function' ? may(parsed.data) : may;
  const step = isStep(name) ? name : null;
  const { user, report } = await requireReportActionPermission(step ? TRANSITIONS[step].actions : (name as Action), parsed.data.reportId);
  const result = await runAction(step ? `report.${step}` : name, () => run(user, parsed.data, report));
  if (result.ok && options.revalidate) {
    revalidatePath(editorReportPath(report.id));
    revalidatePath(reviewReportPath(report.id));
    if (step && TRANSITIONS[step].changesPublic) revalidatePublication({ slug: report.department.slug, year: report.year }, { listed: report.department.active });
  }
  return result;
}

export async function createReportAction(input: unknown): Promise<ActionResult<{ reportId: string }>> {
  const parsed = createReportSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const user = await requireActionPermission('report.create', { departmentId: parsed.data.departmentId });
  const result = await runAction('report.create', async () => {
    const report = await createReport(user, parsed.data);
    return { reportId: report.id };
  });
  if (result.ok) redirect(editorReportPath(result.reportId));
  return result;
}

export async function saveReportAction(input: unknown): Promise<ActionResult<{ version: number; savedAt: string }>> {
  return onReport(
    input,
    saveContentSchema,
    'report.edit',
    async (user, data, report) => {
      const saved = await saveReportContent(user, data, report);
      return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
    },
    // The editor keeps its own state; the pages are not shown again for an autosave.
    { revalidate: false },
  );
}

export async function loadLatestReportAction(input: unknown) {
  return onReport(input, reportVersionSchema.pick({ reportId: true }), 'report.read', (_user, data) => loadLatestContent(data.reportId), {
    revalidate: false,
  });
}

export async function submitReportAction(input: unknown): Promise<ActionResult<Transitioned & { sequence: number }>> {
  return onReport(input, submitReportSchema, 'submit', (user, data) => submitReport(user, data));
}

export async function withdrawReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  return onReport(input, reportVersionSchema, 'withdraw', (user, data) => withdrawReport(user, data));
}

export async function startCorrectionAction(input: unknown): Promise<ActionResult<Transitioned & { editionNumber: number }>> {
  return onReport(input, reportVersionSchema, 'startCorrection', (user, data) => startCorrection(user, data));
}

export async function startReviewAction(input: unknown): Promise<ActionResult<Transitioned>> {
  return onReport(input, reportVersionSchema, 'startReview', (user, data) => startReview(user, data));
}

export async function returnReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  return onReport(input, returnReportSchema, 'return', (user, data) => returnReport(user, data));
}

export async function approveReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  return onReport(input, reportVersionSchema, 'approve', (user, data) => approveReport(user, data));
}

export async function publishReportAction(input: unknown): Promise<ActionResult<Transitioned & { editionNumber: number }>> {
  return onReport(
    input,
    publishReportSchema,
    (data) => (data.approve ? 'approveAndPublish' : 'publish'),
    (user, data) => publishReport(user, data),
  );
}

export async function unpublishReportAction(input: unknown): Promise<ActionResult<Transitioned>> {
  return onReport(input, unpublishReportSchema, 'unpublish', (user, data) => unpublishReport(user, data));
}

export async function addCommentAction(input: unknown): Promise<ActionResult<{ commentId: string }>> {
  return onReport(input, addCommentSchema, 'report.comment', async (user, data) => {
    const comment = await addComment(user, data);
    return { commentId: comment.id };
  });
}

export async function resolveCommentAction(input: unknown): Promise<ActionResult> {
  return onReport(input, resolveCommentSchema, 'report.comment', async (user, data) => {
    await resolveComment(user, data);
    return {};
  });
}
