// Takes one workflow step on a report, whichever it is: in one transaction,
// the step's own work (./step-effects.ts), the conditional transition with
// its audit entry (./apply-transition.ts), the notifications, and the public
// index when the public sees a change.
import 'server-only';
import { db } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { notify } from '@/lib/notifications/notify';
import { syncPublicReport } from '@/lib/public/public-index';
import { TRANSITIONS } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { applyReportTransition, reportWithContentInTransaction } from './apply-transition';
import { reportLabel } from './report-label';
import { STEP_EFFECTS, type StepContext } from './step-effects';
import type { StepInput } from './workflow-schemas';

export interface StepResult {
  status: ReportStatus;
  version: number;
  /** submit: which submission of this edition it was. */
  sequence?: number;
  /** startCorrection, publish: the edition concerned. */
  editionNumber?: number;
}

/** `now`: when the step is taken (tests pass another day to try a date rule). */
export async function takeStep(actor: AuditActor, input: StepInput, now: Date = new Date()): Promise<StepResult> {
  return db.$transaction(async (tx) => {
    const report = await reportWithContentInTransaction(tx, input.reportId);
    const context = { tx, report, actor, input, now, label: reportLabel(report.department, report.year) };
    // The table is keyed by step; its entry takes the input of that step.
    const effect = STEP_EFFECTS[input.step] as unknown as {
      before?: (c: StepContext) => Promise<{ data?: object; details?: object; keep?: Record<string, unknown> }>;
      data?: (c: StepContext) => object;
      after?: (c: StepContext, moved: { status: ReportStatus; version: number }, kept: Record<string, unknown>) => Promise<Record<string, unknown> | void>;
      notices: (c: StepContext, moved: { status: ReportStatus; version: number }) => Omit<Parameters<typeof notify>[1], 'reportId' | 'actorId'>[];
    };
    const prepared = (await effect.before?.(context)) ?? {};
    const moved = await applyReportTransition(tx, {
      report,
      expectedVersion: input.version,
      actor,
      name: input.step,
      reason: 'reason' in input ? input.reason : null,
      data: { ...effect.data?.(context), ...prepared.data },
      details: prepared.details as never,
    });
    const extra = (await effect.after?.(context, moved, prepared.keep ?? {})) ?? {};
    for (const notice of effect.notices(context, moved)) await notify(tx, { ...notice, reportId: report.id, actorId: actor.id });
    if (TRANSITIONS[input.step].changesPublic) await syncPublicReport(tx, report.id);
    return { ...moved, ...extra };
  });
}
