// Every server action, for the fuzz test: who may call it, from which page,
// how it takes its input, a valid input (never sent as it is) and the kind of
// each field, from which the test breaks at least one per case.
import fc from 'fast-check';
import { custom, flag, id, oneOf, pattern, text, textOnly, wholeNumber, type FieldKind } from './fields';
import { badContent } from './content';
import { markupOrSql, unsafeText } from './values';
import type { Fixtures, Role } from './fixtures';

/**
 * How an action takes its input: `input` one object (called from client
 * code); `form` a FormData; `stateForm` the form's previous state and a
 * FormData (useActionState); `none` nothing (sign out, mark all read: any call
 * that reaches them is valid, so only undecodable requests are sent).
 */
export type Shape = 'input' | 'form' | 'stateForm' | 'none';

export interface Variant {
  label: string;
  caller: Role;
  page: (fixtures: Fixtures) => string;
  valid: (fixtures: Fixtures) => Record<string, unknown>;
  fields: Record<string, FieldKind>;
}

export interface ActionTarget {
  name: string;
  shape: Shape;
  /** A role that may not call it (or anonymous), sent a few cases too. */
  refused: Role;
  variants: Variant[];
}

/** The fixture reports' version: a step or save naming any other is refused. */
export const FIXTURE_VERSION = 7;

const version = wholeNumber(1, 2_147_483_647, { avoid: [FIXTURE_VERSION] });
const reportId = id();
const editorPage = (fixtures: Fixtures) => `/editor/reports/${fixtures.draft.id}`;
const reviewPage = (fixtures: Fixtures) => `/review/reports/${fixtures.review.id}`;
const reason = (max: number) => text(max, { min: 4 });
const badDates = ['2026-02-30', '2026/01/01', '20260101', '2026-13-01', 'yesterday', '0000-00-00', '2026-1-1'];

/** A workflow step: the step's name, the report and version, and what the step asks for. */
function step(name: string, caller: Role, on: 'draft' | 'review', fields: Record<string, FieldKind> = {}, extra: Record<string, unknown> = {}): Variant {
  return {
    label: `${name} (${caller})`,
    caller,
    page: on === 'draft' ? editorPage : reviewPage,
    valid: (fixtures) => ({ step: name, reportId: fixtures[on].id, version: FIXTURE_VERSION, ...extra }),
    fields: { step: oneOf([name]), reportId, version, ...fields },
  };
}

const departmentFields = {
  name: { ...text(60, { min: 1 }), bad: fc.oneof(text(60, { min: 1 }).bad!, fc.constantFrom('Finance Bureau', '123')) },
  shortName: text(30, { min: 1 }),
  slug: pattern(['A', '1abc', '-x', 'a', 'ab_c', 'a'.repeat(41), 'Finance Bureau', 'finance', ''], { required: true }),
  address: text(120),
  phone: pattern(['abc', '12', '电话', '1'.repeat(41)]),
  email: pattern(['not-an-email', 'a@', '@b.c', 'a b@c.d']),
};
const validDepartment = { name: '章贡区模糊测试局', shortName: '区模糊测试局', slug: 'fuzz-test', address: '', phone: '', email: '' };
const password = pattern(['', 'short', 'alllowercase', 'ALLUPPER123', 'Password1!', '12345678', 'a'.repeat(300)], { required: true, markup: false });
const districtCode = pattern(['!!', 'a b', 'x'.repeat(33), 'unknown-district'], { max: 32 });

export const ACTIONS: ActionTarget[] = [
  {
    name: 'takeStepAction',
    shape: 'input',
    refused: 'anonymous',
    variants: [
      step('submit', 'editor', 'draft', { explanations: custom(fc.oneof(fc.constantFrom('text', 5, [], null), fc.constant({ ['k'.repeat(201)]: '说明' }), fc.constant({ key: '说'.repeat(1001) }), fc.constant({ key: 5 }), fc.constant({ 'k\u0000': '说明' }), fc.constant({ key: '说明\ud800' }))), changeNote: text(1000) }),
      step('withdraw', 'editor', 'draft'),
      step('startCorrection', 'editor', 'draft'),
      step('signOff', 'reviewer', 'review', { confidentiality: custom(fc.constantFrom(false, 'true', 1, null, undefined, 'on')), confidentialityNote: text(500) }, { confidentiality: true }),
      step('returnToEditor', 'reviewer', 'review', { reason: reason(2000) }, { reason: '请补充第五部分。' }),
      step('startReview', 'approver', 'review'),
      step('return', 'approver', 'review', { reason: reason(2000) }, { reason: '请核对表三数据。' }),
      step('approve', 'approver', 'review'),
      step('approveAndPublish', 'approver', 'review'),
      step('publish', 'approver', 'review'),
      step('unpublish', 'approver', 'review', { reason: reason(1000) }, { reason: '含有需核实的内容。' }),
    ],
  },
  {
    name: 'saveReportAction',
    shape: 'input',
    refused: 'approver',
    variants: [{ label: 'save', caller: 'editor', page: editorPage, valid: (f) => ({ reportId: f.draft.id, version: FIXTURE_VERSION, content: f.content }), fields: { reportId, version, content: custom(badContent) } }],
  },
  {
    name: 'loadLatestReportAction',
    shape: 'input',
    refused: 'anonymous',
    variants: [{ label: 'load', caller: 'editor', page: editorPage, valid: (f) => ({ reportId: f.draft.id }), fields: { reportId } }],
  },
  {
    name: 'createReportAction',
    shape: 'input',
    refused: 'approver',
    variants: [
      {
        label: 'create',
        caller: 'editor',
        page: () => '/editor',
        valid: (f) => ({ departmentId: f.draft.departmentId, year: f.year }),
        fields: { departmentId: id(), year: wholeNumber(2019, new Date().getFullYear()) },
      },
    ],
  },
  {
    name: 'addCommentAction',
    shape: 'input',
    refused: 'anonymous',
    variants: [
      {
        label: 'comment',
        caller: 'approver',
        page: reviewPage,
        valid: (f) => ({ reportId: f.review.id, anchor: { kind: 'report' }, body: '请核对。' }),
        fields: {
          reportId,
          body: text(2000, { min: 1 }),
          anchor: custom(
            fc.oneof(
              fc.constantFrom(null, 'report', [], { kind: 'page' }, { kind: 'section' }, { kind: 'section', sectionId: 's123456789' }, { kind: 'cell', tableId: 't3_applications' }),
              fc.constant({ kind: 'cell', tableId: 'x'.repeat(65), rowKey: 'granted', columnKey: 'total' }),
              fc.constant({ kind: 'section', sectionId: 's1\u0000' }),
            ),
          ),
        },
      },
    ],
  },
  {
    name: 'resolveCommentAction',
    shape: 'input',
    refused: 'anonymous',
    variants: [{ label: 'resolve', caller: 'approver', page: reviewPage, valid: (f) => ({ reportId: f.review.id, commentId: f.review.commentId }), fields: { reportId, commentId: id() } }],
  },
  {
    name: 'createDepartmentAction',
    shape: 'stateForm',
    refused: 'approver',
    variants: [{ label: 'create department', caller: 'admin', page: () => '/admin/departments', valid: () => validDepartment, fields: departmentFields }],
  },
  {
    name: 'updateDepartmentAction',
    shape: 'stateForm',
    refused: 'editor',
    variants: [
      {
        label: 'update department',
        caller: 'admin',
        page: () => '/admin/departments',
        valid: (f) => ({ ...validDepartment, id: f.draft.departmentId, active: 'on' }),
        fields: { ...departmentFields, slug: pattern(['A', '1abc', '-x', 'a', 'ab_c', 'a'.repeat(41), ''], { required: true }), id: id(), active: flag() },
      },
    ],
  },
  {
    name: 'createUserAction',
    shape: 'stateForm',
    refused: 'approver',
    variants: [
      {
        label: 'create user',
        caller: 'admin',
        page: () => '/admin/users',
        valid: () => ({ username: 'fuzz.user', displayName: '模糊测试', email: '', role: 'APPROVER', departmentId: '', password: 'Fuzz-2026-test' }),
        fields: {
          username: pattern(['ab', '1abc', 'Has Space', '用户', '.dot', 'admin', 'a'.repeat(41)], { required: true }),
          displayName: text(40, { min: 1 }),
          email: pattern(['not-an-email', 'a@', '@b.c']),
          role: oneOf(['EDITOR', 'DEPARTMENT_REVIEWER', 'APPROVER', 'ADMIN']),
          departmentId: text(64),
          password,
        },
      },
    ],
  },
  {
    name: 'resetPasswordAction',
    shape: 'stateForm',
    refused: 'reviewer',
    variants: [{ label: 'reset password', caller: 'admin', page: () => '/admin/users', valid: (f) => ({ userId: f.userId, password: 'Fuzz-2026-reset' }), fields: { userId: id(), password } }],
  },
  {
    name: 'setUserDisabledAction',
    shape: 'stateForm',
    refused: 'approver',
    variants: [{ label: 'disable user', caller: 'admin', page: () => '/admin/users', valid: (f) => ({ userId: f.userId, disabled: 'true' }), fields: { userId: id(), disabled: flag() } }],
  },
  {
    // Two checkboxes: every form is a valid one, so only malformed calls are sent.
    name: 'updateDistrictSettingsAction',
    shape: 'stateForm',
    refused: 'approver',
    variants: [{ label: 'settings', caller: 'admin', page: () => '/admin/settings', valid: () => ({ signOffRequired: 'on' }), fields: { signOffRequired: flag(), earlySubmission: flag() } }],
  },
  {
    name: 'saveYearDeadlinesAction',
    shape: 'stateForm',
    refused: 'approver',
    variants: [
      {
        label: 'deadlines',
        caller: 'admin',
        page: () => '/admin/deadlines',
        valid: (f) => ({ district: f.districtCode, year: String(f.year), submitBy: '', publishBy: '', reminderDays: '7,3,1' }),
        fields: {
          district: districtCode,
          year: wholeNumber(2019, 2100),
          submitBy: pattern(badDates),
          publishBy: pattern(badDates),
          remindersEnabled: flag(),
          reminderDays: pattern(['', 'abc', '1,2,3,4,5,6,7', '401', '-1', '1.5', '七'], { max: 100 }),
        },
      },
    ],
  },
  {
    name: 'sendReminderAction',
    shape: 'stateForm',
    refused: 'editor',
    variants: [
      {
        label: 'remind',
        caller: 'approver',
        page: () => '/review/dashboard',
        valid: (f) => ({ district: f.districtCode, year: String(f.year), target: 'overdue', note: '' }),
        fields: { district: districtCode, year: wholeNumber(2019, 2100), target: pattern(['', 'x'.repeat(65)], { required: true }), note: text(500) },
      },
    ],
  },
  ...(['previewImportAction', 'saveImportAction'] as const).map(
    (name): ActionTarget => ({
      name,
      shape: 'form',
      refused: 'anonymous',
      variants: [
        {
          label: 'import',
          caller: 'editor',
          page: () => '/import',
          valid: (f) => ({ department: f.draftSlug, year: String(f.year - 1), mode: 'draft', text: '', file: f.importFile }),
          fields: {
            // The import reads the text fields only: a file in one of them counts as a field left empty.
            department: textOnly(pattern(['A B', '1abc', '-', 'x'.repeat(41)])),
            year: textOnly(pattern(['abc', '202', '20255', '２０２４'])),
            mode: textOnly(oneOf(['draft', 'published'], { required: false })),
            replace: flag(),
            publishedOn: textOnly(pattern(badDates)),
            // Pasted text is read like a file: control characters become spaces, nothing in it is refused by itself.
            text: { bad: null, badInForm: null, noise: fc.oneof(unsafeText, markupOrSql) },
            file: custom(fc.constantFrom(new Blob([new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254])]), new Blob(['PK\u0003\u0004broken zip']), new Blob([]), new Blob(['\u0000'.repeat(64)]))),
          },
        },
      ],
    }),
  ),
  {
    name: 'signInAction',
    shape: 'stateForm',
    refused: 'editor',
    variants: [
      {
        label: 'sign in',
        caller: 'anonymous',
        page: () => '/login',
        // An account that does not exist: a case that got through the form would still change nothing.
        valid: () => ({ username: 'fuzz-nobody', password: 'Fuzz-2026-wrong', next: '/editor' }),
        fields: { username: text(64, { min: 1 }), password: text(200, { min: 1 }), next: pattern(['/\u0000', '/\u0007x', '/\ud800']) },
      },
    ],
  },
  {
    name: 'setUpPasswordAction',
    shape: 'stateForm',
    refused: 'editor',
    variants: [
      {
        label: 'set up password',
        caller: 'anonymous',
        page: () => '/setup',
        // A link that was never issued: a case that got through the form would still change nothing.
        valid: () => ({ token: 'fuzz-never-issued', password: 'Fuzz-2026-setup', confirm: 'Fuzz-2026-setup' }),
        fields: { token: text(100, { min: 1 }), password: text(128, { min: 1 }), confirm: text(128, { min: 1 }) },
      },
    ],
  },
  { name: 'signOutAction', shape: 'none', refused: 'anonymous', variants: [{ label: 'sign out', caller: 'editor', page: () => '/editor', valid: () => ({}), fields: {} }] },
  {
    name: 'markAllNotificationsReadAction',
    shape: 'none',
    refused: 'anonymous',
    variants: [{ label: 'mark read', caller: 'editor', page: () => '/notifications', valid: () => ({}), fields: {} }],
  },
];
