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
// A report under correction keeps its earlier edition public; unpublish
// takes the public edition down whatever the working copy's state.
import type { Action } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { STATUS_LABELS, type ReportStatus } from './status';

export const TRANSITION_NAMES = [
  'submit',
  'withdraw',
  'startReview',
  'return',
  'approve',
  'publish',
  'approveAndPublish',
  'unpublish',
  'startCorrection',
] as const;

export type TransitionName = (typeof TRANSITION_NAMES)[number];

export interface WorkflowState {
  status: ReportStatus;
  /** Whether an edition of the report is public now. */
  isPublic: boolean;
}

interface TransitionDef {
  from: readonly ReportStatus[];
  /** The state after the step (`unpublish` keeps a working copy's own status). */
  to: (state: WorkflowState) => WorkflowState;
  /** What the actor must be allowed to do (all of them). */
  actions: readonly Action[];
  /** A reason the step must give (return: to the editor; unpublish: to the public). */
  reason?: 'required';
  /** Only when an edition is public. */
  needsPublic?: boolean;
  label: string;
}

const ANY: readonly ReportStatus[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED'];

export const TRANSITIONS: Record<TransitionName, TransitionDef> = {
  submit: {
    from: ['DRAFT', 'RETURNED'],
    to: (state) => ({ ...state, status: 'SUBMITTED' }),
    actions: ['report.submit'],
    label: '提交审核',
  },
  withdraw: {
    from: ['SUBMITTED'],
    to: (state) => ({ ...state, status: 'DRAFT' }),
    actions: ['report.withdraw'],
    label: '撤回提交',
  },
  startReview: {
    from: ['SUBMITTED'],
    to: (state) => ({ ...state, status: 'IN_REVIEW' }),
    actions: ['report.review'],
    label: '开始审核',
  },
  return: {
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'RETURNED' }),
    actions: ['report.return'],
    reason: 'required',
    label: '退回修改',
  },
  approve: {
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: (state) => ({ ...state, status: 'APPROVED' }),
    actions: ['report.approve'],
    label: '审核通过',
  },
  publish: {
    from: ['APPROVED'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.publish'],
    label: '发布',
  },
  approveAndPublish: {
    from: ['SUBMITTED', 'IN_REVIEW'],
    to: () => ({ status: 'PUBLISHED', isPublic: true }),
    actions: ['report.approve', 'report.publish'],
    label: '通过并发布',
  },
  unpublish: {
    from: ANY,
    to: (state) => ({ status: state.status === 'PUBLISHED' ? 'UNPUBLISHED' : state.status, isPublic: false }),
    actions: ['report.unpublish'],
    reason: 'required',
    needsPublic: true,
    label: '撤销发布',
  },
  startCorrection: {
    from: ['PUBLISHED', 'UNPUBLISHED'],
    to: (state) => ({ ...state, status: 'DRAFT' }),
    actions: ['report.correct'],
    label: '更正（新版本）',
  },
};

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

/** The steps the state allows, in the order buttons show them. */
export function availableTransitions(state: WorkflowState): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => canApply(state, name));
}
