import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { allowedTransitions, fourEyesNotice, transitionDenial } from './permissions';
import {
  applyTransition,
  availableTransitions,
  canApply,
  FOUR_EYES_MESSAGE,
  fourEyesBar,
  isEditable,
  SIGNER_APPROVES_MESSAGE,
  stageOf,
  stagesFor,
  stepsOfSide,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
  type WorkflowSettings,
  type WorkflowState,
} from './state-machine';
import { REPORT_STATUSES, type ReportStatus } from './status';

// Written from the issues, independently of the implementation:
// from which states each step may be taken, and where it leads.
const FROM: Record<TransitionName, ReportStatus[]> = {
  submit: ['DRAFT', 'RETURNED'],
  signOff: ['AWAITING_SIGNOFF'],
  returnToEditor: ['AWAITING_SIGNOFF'],
  withdraw: ['AWAITING_SIGNOFF', 'SUBMITTED'],
  startReview: ['SUBMITTED'],
  return: ['SUBMITTED', 'IN_REVIEW'],
  approve: ['SUBMITTED', 'IN_REVIEW'],
  publish: ['APPROVED'],
  approveAndPublish: ['SUBMITTED', 'IN_REVIEW'],
  unpublish: [...REPORT_STATUSES], // whenever an edition is public
  startCorrection: ['PUBLISHED', 'UNPUBLISHED'],
};
const TO = (name: TransitionName, status: ReportStatus, settings: WorkflowSettings): ReportStatus => {
  const table: Record<TransitionName, ReportStatus> = {
    submit: settings.signOffRequired ? 'AWAITING_SIGNOFF' : 'SUBMITTED',
    signOff: 'SUBMITTED',
    returnToEditor: 'RETURNED',
    withdraw: 'DRAFT',
    startReview: 'IN_REVIEW',
    return: 'RETURNED',
    approve: 'APPROVED',
    publish: 'PUBLISHED',
    approveAndPublish: 'PUBLISHED',
    unpublish: status === 'PUBLISHED' ? 'UNPUBLISHED' : status,
    startCorrection: 'DRAFT',
  };
  return table[name];
};
// Who may take each step: department work by the department's editors (and
// admins); sign-off by the department's reviewer (and admins); supervision
// by approvers (and admins).
type Who = 'editorOwn' | 'editorOther' | 'reviewerOwn' | 'reviewerOther' | 'approver' | 'admin';
const WHO: Record<TransitionName, Who[]> = {
  submit: ['editorOwn', 'admin'],
  withdraw: ['editorOwn', 'admin'],
  startCorrection: ['editorOwn', 'admin'],
  signOff: ['reviewerOwn', 'admin'],
  returnToEditor: ['reviewerOwn', 'admin'],
  startReview: ['approver', 'admin'],
  return: ['approver', 'admin'],
  approve: ['approver', 'admin'],
  publish: ['approver', 'admin'],
  approveAndPublish: ['approver', 'admin'],
  unpublish: ['approver', 'admin'],
};

const department = 'dept-education';
const actors: Record<Who, Actor> = {
  editorOwn: { id: 'e1', role: 'EDITOR', departmentId: department },
  editorOther: { id: 'e2', role: 'EDITOR', departmentId: 'dept-finance' },
  reviewerOwn: { id: 'r1', role: 'DEPARTMENT_REVIEWER', departmentId: department },
  reviewerOther: { id: 'r2', role: 'DEPARTMENT_REVIEWER', departmentId: 'dept-finance' },
  approver: { id: 'a1', role: 'APPROVER', departmentId: null },
  admin: { id: 'x1', role: 'ADMIN', departmentId: null },
};
const ON: WorkflowSettings = { signOffRequired: true };
const OFF: WorkflowSettings = { signOffRequired: false };

describe('workflow state machine', () => {
  for (const settings of [ON, OFF]) {
    for (const name of TRANSITION_NAMES) {
      for (const status of REPORT_STATUSES) {
        for (const isPublic of [false, true]) {
          const stateAllows = FROM[name].includes(status) && (name !== 'unpublish' || isPublic);
          it(`${settings.signOffRequired ? 'sign-off' : 'no sign-off'}: ${name} from ${status}${isPublic ? ' (public)' : ''}: ${stateAllows ? 'allowed' : 'refused'}`, () => {
            const state: WorkflowState = { status, isPublic };
            expect(canApply(state, name)).toBe(stateAllows);
            if (stateAllows) {
              const next = applyTransition(state, name, settings);
              expect(next.status).toBe(TO(name, status, settings));
              if (name === 'publish' || name === 'approveAndPublish') expect(next.isPublic).toBe(true);
              if (name === 'unpublish') expect(next.isPublic).toBe(false);
            } else {
              expect(() => applyTransition(state, name, settings)).toThrow(UserError);
            }
            for (const [who, actor] of Object.entries(actors) as [Who, Actor][]) {
              const mayByRole = WHO[name].includes(who);
              expect(transitionDenial(actor, { departmentId: department }, name) === null, `${who} may ${name}`).toBe(mayByRole);
              expect(allowedTransitions(actor, { departmentId: department, editorIds: [], ...state }).includes(name), `${who} offered ${name}`).toBe(
                mayByRole && stateAllows,
              );
            }
          });
        }
      }
    }
  }

  it('walks every path of the chain, with the department stage on and off', () => {
    const walk = (settings: WorkflowSettings, steps: TransitionName[]) =>
      steps.reduce<WorkflowState[]>((states, step) => [...states, applyTransition(states.at(-1)!, step, settings)], [{ status: 'DRAFT', isPublic: false }]).map((state) => state.status);
    expect(walk(ON, ['submit', 'returnToEditor', 'submit', 'signOff', 'startReview', 'return', 'submit', 'signOff', 'approve', 'publish'])).toEqual([
      'DRAFT', 'AWAITING_SIGNOFF', 'RETURNED', 'AWAITING_SIGNOFF', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'AWAITING_SIGNOFF', 'SUBMITTED', 'APPROVED', 'PUBLISHED',
    ]);
    expect(walk(ON, ['submit', 'withdraw', 'submit', 'signOff', 'withdraw'])).toEqual(['DRAFT', 'AWAITING_SIGNOFF', 'DRAFT', 'AWAITING_SIGNOFF', 'SUBMITTED', 'DRAFT']);
    expect(walk(OFF, ['submit', 'approveAndPublish', 'startCorrection', 'submit', 'startReview', 'approveAndPublish', 'unpublish'])).toEqual([
      'DRAFT', 'SUBMITTED', 'PUBLISHED', 'DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED',
    ]);
    // Without the department stage, no report ever waits for a sign-off.
    expect(() => walk(OFF, ['submit', 'signOff'])).toThrow(UserError);
  });

  it('explains a refused step in Chinese, with the current state', () => {
    expect(() => applyTransition({ status: 'PUBLISHED', isPublic: true }, 'submit', ON)).toThrow(
      '报告当前状态为“已发布”，不能提交审核。请刷新页面查看最新状态。',
    );
    expect(() => applyTransition({ status: 'SUBMITTED', isPublic: false }, 'signOff', ON)).toThrow('报告当前状态为“待审核”，不能签发。');
    expect(() => applyTransition({ status: 'DRAFT', isPublic: false }, 'unpublish', ON)).toThrow('该报告当前没有公开的版本。');
  });

  it('lets the content change only in 草稿 and 已退回', () => {
    expect(REPORT_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('tells an editor or reviewer of another department that the report does not exist', () => {
    expect(transitionDenial(actors.editorOther, { departmentId: department }, 'submit')).toBe('not_found');
    expect(transitionDenial(actors.reviewerOther, { departmentId: department }, 'signOff')).toBe('not_found');
    expect(transitionDenial(actors.editorOwn, { departmentId: department }, 'approve')).toBe('forbidden');
    expect(transitionDenial(actors.reviewerOwn, { departmentId: department }, 'approve')).toBe('forbidden');
  });
});

describe('four eyes across the chain', () => {
  const subject = (status: ReportStatus, facts: { editorIds: string[]; signedOffById?: string | null }) => ({ departmentId: department, status, isPublic: false, ...facts });

  it('whoever changed this version (更正说明 included) may neither sign it off nor approve it, but may take every other step', () => {
    const admin = actors.admin;
    expect(allowedTransitions(admin, subject('AWAITING_SIGNOFF', { editorIds: [admin.id] }))).toEqual(['returnToEditor', 'withdraw']);
    expect(allowedTransitions(admin, subject('AWAITING_SIGNOFF', { editorIds: ['e1'] }))).toEqual(['signOff', 'returnToEditor', 'withdraw']);
    expect(allowedTransitions(admin, subject('SUBMITTED', { editorIds: [admin.id] }))).toEqual(['startReview', 'return', 'withdraw']);
    expect(allowedTransitions(admin, subject('SUBMITTED', { editorIds: ['e1'] }))).toEqual(['startReview', 'approve', 'approveAndPublish', 'return', 'withdraw']);
    expect(fourEyesNotice(admin, subject('SUBMITTED', { editorIds: [admin.id] }))).toBe(FOUR_EYES_MESSAGE);
    expect(fourEyesNotice(admin, subject('SUBMITTED', { editorIds: [] }))).toBeNull();
    // A reviewer who edited the content is told why the sign-off is missing.
    expect(fourEyesNotice(actors.reviewerOwn, subject('AWAITING_SIGNOFF', { editorIds: [actors.reviewerOwn.id] }))).toBe(FOUR_EYES_MESSAGE);
    // An editor who may not approve anyway is not told about four eyes.
    expect(fourEyesNotice(actors.editorOwn, subject('SUBMITTED', { editorIds: [actors.editorOwn.id] }))).toBeNull();
  });

  it('whoever signed a submission off does not also approve it', () => {
    const admin = actors.admin;
    expect(allowedTransitions(admin, subject('IN_REVIEW', { editorIds: ['e1'], signedOffById: admin.id }))).toEqual(['return']);
    expect(fourEyesNotice(admin, subject('IN_REVIEW', { editorIds: ['e1'], signedOffById: admin.id }))).toBe(SIGNER_APPROVES_MESSAGE);
    expect(allowedTransitions(actors.approver, subject('IN_REVIEW', { editorIds: ['e1'], signedOffById: admin.id }))).toEqual(['approve', 'approveAndPublish', 'return']);
  });

  it('applies to signing off and approving only; publishing an approved report is not approving it', () => {
    expect(fourEyesBar('publish', 'x1', { editorIds: ['x1'], signedOffById: 'x1' })).toBeNull();
    expect(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].fourEyes)).toEqual(['signOff', 'approve', 'approveAndPublish']);
  });
});

describe('the chain as people see it', () => {
  it('names the steps once: a reason is asked exactly where the step needs one', () => {
    expect(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].reason)).toEqual(['returnToEditor', 'return', 'unpublish']);
    expect(TRANSITIONS.signOff.label).toBe('签发');
    expect(TRANSITIONS.return.label).toBe('退回修改');
    expect(TRANSITIONS.startCorrection.label).toBe('更正报告（新版本）');
  });

  it('the department page offers its own steps, the review page the reviewing ones', () => {
    expect(stepsOfSide(TRANSITION_NAMES, 'department')).toEqual(['submit', 'withdraw', 'startCorrection']);
    expect(stepsOfSide(TRANSITION_NAMES, 'review')).toEqual(['signOff', 'returnToEditor', 'startReview', 'approve', 'approveAndPublish', 'publish', 'return', 'unpublish']);
  });

  it('places every state at a stage, and leaves out the sign-off stage where the district does not use it', () => {
    expect(REPORT_STATUSES.map(stageOf)).toEqual(['draft', 'signoff', 'review', 'review', 'draft', 'publication', 'public', 'public']);
    expect(stagesFor(ON)).toEqual(['draft', 'signoff', 'review', 'publication', 'public']);
    expect(stagesFor(OFF)).toEqual(['draft', 'review', 'publication', 'public']);
    expect(availableTransitions({ status: 'AWAITING_SIGNOFF', isPublic: true })).toEqual(['signOff', 'returnToEditor', 'withdraw', 'unpublish']);
  });
});
