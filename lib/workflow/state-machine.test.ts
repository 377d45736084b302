import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import { allowedTransitions, isBarredByFourEyes, transitionDenial } from './permissions';
import { applyTransition, barredByFourEyes, canApply, isEditable, stepsOfSide, TRANSITION_NAMES, TRANSITIONS, type TransitionName } from './state-machine';
import { REPORT_STATUSES, type ReportStatus } from './status';

// Written from the issue, independently of the implementation:
// from which states each step may be taken, and where it leads.
const FROM: Record<TransitionName, ReportStatus[]> = {
  submit: ['DRAFT', 'RETURNED'],
  withdraw: ['SUBMITTED'],
  startReview: ['SUBMITTED'],
  return: ['SUBMITTED', 'IN_REVIEW'],
  approve: ['SUBMITTED', 'IN_REVIEW'],
  publish: ['APPROVED'],
  approveAndPublish: ['SUBMITTED', 'IN_REVIEW'],
  unpublish: [...REPORT_STATUSES], // whenever an edition is public
  startCorrection: ['PUBLISHED', 'UNPUBLISHED'],
};
const TO: Record<TransitionName, ReportStatus | 'same-or-unpublished'> = {
  submit: 'SUBMITTED',
  withdraw: 'DRAFT',
  startReview: 'IN_REVIEW',
  return: 'RETURNED',
  approve: 'APPROVED',
  publish: 'PUBLISHED',
  approveAndPublish: 'PUBLISHED',
  unpublish: 'same-or-unpublished',
  startCorrection: 'DRAFT',
};
// Who may take each step: department work by the department's editors (and
// admins); supervision by approvers (and admins).
type Who = 'editorOwn' | 'editorOther' | 'approver' | 'admin';
const WHO: Record<TransitionName, Who[]> = {
  submit: ['editorOwn', 'admin'],
  withdraw: ['editorOwn', 'admin'],
  startCorrection: ['editorOwn', 'admin'],
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
  approver: { id: 'a1', role: 'APPROVER', departmentId: null },
  admin: { id: 'x1', role: 'ADMIN', departmentId: null },
};

describe('workflow state machine', () => {
  for (const name of TRANSITION_NAMES) {
    for (const status of REPORT_STATUSES) {
      for (const isPublic of [false, true]) {
        const stateAllows = FROM[name].includes(status) && (name !== 'unpublish' || isPublic);
        it(`${name} from ${status}${isPublic ? ' (public)' : ''}: ${stateAllows ? 'allowed' : 'refused'}`, () => {
          const state = { status, isPublic };
          expect(canApply(state, name)).toBe(stateAllows);
          if (stateAllows) {
            const next = applyTransition(state, name);
            const expected = TO[name] === 'same-or-unpublished' ? (status === 'PUBLISHED' ? 'UNPUBLISHED' : status) : TO[name];
            expect(next.status).toBe(expected);
            if (name === 'publish' || name === 'approveAndPublish') expect(next.isPublic).toBe(true);
            if (name === 'unpublish') expect(next.isPublic).toBe(false);
          } else {
            expect(() => applyTransition(state, name)).toThrow(UserError);
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

  it('explains a refused step in Chinese, with the current state', () => {
    expect(() => applyTransition({ status: 'PUBLISHED', isPublic: true }, 'submit')).toThrow(
      '报告当前状态为“已发布”，不能提交审核。请刷新页面查看最新状态。',
    );
    expect(() => applyTransition({ status: 'DRAFT', isPublic: false }, 'unpublish')).toThrow('该报告当前没有公开的版本。');
  });

  it('lets the content change only in 草稿 and 已退回', () => {
    expect(REPORT_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('tells an editor of another department that the report does not exist', () => {
    expect(transitionDenial(actors.editorOther, { departmentId: department }, 'submit')).toBe('not_found');
    expect(transitionDenial(actors.editorOwn, { departmentId: department }, 'approve')).toBe('forbidden');
  });

  it('four eyes: whoever changed this version may not approve it, but may take every other step', () => {
    const submitted = { departmentId: department, status: 'SUBMITTED' as const, isPublic: false };
    const admin = actors.admin;
    expect(allowedTransitions(admin, { ...submitted, editorIds: [admin.id] })).toEqual(['startReview', 'return', 'withdraw']);
    expect(allowedTransitions(admin, { ...submitted, editorIds: ['someone-else'] })).toEqual([
      'startReview',
      'approve',
      'approveAndPublish',
      'return',
      'withdraw',
    ]);
    expect(isBarredByFourEyes(admin, { ...submitted, editorIds: [admin.id] })).toBe(true);
    expect(isBarredByFourEyes(admin, { ...submitted, editorIds: [] })).toBe(false);
    // An editor who may not approve anyway is not told about four eyes.
    expect(isBarredByFourEyes(actors.editorOwn, { ...submitted, editorIds: [actors.editorOwn.id] })).toBe(false);
    // Publishing an approved report is not approving it.
    expect(barredByFourEyes('publish', admin.id, [admin.id])).toBe(false);
    expect(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].fourEyes)).toEqual(['approve', 'approveAndPublish']);
  });

  it('names the steps once: a reason is asked exactly where the step needs one', () => {
    expect(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].reason)).toEqual(['return', 'unpublish']);
    expect(TRANSITIONS.return.label).toBe('退回修改');
    expect(TRANSITIONS.startCorrection.label).toBe('更正报告（新版本）');
  });
});

describe('which page offers a step', () => {
  it('the department page its own steps, the review page the supervisory ones', () => {
    expect(stepsOfSide(TRANSITION_NAMES, 'department')).toEqual(['submit', 'withdraw', 'startCorrection']);
    expect(stepsOfSide(TRANSITION_NAMES, 'supervision')).toEqual(['startReview', 'approve', 'approveAndPublish', 'publish', 'return', 'unpublish']);
  });
});
