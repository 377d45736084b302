import { describe, expect, it } from 'vitest';
import { ACTIONS, can, denial, landingPath, reportScope, type Action, type Actor } from './policy';

const editor: Actor = { id: 'u-editor', role: 'EDITOR', departmentId: 'dept-education' };
const reviewer: Actor = { id: 'u-reviewer', role: 'DEPARTMENT_REVIEWER', departmentId: 'dept-education' };
const approver: Actor = { id: 'u-approver', role: 'APPROVER', departmentId: null };
const admin: Actor = { id: 'u-admin', role: 'ADMIN', departmentId: null };
const own = { departmentId: 'dept-education' };
const other = { departmentId: 'dept-finance' };

// The expected answer for every action the policy knows:
// [editor own, editor other, department reviewer own, department reviewer other, approver, admin]
const EXPECTED: Record<Action, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
  'workspace.editor': [true, true, false, false, false, true],
  'workspace.review': [false, false, true, true, true, true],
  'workspace.admin': [false, false, false, false, false, true],
  'report.read': [true, false, true, false, true, true],
  'report.create': [true, false, false, false, false, true],
  'report.edit': [true, false, false, false, false, true],
  'report.submit': [true, false, false, false, false, true],
  'report.withdraw': [true, false, false, false, false, true],
  'report.correct': [true, false, false, false, false, true],
  'report.comment': [true, false, true, false, true, true],
  'report.import': [true, false, false, false, false, true],
  'report.importPublished': [false, false, false, false, false, true],
  'report.signoff': [false, false, true, false, false, true],
  'report.review': [false, false, false, false, true, true],
  'report.return': [false, false, false, false, true, true],
  'report.approve': [false, false, false, false, true, true],
  'report.publish': [false, false, false, false, true, true],
  'report.unpublish': [false, false, false, false, true, true],
  'department.manage': [false, false, false, false, false, true],
  'user.manage': [false, false, false, false, false, true],
  'district.manage': [false, false, false, false, false, true],
  'oversight.read': [false, false, false, false, true, true],
  'oversight.remind': [false, false, false, false, true, true],
  'audit.read': [false, false, false, false, false, true],
  'notifications.read': [true, true, true, true, true, true],
};

describe('policy', () => {
  it('has an expectation for every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    const [editorOwn, editorOther, reviewerOwn, reviewerOther, approverAny, adminAny] = EXPECTED[action];
    it(`${action}: editor ${editorOwn}/${editorOther} reviewer ${reviewerOwn}/${reviewerOther} approver ${approverAny} admin ${adminAny}`, () => {
      expect(can(editor, action, own)).toBe(editorOwn);
      expect(can(editor, action, other)).toBe(editorOther);
      expect(can(reviewer, action, own)).toBe(reviewerOwn);
      expect(can(reviewer, action, other)).toBe(reviewerOther);
      expect(can(approver, action, own)).toBe(approverAny);
      expect(can(approver, action, other)).toBe(approverAny);
      expect(can(admin, action, own)).toBe(adminAny);
      expect(can(admin, action, other)).toBe(adminAny);
    });
  }

  it('a department role without a department may not do department work', () => {
    for (const role of ['EDITOR', 'DEPARTMENT_REVIEWER'] as const) {
      const orphan: Actor = { id: 'u-orphan', role, departmentId: null };
      expect(can(orphan, 'report.edit', own)).toBe(false);
      expect(can(orphan, 'report.signoff', own)).toBe(false);
      expect(can(orphan, 'report.read', own)).toBe(false);
      expect(reportScope(orphan)).toEqual({ departmentId: '__none__' });
    }
  });

  it("answers 404 for another department's report and 403 otherwise", () => {
    expect(denial(editor, 'report.read', other)).toBe('not_found');
    expect(denial(editor, 'report.edit', other)).toBe('not_found');
    expect(denial(reviewer, 'report.signoff', other)).toBe('not_found');
    expect(denial(editor, 'report.approve', own)).toBe('forbidden');
    expect(denial(reviewer, 'report.approve', own)).toBe('forbidden');
    expect(denial(editor, 'workspace.admin')).toBe('forbidden');
    expect(denial(approver, 'report.edit', other)).toBe('forbidden');
    expect(denial(approver, 'report.signoff', other)).toBe('forbidden');
    expect(denial(approver, 'report.approve', other)).toBeNull();
  });

  it('scopes report lists to the department of its own people', () => {
    expect(reportScope(editor)).toEqual({ departmentId: 'dept-education' });
    expect(reportScope(reviewer)).toEqual({ departmentId: 'dept-education' });
    expect(reportScope(approver)).toEqual({});
    expect(reportScope(admin)).toEqual({});
  });

  it('lands each role on its own page', () => {
    expect(landingPath('EDITOR')).toBe('/editor');
    expect(landingPath('DEPARTMENT_REVIEWER')).toBe('/review');
    expect(landingPath('APPROVER')).toBe('/review');
    expect(landingPath('ADMIN')).toBe('/admin');
  });
});
