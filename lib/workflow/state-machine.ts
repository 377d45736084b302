// The editorial workflow as an explicit state machine (pure). It says which
// steps a report's state allows and where they lead; the policy
// (lib/auth/policy.ts) says who may take each step; lib/reports/step-effects.ts
// says what each step writes, whom it tells and what the public sees.
//
// 先审后发: the department's editor drafts; when the district requires it, the
// department's own reviewer (部门负责人) signs the report off (签发) with the
// 保密审查; then the district's 政务公开办 reviews and publishes.
//
//   草稿 DRAFT ──submit──▶ 待部门签发 AWAITING_SIGNOFF ──signOff──▶ 待审核 SUBMITTED
//     ▲    (district without sign-off: submit goes straight to SUBMITTED)   │
//     │◀──withdraw── (from AWAITING_SIGNOFF or SUBMITTED)                  │
//  已退回 RETURNED ◀──returnToEditor── AWAITING_SIGNOFF                      │
//     ▲◀──return── SUBMITTED / IN_REVIEW ◀──startReview── SUBMITTED ◀──────┘
//     │                          └──approve──▶ 已通过 APPROVED ──publish──▶ 已发布 PUBLISHED
//     └──submit (resubmission)             approveAndPublish: SUBMITTED / IN_REVIEW ─▶ PUBLISHED
//  startCorrection (new edition) ◀── PUBLISHED / UNPUBLISHED;  unpublish: whenever an edition is public
//
// Four eyes holds across the chain: nobody signs off or approves content they
// changed (a correction's 更正说明 counts as content), and whoever signed a
// submission off does not also approve it. A report under correction keeps its
// earlier edition public; unpublish takes it down whatever the working copy's state.
import type { Action } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { REPORT_STATUSES, STATUS_LABELS, type ReportStatus } from './status';

/** Every step, in the order the interface offers them (buttons, filters). */
export const TRANSITION_NAMES = [
  'submit',
  'signOff',
  'returnToEditor',
  'startReview',
  'approve',
  'approveAndPublish',
  'publish',
  'return',
  'withdraw',
  'startCorrection',
  'unpublish',
] as const;

export type TransitionName = (typeof TRANSITION_NAMES)[number];

/** How a submission ends: taken back, returned to the department, or approved. */
export type SubmissionOutcome = 'WITHDRAWN' | 'RETURNED' | 'APPROVED';

export interface WorkflowState {
  status: ReportStatus;
  /** Whether an edition of the report is public now. */
  isPublic: boolean;
}

/** What the district has decided that changes the path: the department's sign-off stage. */
export interface WorkflowSettings {
  signOffRequired: boolean;
}

/** The stages of the chain, in order, and whose hands a report is in at each. */
export const STAGES = ['draft', 'signoff', 'review', 'publication', 'public'] as const;
export type Stage = (typeof STAGES)[number];

interface TransitionDef {
  /** What the step is called: its button, its audit entry, its messages. */
  label: string;
  /**
   * Whose page offers the step: the department's editor page, or the review
   * page (the department's reviewer signs off there, the district reviews there).
   */
  side: 'department' | 'review';
  from: readonly ReportStatus[];
  /** The state after the step (`unpublish` keeps a working copy's own status). */
  to: (state: WorkflowState, settings: WorkflowSettings) => WorkflowState;
  /** What the actor must be allowed to do (all of them). */
  actions: readonly Action[];
  /** A reason the step must give, and what it is called (to the editor; unpublish: to the public). */
  reason?: { label: string };
  /** Only when an edition is public. */
  needsPublic?: true;
  /** Four eyes: not by someone who changed the content of this version, nor (approvals) by whoever signed it off. */
  fourEyes?: 'signOff' | 'approval';
  /** The step changes what the public sees. */
  changesPublic?: true;
  /** The step decides the pending submission (the return reason goes with RETURNED). */
  decides?: SubmissionOutcome;
}

export const TRANSITIONS: Record<TransitionName, TransitionDef> = {
  submit: {
    label: '提交审核',
    side: 'department',
    from: ['DRAFT', 'RETURNED'],
    to: (state, settings) => ({ ...state, status: settings.signOffRequired ? 'AWAITING_SIGNOFF' : 'SUBMITTED' }),
    actions: ['report.submit'],
  },
  signOff: {
    label: '签发',
    side: 'review',
    from: ['AWAITING_SIGNOFF'],
    to: (state) => ({ ...state, status: 'SUBMITTED' }),
    actions: ['report.signoff'],
    fourEyes: 'signOff',
  },
  returnToEditor: {
    label: '退回编辑修改',
    side: 'review',
    from: ['AWAITING_SIGNOFF'],
    to: (state) => ({ ...state, status: 'RETURNED' }),
    actions: ['report.signoff'],
    reason: { label: '退回原因' },
    decides: 'RETURNED',
  },
  startReview: {
    label: '开始审核',
    side: 'review',
    from: ['SUBMITTED'],
    to: (state) => ({ ...state, status: 'IN_REVIEW' }),
    actions: ['report.review'],
  },
  approve: {
    label: '审核通过',
    side: 'review',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'APPROVED' }),
    actions: ['report.approve'],
    fourEyes: 'approval',
    decides: 'APPROVED',
  },
  approveAndPublish: {
    label: '通过并发布',
    side: 'review',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.approve', 'report.publish'],
    fourEyes: 'approval',
    changesPublic: true,
    decides: 'APPROVED',
  },
  publish: {
    label: '发布',
    side: 'review',
    from: ['APPROVED'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.publish'],
    changesPublic: true,
  },
  return: {
    label: '退回修改',
    side: 'review',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'RETURNED' }),
    actions: ['report.return'],
    reason: { label: '退回原因' },
    decides: 'RETURNED',
  },
  withdraw: {
    label: '撤回提交',
    side: 'department',
    from: ['AWAITING_SIGNOFF', 'SUBMITTED'],
    to: (state) => ({ ...state, status: 'DRAFT' }),
    actions: ['report.withdraw'],
    decides: 'WITHDRAWN',
  },
  startCorrection: {
    label: '更正报告（新版本）',
    side: 'department',
    from: ['PUBLISHED', 'UNPUBLISHED'],
    to: (state) => ({ ...state, status: 'DRAFT' }),
    actions: ['report.correct'],
  },
  unpublish: {
    label: '撤销发布',
    side: 'review',
    from: REPORT_STATUSES,
    to: (state) => ({ status: state.status === 'PUBLISHED' ? 'UNPUBLISHED' : state.status, isPublic: false }),
    actions: ['report.unpublish'],
    reason: { label: '撤销原因（向公众公开）' },
    needsPublic: true,
    changesPublic: true,
  },
};

export const FOUR_EYES_MESSAGE = '您修改过该报告本版本的内容（含更正说明）。按照双人审核要求，不能由您签发或审核通过，请由其他人员处理。';
export const SIGNER_APPROVES_MESSAGE = '您已签发该报告。按照双人审核要求，不能再由您审核通过，请由区政务公开办其他审核人员处理。';

/** Who has touched the version under review, for four eyes. */
export interface FourEyesFacts {
  /** Who changed the content of this version (its 更正说明 included). */
  editorIds: readonly string[];
  /** Who signed the pending submission off, if anyone. */
  signedOffById?: string | null;
}

/**
 * Four eyes: why the step is closed to `actorId` (a Chinese message), or
 * null. Nobody signs off or approves content they changed; whoever signed a
 * submission off does not approve it too. A change bumps the report's version,
 * so a step checked against the version it updates sees the current facts.
 */
export function fourEyesBar(name: TransitionName, actorId: string, facts: FourEyesFacts): string | null {
  const rule = TRANSITIONS[name].fourEyes;
  if (!rule) return null;
  if (facts.editorIds.includes(actorId)) return FOUR_EYES_MESSAGE;
  if (rule === 'approval' && facts.signedOffById === actorId) return SIGNER_APPROVES_MESSAGE;
  return null;
}

/** States in which the working copy's content may be edited. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];

export function isEditable(status: ReportStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** Whether the state allows the step (who may take it is the policy's question). */
export function canApply(state: WorkflowState, name: TransitionName): boolean {
  const transition = TRANSITIONS[name];
  return transition.from.includes(state.status) && (!transition.needsPublic || state.isPublic);
}

/** The state after the step, or a UserError (409) that says why the step is not possible now. */
export function applyTransition(state: WorkflowState, name: TransitionName, settings: WorkflowSettings): WorkflowState {
  const transition = TRANSITIONS[name];
  if (!canApply(state, name)) {
    const why =
      transition.needsPublic && !state.isPublic
        ? '该报告当前没有公开的版本。'
        : `报告当前状态为“${STATUS_LABELS[state.status]}”，不能${transition.label}。`;
    throw UserError.conflict(`${why}请刷新页面查看最新状态。`);
  }
  return transition.to(state, settings);
}

/** The steps of one side's page, in the order given. */
export function stepsOfSide(steps: readonly TransitionName[], side: TransitionDef['side']): TransitionName[] {
  return steps.filter((name) => TRANSITIONS[name].side === side);
}

/** The steps the state allows, in the order of TRANSITION_NAMES. */
export function availableTransitions(state: WorkflowState): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => canApply(state, name));
}

/** Where in the chain a report's working copy is. */
export function stageOf(status: ReportStatus): Stage {
  switch (status) {
    case 'DRAFT':
    case 'RETURNED':
      return 'draft';
    case 'AWAITING_SIGNOFF':
      return 'signoff';
    case 'SUBMITTED':
    case 'IN_REVIEW':
      return 'review';
    case 'APPROVED':
      return 'publication';
    case 'PUBLISHED':
    case 'UNPUBLISHED':
      return 'public';
  }
}

export const STAGE_LABELS: Record<Stage, string> = {
  draft: '部门编辑起草',
  signoff: '部门负责人签发',
  review: '区政务公开办审核',
  publication: '发布',
  public: '已公开',
};

/** The stages a report of the district passes through (without the sign-off stage when the district does not require it). */
export function stagesFor(settings: WorkflowSettings): Stage[] {
  return STAGES.filter((stage) => stage !== 'signoff' || settings.signOffRequired);
}
