// The workflow against a real PostgreSQL: transitions, concurrency, editions.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { UserError } from '@/lib/errors';
import { sample2019, sample2021 } from '@/lib/report-format/testing/sample-content';
import { seedBase } from '@/prisma/seed/seed-base';
import { listReportHistory } from '@/lib/audit/list-audit-events';
import { addComment } from './add-comment';
import { approveReport } from './approve-report';
import { createReport } from './create-report';
import { getReportWorkspace } from './get-report-workspace';
import { publishReport } from './publish-report';
import { findReportRef } from './report-ref';
import { returnReport } from './return-report';
import { saveReportContent } from './save-report-content';
import { startCorrection } from './start-correction';
import { startReview } from './start-review';
import { submitReport } from './submit-report';
import { unpublishReport } from './unpublish-report';
import { withdrawReport } from './withdraw-report';

type TestActor = { id: string; displayName: string; role: 'EDITOR' | 'APPROVER' | 'ADMIN'; departmentId: string | null };

let editor: TestActor;
let colleague: TestActor;
let approver1: TestActor;
let approver2: TestActor;
let education: string;
const now = new Date('2026-11-25T10:00:00+08:00');

async function actor(username: string): Promise<TestActor> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: user.id, displayName: user.displayName, role: user.role as TestActor['role'], departmentId: user.departmentId };
}

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seeding.$disconnect();
  editor = await actor('education.editor');
  approver1 = await actor('approver1');
  approver2 = await actor('approver2');
  education = editor.departmentId!;
  // A second editor of the same department.
  const second = await db.user.create({
    data: { username: 'education.colleague', displayName: '区教育局 同事', role: 'EDITOR', departmentId: education, passwordHash: 'x' },
  });
  colleague = { id: second.id, displayName: second.displayName, role: 'EDITOR', departmentId: education };
});

async function expectUserError(promise: Promise<unknown>, kind: UserError['kind']) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).kind).toBe(kind);
  return error as UserError;
}

async function draftWithContent(year: number) {
  const created = await createReport(editor, { departmentId: education, year }, now);
  const content = year >= 2021 ? sample2021() : sample2019();
  const saved = await saveReportContent(editor, { reportId: created.id, version: created.version, content });
  return { id: created.id, version: saved.version };
}

describe('editing', () => {
  it('refuses a save based on an outdated version, names who saved, and loses nothing', async () => {
    const report = await createReport(editor, { departmentId: education, year: 2023 }, now);
    const mine = sample2021();
    mine.sections.s5 = [{ type: 'paragraph', text: '编辑甲的修改' }];
    const theirs = sample2021();
    theirs.sections.s5 = [{ type: 'paragraph', text: '编辑乙的修改' }];

    const [first, second] = await Promise.allSettled([
      saveReportContent(editor, { reportId: report.id, version: report.version, content: mine }),
      saveReportContent(colleague, { reportId: report.id, version: report.version, content: theirs }),
    ]);
    const outcomes = [first, second].map((outcome) => outcome.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [first, second].find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(UserError);
    expect(rejected.reason.kind).toBe('conflict');
    expect(rejected.reason.message).toMatch(/该报告已被区教育局 (信息公开专员|同事)于 .* 修改（第 2 版），您的修改基于较早的版本，尚未保存。/);
    expect(rejected.reason.details).toMatchObject({ version: 2, status: 'DRAFT' });

    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.version).toBe(2);
    const winner = first.status === 'fulfilled' ? '编辑甲的修改' : '编辑乙的修改';
    expect((stored.content as { sections: { s5: { text: string }[] } }).sections.s5[0]?.text).toBe(winner);
    // Exactly one save was recorded.
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: 'report.save' } })).toBe(1);
  });

  it('refuses an outdated save also when given the report as read before the other save', async () => {
    const health = (await db.department.findUniqueOrThrow({ where: { slug: 'health' } })).id;
    const created = await createReport(editor, { departmentId: health, year: 2024 }, now);
    const read = (await findReportRef(created.id))!;
    expect(read.department).toEqual({ name: '章贡区卫生健康委员会', shortName: '区卫生健康委员会', slug: 'health', active: true });
    const theirs = await saveReportContent(colleague, { reportId: created.id, version: 1, content: sample2021() }, read);
    expect(theirs.version).toBe(2);
    const refused = await expectUserError(saveReportContent(editor, { reportId: created.id, version: 1, content: sample2021() }, read), 'conflict');
    expect(refused.message).toMatch(/^该报告已被区教育局 同事于 .* 修改（第 2 版），您的修改基于较早的版本，尚未保存。$/);
    // A read older than the version the save names is read again, not taken for the truth.
    expect((await saveReportContent(editor, { reportId: created.id, version: 2, content: sample2021() }, read)).version).toBe(3);
    const stored = await db.report.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ version: 3, updatedById: editor.id });
    expect(stored.editorIds.sort()).toEqual([colleague.id, editor.id].sort());
  });

  it('refuses content that does not fit the format, naming the cell, and writes nothing', async () => {
    const report = await createReport(editor, { departmentId: education, year: 2022 }, now);
    const bad = sample2021() as unknown as { tables: Record<string, Record<string, Record<string, unknown>>> };
    bad.tables.t3_applications!.granted!.total = 5;
    const error = await expectUserError(saveReportContent(editor, { reportId: report.id, version: 1, content: bad }), 'invalid');
    expect(error.message).toContain('表三 “（一）予以公开” · 总计：合计单元格由系统自动计算，不能填写。');
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).version).toBe(1);
  });

  it('refuses a year outside 2019 … this year, and a second report for the same year', async () => {
    await expectUserError(createReport(editor, { departmentId: education, year: 2018 }, now), 'invalid');
    await expectUserError(createReport(editor, { departmentId: education, year: 2027 }, now), 'invalid');
    await createReport(editor, { departmentId: education, year: 2021 }, now);
    const duplicate = await expectUserError(createReport(editor, { departmentId: education, year: 2021 }, now), 'conflict');
    expect(duplicate.message).toBe('章贡区教育局2021年度报告已经存在，请直接打开编辑。');
  });
});

describe('review and publication', () => {
  it('blocks submission on errors, asks for warning explanations, and records them', async () => {
    const report = await createReport(editor, { departmentId: education, year: 2024 }, now);
    // A fresh draft has no text yet: errors block.
    const blocked = await expectUserError(submitReport(editor, { reportId: report.id, version: 1, explanations: {} }), 'invalid');
    expect(blocked.message).toMatch(/^报告还有 4 处错误，须修改后才能提交：“一、总体情况”尚未填写正文。/);

    const content = sample2021();
    content.sections.s6 = [{ type: 'paragraph', text: '无。' }]; // a warning: no 信息处理费 statement
    const saved = await saveReportContent(editor, { reportId: report.id, version: 1, content });
    const needsWhy = await expectUserError(submitReport(editor, { reportId: report.id, version: saved.version, explanations: {} }), 'invalid');
    expect(needsWhy.message).toBe('有 1 条警告需要填写说明后才能提交。');
    expect(Object.keys(needsWhy.fieldErrors)).toEqual(['explanations.s6_fee_disclosure:s6']);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('DRAFT');

    const submitted = await submitReport(editor, {
      reportId: report.id,
      version: saved.version,
      explanations: { 's6_fee_disclosure:s6': '本单位本年度未收取任何费用，已在正文说明。' },
    });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', sequence: 1 });
    const submission = await db.reportSubmission.findFirstOrThrow({ where: { reportId: report.id } });
    expect(submission.explanations).toMatchObject({
      's6_fee_disclosure:s6': { explanation: '本单位本年度未收取任何费用，已在正文说明。' },
    });
    // Approvers are told in the portal; without SMTP_URL no e-mail is queued.
    expect(await db.notification.count({ where: { reportId: report.id, kind: 'submitted', userId: approver1.id } })).toBe(1);
    expect(await db.mailMessage.count()).toBe(0);
  });

  it('refuses a step from the wrong state and changes nothing', async () => {
    const { id, version } = await draftWithContent(2020);
    await expectUserError(approveReport(approver1, { reportId: id, version }), 'conflict');
    await expectUserError(publishReport(approver1, { reportId: id, version, approve: false }), 'conflict');
    await expectUserError(unpublishReport(approver1, { reportId: id, version, reason: '测试撤销' }), 'conflict');
    const stored = await db.report.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: 'DRAFT', version });
    expect(await db.auditEvent.count({ where: { reportId: id, action: { in: ['report.approve', 'report.publish', 'report.unpublish'] } } })).toBe(0);
  });

  it('lets exactly one of two approvers approve at once; the other gets a clear message', async () => {
    const { id, version } = await draftWithContent(2019);
    const submitted = await submitReport(editor, { reportId: id, version, explanations: {} });
    const results = await Promise.allSettled([
      approveReport(approver1, { reportId: id, version: submitted.version }),
      approveReport(approver2, { reportId: id, version: submitted.version }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(UserError);
    expect(loser.reason.message).toBe('该报告刚刚已被他人处理或修改，您看到的不是最新状态。请刷新页面后再操作。');
    expect(await db.auditEvent.count({ where: { reportId: id, action: 'report.approve' } })).toBe(1);
    expect((await db.report.findUniqueOrThrow({ where: { id } })).status).toBe('APPROVED');
  });

  it('runs the whole cycle: return, resubmit, approve, publish, correct, publish the correction', async () => {
    await db.report.deleteMany({ where: { departmentId: education, year: 2025 } });
    const { id, version } = await draftWithContent(2025);
    let state: { version: number; status: string; sequence?: number } = await submitReport(editor, {
      reportId: id,
      version,
      explanations: {},
    });

    // The editor may withdraw before review starts.
    state = await withdrawReport(editor, { reportId: id, version: state.version });
    expect(state.status).toBe('DRAFT');
    state = await submitReport(editor, { reportId: id, version: state.version, explanations: {} });

    // An approver's comment starts the review.
    await addComment(approver1, {
      reportId: id,
      anchor: { kind: 'cell', tableId: 't3_applications', rowKey: 'granted', columnKey: 'natural_person' },
      body: '请核对予以公开的数量。',
    });
    const reviewing = await db.report.findUniqueOrThrow({ where: { id } });
    expect(reviewing.status).toBe('IN_REVIEW');
    await expectUserError(withdrawReport(editor, { reportId: id, version: reviewing.version }), 'conflict');

    const returned = await returnReport(approver1, { reportId: id, version: reviewing.version, reason: '表三数据需核对。' });
    expect(returned.status).toBe('RETURNED');
    const content = sample2021();
    content.sections.s5 = [{ type: 'paragraph', text: '已核对数据。' }];
    const saved = await saveReportContent(editor, { reportId: id, version: returned.version, content });
    state = await submitReport(editor, { reportId: id, version: saved.version, explanations: {} });
    // The third submission of edition 1 (one was withdrawn, one returned).
    expect(state.sequence).toBe(3);
    // The review page compares it with the returned one; every step decided its submission.
    const workspace = await getReportWorkspace(id);
    expect(workspace?.changes?.against).toBe('第 2 次提交（已退回）');
    expect(workspace?.changes?.list.map((change) => change.place)).toContain('五、存在的主要问题及改进情况');
    expect(workspace?.submissions.map((submission) => [submission.sequence, submission.outcome, submission.returnReason])).toEqual([
      [3, 'PENDING', null],
      [2, 'RETURNED', '表三数据需核对。'],
      [1, 'WITHDRAWN', null],
    ]);

    const approved = await approveReport(approver1, { reportId: id, version: state.version });
    expect((await getReportWorkspace(id))?.submissions[0]).toMatchObject({ outcome: 'APPROVED', decidedBy: approver1.displayName });
    const published = await publishReport(approver2, { reportId: id, version: approved.version, approve: false });
    expect(published).toMatchObject({ status: 'PUBLISHED', editionNumber: 1 });
    const first = await db.reportEdition.findFirstOrThrow({ where: { reportId: id, number: 1 } });
    expect(first.title).toBe('章贡区教育局2025年政府信息公开工作年度报告');
    expect(first.approvedById).toBe(approver1.id);

    // A correction: a new edition that keeps the first one public until it is published.
    const correcting = await startCorrection(editor, { reportId: id, version: published.version });
    expect(correcting).toMatchObject({ status: 'DRAFT', editionNumber: 2 });
    expect((await db.report.findUniqueOrThrow({ where: { id } })).publishedEditionId).toBe(first.id);
    const corrected = sample2021();
    corrected.tables.t2_art20_5!.administrative_licensing!.decisions = 121;
    const savedCorrection = await saveReportContent(editor, { reportId: id, version: correcting.version, content: corrected });
    const noNote = await expectUserError(
      submitReport(editor, { reportId: id, version: savedCorrection.version, explanations: {} }),
      'invalid',
    );
    expect(noNote.fieldErrors.changeNote).toContain('更正说明');
    const resubmitted = await submitReport(editor, {
      reportId: id,
      version: savedCorrection.version,
      explanations: {},
      changeNote: '更正第二十条第（五）项行政许可处理决定数量。',
    });
    const republished = await publishReport(approver1, { reportId: id, version: resubmitted.version, approve: true });
    expect(republished.editionNumber).toBe(2);

    const editions = await db.reportEdition.findMany({ where: { reportId: id }, orderBy: { number: 'asc' } });
    expect(editions.map((edition) => edition.number)).toEqual([1, 2]);
    expect(editions[0]?.supersededAt).not.toBeNull();
    expect(editions[1]?.changeNote).toBe('更正第二十条第（五）项行政许可处理决定数量。');
    expect((await db.report.findUniqueOrThrow({ where: { id } })).publishedEditionId).toBe(editions[1]?.id);
    // The earlier edition keeps its own content.
    const firstContent = editions[0]?.content as { tables: { t2_art20_5: { administrative_licensing: { decisions: number } } } };
    expect(firstContent.tables.t2_art20_5.administrative_licensing.decisions).toBe(120);

    // Unpublishing takes the public edition down with a public reason.
    const current = await db.report.findUniqueOrThrow({ where: { id } });
    await unpublishReport(approver2, { reportId: id, version: current.version, reason: '报告中含有需核实的个人信息。' });
    const down = await db.report.findUniqueOrThrow({ where: { id } });
    expect(down).toMatchObject({ status: 'UNPUBLISHED', publishedEditionId: null, unpublishReason: '报告中含有需核实的个人信息。' });

    const history = await db.auditEvent.findMany({ where: { reportId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    // The report's history shows every step but no saves (the audit log keeps them).
    expect((await listReportHistory(id)).map((event) => event.action).reverse()).toEqual(
      history.map((event) => event.action).filter((action) => action !== 'report.save'),
    );
    expect(history.map((event) => event.action)).toEqual([
      'report.create',
      'report.save',
      'report.submit',
      'report.withdraw',
      'report.submit',
      'report.startReview',
      'report.comment',
      'report.return',
      'report.save',
      'report.submit',
      'report.approve',
      'report.publish',
      'report.startCorrection',
      'report.save',
      'report.submit',
      'report.approveAndPublish',
      'report.unpublish',
    ]);
  });

  it('four eyes: an admin who changed the content may not approve it', async () => {
    const admin = await actor('admin');
    const report = await createReport(admin, { departmentId: education, year: 2026 }, now);
    const saved = await saveReportContent(admin, { reportId: report.id, version: report.version, content: sample2021() });
    const submitted = await submitReport(admin, { reportId: report.id, version: saved.version, explanations: {} });
    const refused = await expectUserError(approveReport(admin, { reportId: report.id, version: submitted.version }), 'forbidden');
    expect(refused.message).toContain('双人审核');
    await expectUserError(publishReport(admin, { reportId: report.id, version: submitted.version, approve: true }), 'forbidden');
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('SUBMITTED');
    // Nothing of the refused steps remains: no edition, no decision, no audit event.
    expect(await db.reportEdition.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.reportSubmission.count({ where: { reportId: report.id, outcome: 'PENDING' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: { in: ['report.approve', 'report.approveAndPublish'] } } })).toBe(0);
    // Other steps stay open to them.
    expect((await returnReport(admin, { reportId: report.id, version: submitted.version, reason: '自己退回再改。' })).status).toBe('RETURNED');
    const again = await submitReport(admin, { reportId: report.id, version: submitted.version + 1, explanations: {} });
    await startReview(approver1, { reportId: report.id, version: again.version });
    const reviewed = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect((await approveReport(approver1, { reportId: report.id, version: reviewed.version })).status).toBe('APPROVED');
  });
});
