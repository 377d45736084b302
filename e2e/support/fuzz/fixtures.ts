// What the fuzz test acts on: two reports of the current year (a draft of one
// department, one in review at the district for another, with a comment and a
// notification), and a session for each role. Made before the database's
// checksum is taken and removed after it is compared.
import type { APIRequestContext, Browser } from '@playwright/test';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { currentYearInChina } from '@/lib/report-format/formats';
import { EDUCATION_2021 } from '@/lib/import/testing/fixtures-2021';
import { fixtureInput } from '@/lib/import/testing/forms';
import { e2eDb } from '../db';
import { signIn } from '../session';
import { validContent } from './content';
import { FIXTURE_VERSION } from './actions';

export type Role = 'anonymous' | 'editor' | 'reviewer' | 'approver' | 'admin';

/** The department of the draft (its editor is the fuzz test's editor) and of the report in review (its reviewer). */
const DRAFT_DEPARTMENT = 'veterans-affairs';
const REVIEW_DEPARTMENT = 'water-resources';
export const USERS: Record<Exclude<Role, 'anonymous'>, string> = {
  editor: `${DRAFT_DEPARTMENT}.editor`,
  reviewer: `${REVIEW_DEPARTMENT}.reviewer`,
  approver: 'approver1',
  admin: 'admin',
};

export interface Fixtures {
  year: number;
  content: ReturnType<typeof validContent>;
  draft: { id: string; departmentId: string };
  draftSlug: string;
  review: { id: string; departmentId: string; commentId: string };
  /** The editor's notification about the report in review. */
  notificationId: string;
  /** A user the admin forms name (the draft's editor). */
  userId: string;
  districtCode: string;
  /** A past report to import (a web page), as a file. */
  importFile: File;
}

const db = e2eDb();

async function removeReports(departmentId: string, year: number) {
  for (const { id } of await db.report.findMany({ where: { departmentId, year }, select: { id: true } })) {
    await db.report.update({ where: { id }, data: { publishedEditionId: null } });
    await db.notification.deleteMany({ where: { reportId: id } });
    await db.reportComment.deleteMany({ where: { reportId: id } });
    await db.reportSubmission.deleteMany({ where: { reportId: id } });
    await db.reportEdition.deleteMany({ where: { reportId: id } });
    await db.reportView.deleteMany({ where: { reportId: id } });
    await db.reportQuality.deleteMany({ where: { reportId: id } });
    await db.report.delete({ where: { id } });
  }
}

export async function createFixtures(): Promise<Fixtures> {
  const year = currentYearInChina(new Date());
  const content = validContent();
  const stored = content as unknown as Prisma.InputJsonValue;
  const [draftDepartment, reviewDepartment] = await Promise.all(
    [DRAFT_DEPARTMENT, REVIEW_DEPARTMENT].map((slug) => db.department.findUniqueOrThrow({ where: { slug }, include: { district: true } })),
  );
  await removeReports(draftDepartment!.id, year);
  await removeReports(reviewDepartment!.id, year);
  const editor = await db.user.findUniqueOrThrow({ where: { username: USERS.editor } });
  const reviewEditor = await db.user.findUniqueOrThrow({ where: { username: `${REVIEW_DEPARTMENT}.editor` } });
  const approver = await db.user.findUniqueOrThrow({ where: { username: USERS.approver } });
  const draft = await db.report.create({
    data: { departmentId: draftDepartment!.id, year, formatId: 'gov-2021', status: 'DRAFT', content: stored, version: FIXTURE_VERSION },
  });
  const review = await db.report.create({
    data: {
      departmentId: reviewDepartment!.id,
      year,
      formatId: 'gov-2021',
      status: 'IN_REVIEW',
      content: stored,
      version: FIXTURE_VERSION,
      submittedAt: new Date(),
      editorIds: [reviewEditor.id],
    },
  });
  await db.reportSubmission.create({
    data: { reportId: review.id, editionNumber: 1, sequence: 1, content: stored, version: FIXTURE_VERSION, submittedById: reviewEditor.id, outcome: 'PENDING' },
  });
  const comment = await db.reportComment.create({
    data: { reportId: review.id, editionNumber: 1, authorId: approver.id, authorName: approver.displayName, anchorKind: 'report', body: '模糊测试的评论。' },
  });
  const notification = await db.notification.create({
    data: { userId: editor.id, reportId: draft.id, kind: 'report.returned', title: '模糊测试的通知', body: '请查看。', link: `/editor/reports/${draft.id}` },
  });
  const page = await fixtureInput(EDUCATION_2021, 'html');
  return {
    year,
    content,
    draft: { id: draft.id, departmentId: draftDepartment!.id },
    draftSlug: DRAFT_DEPARTMENT,
    review: { id: review.id, departmentId: reviewDepartment!.id, commentId: comment.id },
    notificationId: notification.id,
    userId: editor.id,
    districtCode: draftDepartment!.district.code,
    importFile: new File([page.bytes as Uint8Array<ArrayBuffer>], 'report.html', { type: 'text/html' }),
  };
}

/**
 * Shows the deadline dashboard once, as a refused action may show it again (Next renders
 * the page an action was posted from after its notFound()): its first view computes the
 * new reports' quality scores (report_quality), which must happen before the checksum.
 */
export async function warmUp(as: Record<Role, APIRequestContext>) {
  const response = await as.approver.get('/review/dashboard');
  if (!response.ok()) throw new Error(`the deadline dashboard answered ${response.status()}`);
}

export async function removeFixtures(fixtures: Fixtures) {
  await removeReports(fixtures.draft.departmentId, fixtures.year);
  await removeReports(fixtures.review.departmentId, fixtures.year);
}

/** A request context per role, signed in through the sign-in page (anonymous: none). */
export async function signInAll(browser: Browser): Promise<Record<Role, APIRequestContext>> {
  const contexts = {} as Record<Role, APIRequestContext>;
  contexts.anonymous = (await browser.newContext()).request;
  for (const [role, username] of Object.entries(USERS) as [Exclude<Role, 'anonymous'>, string][]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    await page.close();
    contexts[role] = context.request;
  }
  return contexts;
}
