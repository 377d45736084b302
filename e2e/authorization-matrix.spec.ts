// Every role × every server action × own vs other department, over HTTP:
// anonymous calls answer 401, refused calls 403/404, and change nothing;
// allowed calls work.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { currentYearInChina } from '@/lib/report-format/formats';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD } from '@/prisma/seed/data/district';
import { e2eDb } from './support/db';
import { callAction } from './support/server-actions';
import { signIn } from './support/session';

test.describe.configure({ mode: 'serial' });

type Who = 'anonymous' | 'editorOwn' | 'editorOther' | 'reviewerOwn' | 'reviewerOther' | 'approver' | 'admin';
const WHO: Who[] = ['anonymous', 'editorOther', 'reviewerOther', 'editorOwn', 'reviewerOwn', 'approver', 'admin'];
const USERS: Record<Exclude<Who, 'anonymous'>, string> = {
  // 区应急管理局: the demo data leaves its previous year unpublished, so no cross-year warnings.
  editorOwn: 'emergency.editor',
  reviewerOwn: 'emergency.reviewer',
  editorOther: 'transport.editor',
  reviewerOther: 'transport.reviewer',
  // An approver and an admin of its own: other test files act as the demo ones at the same time.
  approver: 'mx-approver',
  admin: 'mx-admin',
};
// The current year: the demo data leaves it empty for every department.
const YEAR = currentYearInChina(new Date());
const VERSION = 5;

type State = 'DRAFT' | 'AWAITING_SIGNOFF' | 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED' | 'none';

interface Case {
  name: string;
  action: string;
  state: State;
  /** The page the action is called from. */
  page: 'editor' | 'review' | 'editorHome' | 'adminUsers' | 'adminDepartments' | 'adminSettings';
  args: (context: { reportId: string; departmentId: string; userId: string; who: Who }) => unknown[];
  allowed: Who[];
  /** How a refusal answers, per refused role (anonymous callers always get 401). */
  refusedAs: Partial<Record<Who, 403 | 404>>;
  mutates: boolean;
}

// Another department's people are told its reports do not exist (404); the own department's other role is refused (403).
const departmentWork = { allowed: ['editorOwn', 'admin'] as Who[], refusedAs: { editorOther: 404, reviewerOther: 404, reviewerOwn: 403, approver: 403 } as const };
const signing = { allowed: ['reviewerOwn', 'admin'] as Who[], refusedAs: { editorOther: 404, reviewerOther: 404, editorOwn: 403, approver: 403 } as const };
const supervision = { allowed: ['approver', 'admin'] as Who[], refusedAs: { editorOther: 404, reviewerOther: 404, editorOwn: 403, reviewerOwn: 403 } as const };
const readers = { allowed: ['editorOwn', 'reviewerOwn', 'approver', 'admin'] as Who[], refusedAs: { editorOther: 404, reviewerOther: 404 } as const };
const adminOnly = { allowed: ['admin'] as Who[], refusedAs: { editorOther: 403, reviewerOther: 403, editorOwn: 403, reviewerOwn: 403, approver: 403 } as const };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return [{ status: 'idle' }, data];
};
const step = (name: string, state: State, rule: Pick<Case, 'allowed' | 'refusedAs'>, extra: Record<string, unknown> = {}): Case => ({
  name: `takeStepAction: ${name} (${state})`,
  action: 'takeStepAction',
  state,
  page: rule === departmentWork ? 'editor' : 'review',
  ...rule,
  mutates: true,
  args: ({ reportId }) => [{ step: name, reportId, version: VERSION, ...extra }],
});

const CASES: Case[] = [
  { name: 'saveReportAction', action: 'saveReportAction', state: 'DRAFT', page: 'editor', ...departmentWork, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, content: content() }] },
  // The current year's report: the test allows early submission while it runs.
  step('submit', 'DRAFT', departmentWork, { explanations: { 'signature_date:signature': '矩阵测试。' } }),
  step('withdraw', 'AWAITING_SIGNOFF', departmentWork),
  step('withdraw', 'SUBMITTED', departmentWork),
  step('startCorrection', 'PUBLISHED', departmentWork),
  step('signOff', 'AWAITING_SIGNOFF', signing, { confidentiality: true, confidentialityNote: '矩阵测试。' }),
  step('returnToEditor', 'AWAITING_SIGNOFF', signing, { reason: '请补充第五部分。' }),
  step('startReview', 'SUBMITTED', supervision),
  step('return', 'IN_REVIEW', supervision, { reason: '请核对表三数据。' }),
  step('approve', 'IN_REVIEW', supervision),
  step('publish', 'APPROVED', supervision),
  step('approveAndPublish', 'IN_REVIEW', supervision),
  step('unpublish', 'PUBLISHED', supervision, { reason: '含有需核实的内容。' }),
  { name: 'createReportAction', action: 'createReportAction', state: 'none', page: 'editorHome', ...departmentWork, mutates: true, args: ({ departmentId }) => [{ departmentId, year: YEAR }] },
  { name: 'addCommentAction', action: 'addCommentAction', state: 'SUBMITTED', page: 'review', ...readers, mutates: true, args: ({ reportId }) => [{ reportId, anchor: { kind: 'report' }, body: '请核对。' }] },
  { name: 'loadLatestReportAction', action: 'loadLatestReportAction', state: 'DRAFT', page: 'editor', ...readers, mutates: false, args: ({ reportId }) => [{ reportId }] },
  {
    name: 'createDepartmentAction',
    action: 'createDepartmentAction',
    state: 'none',
    page: 'adminDepartments',
    ...adminOnly,
    mutates: true,
    args: ({ who }) => form({ name: `章贡区测试局${who}`, shortName: '区测试局', slug: `test-${who.toLowerCase()}` }),
  },
  {
    name: 'createUserAction',
    action: 'createUserAction',
    state: 'none',
    page: 'adminUsers',
    ...adminOnly,
    mutates: true,
    args: ({ who }) => form({ username: `matrix.${who.toLowerCase()}`, displayName: '矩阵测试', role: 'APPROVER', password: 'Matrix#Ganzhou26' }),
  },
  { name: 'resetPasswordAction', action: 'resetPasswordAction', state: 'none', page: 'adminUsers', ...adminOnly, mutates: true, args: ({ userId }) => form({ userId, password: 'Changed#Ganzhou26' }) },
  { name: 'setUserDisabledAction', action: 'setUserDisabledAction', state: 'none', page: 'adminUsers', ...adminOnly, mutates: true, args: ({ userId }) => form({ userId, disabled: 'true' }) },
  // Saves the settings as they are (other test files rely on them).
  { name: 'updateDistrictSettingsAction', action: 'updateDistrictSettingsAction', state: 'none', page: 'adminSettings', ...adminOnly, mutates: true, args: () => form({ signOffRequired: 'on' }) },
];

/** The sample report, dated in January after its year. */
function content() {
  const sample = sample2021();
  sample.signature.date = `${YEAR + 1}-01-20`;
  return sample;
}

const db = e2eDb();
const requests = new Map<Who, APIRequestContext>();
let departmentId = '';
let targetUserId = '';

async function removeReport() {
  const reports = await db.report.findMany({ where: { departmentId, year: YEAR }, select: { id: true } });
  for (const { id } of reports) {
    await db.report.update({ where: { id }, data: { publishedEditionId: null } });
    await db.notification.deleteMany({ where: { reportId: id } });
    await db.reportComment.deleteMany({ where: { reportId: id } });
    await db.reportSubmission.deleteMany({ where: { reportId: id } });
    await db.reportEdition.deleteMany({ where: { reportId: id } });
    await db.reportView.deleteMany({ where: { reportId: id } });
    await db.report.delete({ where: { id } });
  }
}

async function prepareReport(state: State): Promise<string> {
  await removeReport();
  if (state === 'none') return '';
  const stored = content() as unknown as Prisma.InputJsonValue;
  const report = await db.report.create({
    data: {
      departmentId,
      year: YEAR,
      formatId: 'gov-2021',
      status: state,
      content: stored,
      version: VERSION,
      submittedAt: state === 'DRAFT' ? null : new Date(),
    },
  });
  if (state === 'AWAITING_SIGNOFF' || state === 'SUBMITTED' || state === 'IN_REVIEW' || state === 'APPROVED') {
    const submitter = await db.user.findUniqueOrThrow({ where: { username: USERS.editorOwn } });
    await db.reportSubmission.create({
      data: { reportId: report.id, editionNumber: 1, sequence: 1, content: stored, version: VERSION, submittedById: submitter.id, outcome: state === 'APPROVED' ? 'APPROVED' : 'PENDING' },
    });
  }
  if (state === 'PUBLISHED') {
    const edition = await db.reportEdition.create({
      data: { reportId: report.id, number: 1, formatId: 'gov-2021', content: stored, title: `章贡区应急管理局${YEAR}年政府信息公开工作年度报告` },
    });
    await db.report.update({ where: { id: report.id }, data: { publishedEditionId: edition.id } });
  }
  return report.id;
}

/** What a call could have changed: this test's users (no other test acts as them), records and report. */
async function snapshot() {
  const report = await db.report.findFirst({ where: { departmentId, year: YEAR }, select: { id: true, status: true, version: true, publishedEditionId: true } });
  const actors = await db.user.findMany({ where: { username: { in: Object.values(USERS) } }, select: { id: true } });
  return {
    report,
    audit: await db.auditEvent.count({ where: { OR: [{ actorId: { in: actors.map((actor) => actor.id) } }, ...(report ? [{ reportId: report.id }] : [])] } }),
    comments: report ? await db.reportComment.count({ where: { reportId: report.id } }) : 0,
    departments: await db.department.count({ where: { slug: { startsWith: 'test-' } } }),
    users: await db.user.count({ where: { username: { startsWith: 'matrix.' } } }),
    target: await db.user.findUniqueOrThrow({ where: { id: targetUserId }, select: { passwordHash: true, disabled: true } }),
    settingsAudit: await db.auditEvent.count({ where: { action: 'district.settings' } }),
  };
}

function pagePath(page: Case['page'], reportId: string): string {
  switch (page) {
    case 'editor':
      return `/editor/reports/${reportId}`;
    case 'review':
      return `/review/reports/${reportId}`;
    case 'editorHome':
      return '/editor';
    case 'adminUsers':
      return '/admin/users';
    case 'adminDepartments':
      return '/admin/departments';
    case 'adminSettings':
      return '/admin/settings';
  }
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  departmentId = (await db.department.findUniqueOrThrow({ where: { slug: 'emergency' } })).id;
  const target = await db.user.create({
    data: { username: 'matrix.target', displayName: '矩阵目标用户', role: 'APPROVER', passwordHash: 'unchanged' },
  });
  targetUserId = target.id;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [username, role] of [['mx-approver', 'APPROVER'], ['mx-admin', 'ADMIN']] as const) {
    await db.user.upsert({ where: { username }, update: {}, create: { username, displayName: `矩阵${role}`, role, passwordHash } });
  }
  requests.set('anonymous', (await browser.newContext()).request);
  for (const [who, username] of Object.entries(USERS) as [Who, string][]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    await page.close();
    requests.set(who, context.request);
  }
});

test.afterAll(async () => {
  await removeReport();
  await db.department.deleteMany({ where: { slug: { startsWith: 'test-' } } });
  await db.user.deleteMany({ where: { username: { startsWith: 'matrix.' } } });
});

for (const testCase of CASES) {
  test(testCase.name, async () => {
    const early = testCase.name.startsWith('takeStepAction: submit');
    if (early) await db.district.updateMany({ data: { earlySubmission: true } });
    try {
      for (const who of WHO) {
        const reportId = await prepareReport(testCase.state);
        await db.user.update({ where: { id: targetUserId }, data: { disabled: false, passwordHash: 'unchanged' } });
        const before = await snapshot();
        const response = await callAction(requests.get(who)!, pagePath(testCase.page, reportId), testCase.action, testCase.args({ reportId, departmentId, userId: targetUserId, who }));
        const after = await snapshot();
        const label = `${who} → ${testCase.name}`;
        if (testCase.allowed.includes(who)) {
          expect(response.status, `${label}: ${response.body.slice(0, 300)}`).toBe(200);
          expect(response.body, label).not.toContain('"ok":false');
          expect(response.body, label).not.toContain('"status":"error"');
          if (testCase.mutates) expect(after.audit + after.settingsAudit, `${label} writes an audit event`).toBeGreaterThan(before.audit + before.settingsAudit);
        } else {
          expect(response.status, `${label}: ${response.body.slice(0, 3000)}`).toBe(who === 'anonymous' ? 401 : testCase.refusedAs[who]);
          expect(after, `${label} changes nothing`).toEqual(before);
        }
      }
    } finally {
      if (early) await db.district.updateMany({ data: { earlySubmission: false } });
    }
  });
}

test('an anonymous caller is refused before the input is read: no field messages', async () => {
  const anonymous = requests.get('anonymous')!;
  const admin = await callAction(anonymous, '/admin/users', 'createUserAction', form({ username: '', role: 'NOPE', password: '1' }));
  expect(admin.status).toBe(401);
  expect(admin.body).not.toContain('用户名');
  // Posted to a page that has the action (elsewhere Next would not find it at all).
  const page = `/review/reports/${(await db.report.findFirstOrThrow({ where: { year: 2020, department: { slug: 'finance' } } })).id}`;
  const step = await callAction(anonymous, page, 'takeStepAction', [{ step: 'nonsense' }]);
  expect(step.status).toBe(401);
  expect(step.body).not.toContain('审核步骤');
});

test('four eyes over HTTP: an admin who wrote the report cannot sign it off or approve it (403)', async () => {
  const reportId = await prepareReport('AWAITING_SIGNOFF');
  const admin = await db.user.findUniqueOrThrow({ where: { username: USERS.admin } });
  await db.report.update({ where: { id: reportId }, data: { editorIds: [admin.id] } });
  const signOff = await callAction(requests.get('admin')!, `/review/reports/${reportId}`, 'takeStepAction', [{ step: 'signOff', reportId, version: VERSION, confidentiality: true }]);
  expect(signOff.status).toBe(403);
  await db.report.update({ where: { id: reportId }, data: { status: 'IN_REVIEW' } });
  const approve = await callAction(requests.get('admin')!, `/review/reports/${reportId}`, 'takeStepAction', [{ step: 'approve', reportId, version: VERSION }]);
  expect(approve.status).toBe(403);
  expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe('IN_REVIEW');
  // Another approver may.
  const other = await callAction(requests.get('approver')!, `/review/reports/${reportId}`, 'takeStepAction', [{ step: 'approve', reportId, version: VERSION }]);
  expect(other.status).toBe(200);
  expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe('APPROVED');
});

test('a step on a report that does not exist answers 404', async () => {
  // Posted to an existing report's page (which has the action), naming another report.
  const page = `/review/reports/${(await db.report.findFirstOrThrow({ where: { year: 2020, department: { slug: 'finance' } } })).id}`;
  const missing = await callAction(requests.get('approver')!, page, 'takeStepAction', [{ step: 'approve', reportId: 'c000000000000000000000000', version: 1 }]);
  expect(missing.status).toBe(404);
  expect(missing.body).not.toContain('"ok":true');
});
