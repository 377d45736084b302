// Every role × every server action × own vs other department, over HTTP:
// refused calls answer 403/404 and change nothing; allowed calls work.
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

type Who = 'editorOwn' | 'editorOther' | 'approver' | 'admin';
const USERS: Record<Who, string> = {
  // 区应急管理局: the demo data leaves its previous year unpublished, so no cross-year warnings.
  editorOwn: 'emergency.editor',
  editorOther: 'transport.editor',
  // An approver and an admin of its own: other test files act as the demo ones at the same time.
  approver: 'mx-approver',
  admin: 'mx-admin',
};
// The current year: the demo data leaves it empty for every department.
const YEAR = currentYearInChina(new Date());
const VERSION = 5;

type State = 'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED' | 'none';

interface Case {
  action: string;
  state: State;
  /** The page the action is called from. */
  page: 'editor' | 'review' | 'editorHome' | 'adminUsers' | 'adminDepartments';
  args: (context: { reportId: string; departmentId: string; userId: string; who: Who }) => unknown[];
  allowed: Who[];
  /** How a refusal answers, per refused role. */
  refusedAs: Partial<Record<Who, 403 | 404>>;
  mutates: boolean;
}

const departmentWork = { allowed: ['editorOwn', 'admin'] as Who[], refusedAs: { editorOther: 404, approver: 403 } as const };
const supervision = { allowed: ['approver', 'admin'] as Who[], refusedAs: { editorOther: 404, editorOwn: 403 } as const };
const adminOnly = { allowed: ['admin'] as Who[], refusedAs: { editorOther: 403, editorOwn: 403, approver: 403 } as const };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return [{ status: 'idle' }, data];
};

const CASES: Case[] = [
  { action: 'saveReportAction', state: 'DRAFT', page: 'editor', ...departmentWork, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, content: sample2021() }] },
  { action: 'submitReportAction', state: 'DRAFT', page: 'editor', ...departmentWork, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, explanations: {} }] },
  { action: 'withdrawReportAction', state: 'SUBMITTED', page: 'editor', ...departmentWork, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION }] },
  { action: 'startCorrectionAction', state: 'PUBLISHED', page: 'editor', ...departmentWork, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION }] },
  { action: 'createReportAction', state: 'none', page: 'editorHome', ...departmentWork, mutates: true, args: ({ departmentId }) => [{ departmentId, year: YEAR }] },
  { action: 'startReviewAction', state: 'SUBMITTED', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION }] },
  { action: 'returnReportAction', state: 'IN_REVIEW', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, reason: '请核对表三数据。' }] },
  { action: 'approveReportAction', state: 'IN_REVIEW', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION }] },
  { action: 'publishReportAction', state: 'APPROVED', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, approve: false }] },
  { action: 'publishReportAction', state: 'IN_REVIEW', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, approve: true }] },
  { action: 'unpublishReportAction', state: 'PUBLISHED', page: 'editor', ...supervision, mutates: true, args: ({ reportId }) => [{ reportId, version: VERSION, reason: '含有需核实的内容。' }] },
  {
    action: 'addCommentAction',
    state: 'SUBMITTED',
    page: 'review',
    allowed: ['editorOwn', 'approver', 'admin'],
    refusedAs: { editorOther: 404 },
    mutates: true,
    args: ({ reportId }) => [{ reportId, anchor: { kind: 'report' }, body: '请核对。' }],
  },
  {
    action: 'loadLatestReportAction',
    state: 'DRAFT',
    page: 'editor',
    allowed: ['editorOwn', 'approver', 'admin'],
    refusedAs: { editorOther: 404 },
    mutates: false,
    args: ({ reportId }) => [{ reportId }],
  },
  {
    action: 'createDepartmentAction',
    state: 'none',
    page: 'adminDepartments',
    ...adminOnly,
    mutates: true,
    args: ({ who }) => form({ name: `章贡区测试局${who}`, shortName: '区测试局', slug: `test-${who.toLowerCase()}` }),
  },
  {
    action: 'createUserAction',
    state: 'none',
    page: 'adminUsers',
    ...adminOnly,
    mutates: true,
    args: ({ who }) => form({ username: `matrix.${who.toLowerCase()}`, displayName: '矩阵测试', role: 'APPROVER', password: 'Matrix2026' }),
  },
  { action: 'resetPasswordAction', state: 'none', page: 'adminUsers', ...adminOnly, mutates: true, args: ({ userId }) => form({ userId, password: 'Changed2026' }) },
  { action: 'setUserDisabledAction', state: 'none', page: 'adminUsers', ...adminOnly, mutates: true, args: ({ userId }) => form({ userId, disabled: 'true' }) },
];

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
  const content = sample2021() as unknown as Prisma.InputJsonValue;
  const report = await db.report.create({
    data: {
      departmentId,
      year: YEAR,
      formatId: 'gov-2021',
      status: state,
      content,
      version: VERSION,
      submittedAt: state === 'DRAFT' ? null : new Date(),
    },
  });
  if (state === 'SUBMITTED' || state === 'IN_REVIEW' || state === 'APPROVED') {
    const submitter = await db.user.findUniqueOrThrow({ where: { username: USERS.editorOwn } });
    await db.reportSubmission.create({
      data: { reportId: report.id, editionNumber: 1, sequence: 1, content, version: VERSION, submittedById: submitter.id, outcome: state === 'APPROVED' ? 'APPROVED' : 'PENDING' },
    });
  }
  if (state === 'PUBLISHED') {
    const edition = await db.reportEdition.create({
      data: { reportId: report.id, number: 1, formatId: 'gov-2021', content, title: `章贡区应急管理局${YEAR}年政府信息公开工作年度报告` },
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
  const name = `${testCase.action}${testCase.action === 'publishReportAction' ? (testCase.state === 'IN_REVIEW' ? ' (approve and publish)' : ' (publish)') : ''}`;
  test(name, async () => {
    for (const who of ['editorOther', 'editorOwn', 'approver', 'admin'] as Who[]) {
      const reportId = await prepareReport(testCase.state);
      await db.user.update({ where: { id: targetUserId }, data: { disabled: false, passwordHash: 'unchanged' } });
      const before = await snapshot();
      const response = await callAction(requests.get(who)!, pagePath(testCase.page, reportId), testCase.action, testCase.args({ reportId, departmentId, userId: targetUserId, who }));
      const after = await snapshot();
      const label = `${who} → ${name}`;
      if (testCase.allowed.includes(who)) {
        expect(response.status, `${label}: ${response.body.slice(0, 300)}`).toBe(200);
        expect(response.body, label).not.toContain('"ok":false');
        expect(response.body, label).not.toContain('"status":"error"');
        if (testCase.mutates) expect(after.audit, `${label} writes an audit event`).toBeGreaterThan(before.audit);
      } else {
        expect(response.status, `${label}: ${response.body.slice(0, 3000)}`).toBe(testCase.refusedAs[who]);
        expect(after, `${label} changes nothing`).toEqual(before);
      }
    }
  });
}
