'use server';

// Server actions on reports. Each one: who is calling (401 for nobody), parse
// with zod, authorize on the report's reference with the policy (403/404
// when refused; a workflow step needs what the state machine says it needs),
// run the domain function, then revalidate what changed. Every workflow step
// goes through one action, takeStepAction.
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { logError } from '@/lib/log';
import { refreshQuality } from '@/lib/quality/report-quality';
import { forbidden, redirect } from 'next/navigation';
import type { CurrentUser } from '@/lib/auth/current-user';
import { requireActionPermission, requireCaller, requireReportActionPermission } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/policy';
import type { ActionResult } from '@/lib/actions/action-result';
import { failure, invalidInput, runAction } from '@/lib/actions/run-action';
import { revalidatePublication } from '@/lib/public/revalidate-public';
import { addComment } from '@/lib/reports/add-comment';
import { createReport } from '@/lib/reports/create-report';
import { loadLatestContent } from '@/lib/reports/load-latest-content';
import { editorReportPath, reviewReportPath } from '@/lib/reports/report-label';
import type { ReportRef } from '@/lib/reports/report-ref';
import { resolveComment } from '@/lib/reports/resolve-comment';
import { saveReportContent } from '@/lib/reports/save-report-content';
import { takeStep, type StepResult } from '@/lib/reports/take-step';
import {
  addCommentSchema,
  createReportSchema,
  reportVersionSchema,
  resolveCommentSchema,
  saveContentSchema,
  stepInputSchema,
  stepTargetSchema,
} from '@/lib/reports/workflow-schemas';
import { fourEyesBar, TRANSITIONS } from '@/lib/workflow/state-machine';
import type { z } from '@/lib/zod';

function revalidateReportPages(report: ReportRef) {
  revalidatePath(editorReportPath(report.id));
  revalidatePath(reviewReportPath(report.id));
}

/**
 * Any workflow step (submit, 签发, return, approve, publish …): the caller,
 * the step and report named, their authorization (the step's policy
 * actions; four eyes answers 403 too), then the step's own input.
 */
export async function takeStepAction(input: unknown): Promise<ActionResult<StepResult>> {
  const user = await requireCaller();
  const target = stepTargetSchema.safeParse(input);
  if (!target.success) return invalidInput(target.error);
  const transition = TRANSITIONS[target.data.step];
  const report = await requireReportActionPermission(user, transition.actions, target.data.reportId);
  if (fourEyesBar(target.data.step, user.id, report)) forbidden();
  const parsed = stepInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(`report.${parsed.data.step}`, () => takeStep(user, parsed.data));
  if (result.ok) {
    revalidateReportPages(report);
    // The dashboard's quality score follows each step (after the response).
    after(() => refreshQuality(report.id).then(() => undefined, (error: unknown) => logError('quality refresh failed', error, { reportId: report.id })));
    if (transition.changesPublic) revalidatePublication({ slug: report.department.slug, year: report.year }, { listed: report.department.active });
  }
  return result;
}

/** An action on one report other than a workflow step: caller, input, authorization, work. */
async function onReport<S extends z.ZodType<{ reportId: string }>, T extends object>(
  input: unknown,
  schema: S,
  action: Action,
  run: (user: CurrentUser, input: z.output<S>, report: ReportRef) => Promise<T>,
  options: { revalidate: boolean } = { revalidate: true },
): Promise<ActionResult<T>> {
  try {
    const user = await requireCaller();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    const report = await requireReportActionPermission(user, action, parsed.data.reportId);
    const result = await runAction(action, () => run(user, parsed.data, report));
    if (result.ok && options.revalidate) revalidateReportPages(report);
    return result;
  } catch (error) {
    // The session and the report's reference are read before runAction: a
    // database that is away there is answered as a failed action too, not a
    // 500 (Next's refusals — 401/403/404 — pass through failure()).
    return failure(error, action);
  }
}

export async function createReportAction(input: unknown): Promise<ActionResult<{ reportId: string }>> {
  await requireCaller();
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
