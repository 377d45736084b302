// The editorial workflow as an explicit state machine (pure). It says which
// steps a report's state allows and where they lead; the policy
// (lib/auth/policy.ts) says who may take each step.
//
//   草稿 DRAFT ──submit──▶ 待审核 SUBMITTED ──startReview──▶ 审核中 IN_REVIEW
//     ▲   ◀──withdraw──┘          │  │                          │  │
//     │                 return ◀──┘  └──approve──▶ 已通过 APPROVED ◀┘
//  已退回 RETURNED ◀───────────────────────────────┘   │
//     └──submit (resubmission)──▶ SUBMITTED          publish
//                                                       ▼
//  startCorrection (new edition) ◀── 已发布 PUBLISHED ──unpublish──▶ 已撤销发布 UNPUBLISHED
//
// approveAndPublish goes from SUBMITTED / IN_REVIEW straight to PUBLISHED.
// Nobody approves a version whose content they changed themselves (four eyes).
// A report under correction keeps its earlier edition public; unpublish
// takes the public edition down whatever the working copy's state.
import type { Action } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { REPORT_STATUSES, STATUS_LABELS, type ReportStatus } from './status';

/** Every step, in the order the interface offers them (buttons, filters). */
export const TRANSITION_NAMES = [
  'submit',
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

interface TransitionDef {
  /** What the step is called: its button, its audit entry, its messages. */
  label: string;
  /** Whose page offers the step: the department's editor page, or the review page. */
  side: 'department' | 'supervision';
  from: readonly ReportStatus[];
  /** The state after the step (`unpublish` keeps a working copy's own status). */
  to: (state: WorkflowState) => WorkflowState;
  /** What the actor must be allowed to do (all of them). */
  actions: readonly Action[];
  /** A reason the step must give, and what it is called (return: to the editor; unpublish: to the public). */
  reason?: { label: string };
  /** Only when an edition is public. */
  needsPublic?: true;
  /** Four eyes: not by someone who changed the content of this version of the report. */
  fourEyes?: true;
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
    to: (state) => ({ ...state, status: 'SUBMITTED' }),
    actions: ['report.submit'],
  },
  startReview: {
    label: '开始审核',
    side: 'supervision',
    from: ['SUBMITTED'],
    to: (state) => ({ ...state, status: 'IN_REVIEW' }),
    actions: ['report.review'],
  },
  approve: {
    label: '审核通过',
    side: 'supervision',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'APPROVED' }),
    actions: ['report.approve'],
    fourEyes: true,
    decides: 'APPROVED',
  },
  approveAndPublish: {
    label: '通过并发布',
    side: 'supervision',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.approve', 'report.publish'],
    fourEyes: true,
    changesPublic: true,
    decides: 'APPROVED',
  },
  publish: {
    label: '发布',
    side: 'supervision',
    from: ['APPROVED'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.publish'],
    changesPublic: true,
  },
  return: {
    label: '退回修改',
    side: 'supervision',
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'RETURNED' }),
    actions: ['report.return'],
    reason: { label: '退回原因' },
    decides: 'RETURNED',
  },
  withdraw: {
    label: '撤回提交',
    side: 'department',
    from: ['SUBMITTED'],
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
    side: 'supervision',
    from: REPORT_STATUSES,
    to: (state) => ({ status: state.status === 'PUBLISHED' ? 'UNPUBLISHED' : state.status, isPublic: false }),
    actions: ['report.unpublish'],
    reason: { label: '撤销原因（向公众公开）' },
    needsPublic: true,
    changesPublic: true,
  },
};

export const FOUR_EYES_MESSAGE = '您修改过该报告本版本的内容。按照双人审核要求，不能由您审核通过，请由其他审核人员处理。';

/**
 * Four eyes: whether the step is closed to `actorId` because they changed the
 * content of this version of the report (`editorIds`: who changed it since the
 * edition started; a change bumps the report's version, so a step checked
 * against the version it updates sees the current list).
 */
export function barredByFourEyes(name: TransitionName, actorId: string, editorIds: readonly string[]): boolean {
  return TRANSITIONS[name].fourEyes === true && editorIds.includes(actorId);
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
export function applyTransition(state: WorkflowState, name: TransitionName): WorkflowState {
  const transition = TRANSITIONS[name];
  if (!canApply(state, name)) {
    const why =
      transition.needsPublic && !state.isPublic
        ? '该报告当前没有公开的版本。'
        : `报告当前状态为“${STATUS_LABELS[state.status]}”，不能${transition.label}。`;
    throw UserError.conflict(`${why}请刷新页面查看最新状态。`);
  }
  return transition.to(state);
}

/** The steps of one side's page, in the order given. */
export function stepsOfSide(steps: readonly TransitionName[], side: TransitionDef['side']): TransitionName[] {
  return steps.filter((name) => TRANSITIONS[name].side === side);
}

/** The steps the state allows, in the order of TRANSITION_NAMES. */
export function availableTransitions(state: WorkflowState): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => canApply(state, name));
}
