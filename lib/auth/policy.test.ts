import { describe, expect, it } from 'vitest';
import { ACTIONS, can, denial, landingPath, reportScope, type Action, type Actor } from './policy';

const editor: Actor = { id: 'u-editor', role: 'EDITOR', departmentId: 'dept-education' };
const approver: Actor = { id: 'u-approver', role: 'APPROVER', departmentId: null };
const admin: Actor = { id: 'u-admin', role: 'ADMIN', departmentId: null };
const own = { departmentId: 'dept-education' };
const other = { departmentId: 'dept-finance' };

// The expected answer for every action the policy knows:
// [editor on own department, editor on other department, approver, admin]
const EXPECTED: Record<Action, [boolean, boolean, boolean, boolean]> = {
  'workspace.editor': [true, true, false, true],
  'workspace.review': [false, false, true, true],
  'workspace.admin': [false, false, false, true],
  'report.read': [true, false, true, true],
  'report.create': [true, false, false, true],
  'report.edit': [true, false, false, true],
  'report.submit': [true, false, false, true],
  'report.withdraw': [true, false, false, true],
  'report.correct': [true, false, false, true],
  'report.comment': [true, false, true, true],
  'report.review': [false, false, true, true],
  'report.return': [false, false, true, true],
  'report.approve': [false, false, true, true],
  'report.publish': [false, false, true, true],
  'report.unpublish': [false, false, true, true],
  'department.manage': [false, false, false, true],
  'user.manage': [false, false, false, true],
  'audit.read': [false, false, false, true],
  'notifications.read': [true, true, true, true],
};

describe('policy', () => {
  it('has an expectation for every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    const [editorOwn, editorOther, approverAny, adminAny] = EXPECTED[action];
    it(`${action}: editor(own)=${editorOwn} editor(other)=${editorOther} approver=${approverAny} admin=${adminAny}`, () => {
      expect(can(editor, action, own)).toBe(editorOwn);
      expect(can(editor, action, other)).toBe(editorOther);
      expect(can(approver, action, own)).toBe(approverAny);
      expect(can(approver, action, other)).toBe(approverAny);
      expect(can(admin, action, own)).toBe(adminAny);
      expect(can(admin, action, other)).toBe(adminAny);
    });
  }

  it('an editor without a department may not do department work', () => {
    const orphan: Actor = { id: 'u-orphan', role: 'EDITOR', departmentId: null };
    expect(can(orphan, 'report.edit', own)).toBe(false);
    expect(can(orphan, 'report.read', own)).toBe(false);
    expect(reportScope(orphan)).toEqual({ departmentId: '__none__' });
  });

  it("answers 404 for another department's report and 403 otherwise", () => {
    expect(denial(editor, 'report.read', other)).toBe('not_found');
    expect(denial(editor, 'report.edit', other)).toBe('not_found');
    expect(denial(editor, 'report.approve', own)).toBe('forbidden');
    expect(denial(editor, 'workspace.admin')).toBe('forbidden');
    expect(denial(approver, 'report.edit', other)).toBe('forbidden');
    expect(denial(approver, 'report.approve', other)).toBeNull();
  });

  it('scopes report lists to the editor’s department', () => {
    expect(reportScope(editor)).toEqual({ departmentId: 'dept-education' });
    expect(reportScope(approver)).toEqual({});
    expect(reportScope(admin)).toEqual({});
  });

  it('lands each role on its own page', () => {
    expect(landingPath('EDITOR')).toBe('/editor');
    expect(landingPath('APPROVER')).toBe('/review');
    expect(landingPath('ADMIN')).toBe('/admin');
  });
});
