// The workflow against a real PostgreSQL: the chain editor → department
// reviewer (签发 with 保密审查) → district approver → publication, with the
// department stage on and off; concurrency, four eyes, editions.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { UserError } from '@/lib/errors';
import { sample2019, sample2021 } from '@/lib/report-format/testing/sample-content';
import { seedBase } from '@/prisma/seed/seed-base';
import { listReportHistory } from '@/lib/audit/list-audit-events';
import { addComment } from './add-comment';
import { createReport } from './create-report';
import { getReportWorkspace } from './get-report-workspace';
import { findReportRef } from './report-ref';
import { saveReportContent } from './save-report-content';
import { takeStep } from './take-step';
import { stepInputSchema } from './workflow-schemas';

type TestActor = { id: string; displayName: string; role: 'EDITOR' | 'DEPARTMENT_REVIEWER' | 'APPROVER' | 'ADMIN'; departmentId: string | null };

let editor: TestActor;
let colleague: TestActor;
let signer: TestActor;
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
  signer = await actor('education.reviewer');
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

/** The sample content, dated in January after its year (no 落款日期 warning). */
function contentFor(year: number) {
  const content = year >= 2021 ? sample2021() : sample2019();
  content.signature.date = `${year + 1}-01-20`;
  return content;
}

async function draftWithContent(year: number, departmentId = education) {
  const created = await createReport(editor, { departmentId, year }, now);
  const content = contentFor(year);
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
    expect(read.department).toEqual({ name: '章贡区卫生健康委员会', shortName: '区卫生健康委员会', slug: 'health', active: true, district: { signOffRequired: true, earlySubmission: false } });
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


/** One step, its input read through the form's schema (defaults included). */
function step(who: TestActor, input: Record<string, unknown>, when: Date = now) {
  return takeStep(who, stepInputSchema.parse(input), when);
}

async function setDistrict(settings: { signOffRequired?: boolean; earlySubmission?: boolean }) {
  await db.district.updateMany({ data: settings });
}

async function status(id: string) {
  return (await db.report.findUniqueOrThrow({ where: { id } })).status;
}

describe('submission', () => {
  it('blocks submission on errors, asks for warning explanations, and records them', async () => {
    const report = await createReport(editor, { departmentId: education, year: 2024 }, now);
    // A fresh draft has no text yet: errors block.
    const blocked = await expectUserError(step(editor, { step: 'submit', reportId: report.id, version: 1 }), 'invalid');
    expect(blocked.message).toMatch(/^报告还有 \d+ 处错误，须修改后才能提交：/);

    const content = contentFor(2024);
    content.sections.s6 = [{ type: 'paragraph', text: '无。' }]; // a warning: no 信息处理费 statement
    const saved = await saveReportContent(editor, { reportId: report.id, version: 1, content });
    const needsWhy = await expectUserError(step(editor, { step: 'submit', reportId: report.id, version: saved.version }), 'invalid');
    expect(needsWhy.message).toBe('有 1 条警告需要填写说明后才能提交。');
    expect(Object.keys(needsWhy.fieldErrors)).toEqual(['explanations.s6_fee_disclosure:s6']);
    expect(await status(report.id)).toBe('DRAFT');

    const submitted = await step(editor, {
      step: 'submit',
      reportId: report.id,
      version: saved.version,
      explanations: { 's6_fee_disclosure:s6': '本单位本年度未收取任何费用，已在正文说明。' },
    });
    // The demo district requires the department's sign-off: it waits for the department's reviewer.
    expect(submitted).toMatchObject({ status: 'AWAITING_SIGNOFF', sequence: 1 });
    const submission = await db.reportSubmission.findFirstOrThrow({ where: { reportId: report.id } });
    expect(submission.explanations).toMatchObject({ 's6_fee_disclosure:s6': { explanation: '本单位本年度未收取任何费用，已在正文说明。' } });
    // The department's reviewer is told, not yet the district; without SMTP_URL no e-mail is queued.
    expect(await db.notification.count({ where: { reportId: report.id, kind: 'submitted', userId: signer.id } })).toBe(1);
    expect(await db.notification.count({ where: { reportId: report.id, userId: approver1.id } })).toBe(0);
    expect(await db.mailMessage.count()).toBe(0);
  });

  it('an empty sub-heading or paragraph is an error at submit, with its place', async () => {
    const health = (await db.department.findUniqueOrThrow({ where: { slug: 'health' } })).id;
    const report = await createReport(editor, { departmentId: health, year: 2023 }, now);
    const content = contentFor(2023);
    content.sections.s1 = [
      { type: 'paragraph', text: '本年度，我局认真贯彻落实《条例》。' },
      { type: 'heading', text: '（一）主动公开情况' },
      { type: 'paragraph', text: '' },
    ];
    const saved = await saveReportContent(editor, { reportId: report.id, version: 1, content });
    const refused = await expectUserError(step(editor, { step: 'submit', reportId: report.id, version: saved.version }), 'invalid');
    expect(refused.message).toContain('一、总体情况');
    expect(Object.keys(refused.fieldErrors).some((key) => key.startsWith('issue.empty_text_block'))).toBe(true);
    expect(await status(report.id)).toBe('DRAFT');
  });

  it("a year's report waits for the year to end unless the district allows early submission", async () => {
    await db.report.deleteMany({ where: { departmentId: education, year: 2026 } });
    const report = await createReport(editor, { departmentId: education, year: 2026 }, now);
    const saved = await saveReportContent(editor, { reportId: report.id, version: 1, content: contentFor(2026) });
    const early = await expectUserError(step(editor, { step: 'submit', reportId: report.id, version: saved.version }), 'invalid');
    expect(early.message).toBe('2026年度的统计期到2026年12月31日结束，2027年1月1日起才能提交该年度报告（系统管理员可为测试和演示开启“允许提前提交”）。');
    expect(await status(report.id)).toBe('DRAFT');
    // On 1 January of the next year it goes.
    const onTime = await step(editor, { step: 'submit', reportId: report.id, version: saved.version }, new Date('2027-01-21T09:00:00+08:00'));
    expect(onTime.status).toBe('AWAITING_SIGNOFF');
    await step(editor, { step: 'withdraw', reportId: report.id, version: onTime.version });
    // With the setting on, today is fine too (a 落款日期 after today is a warning to explain).
    await setDistrict({ earlySubmission: true });
    try {
      const warned = await expectUserError(step(editor, { step: 'submit', reportId: report.id, version: onTime.version + 1 }), 'invalid');
      expect(Object.keys(warned.fieldErrors)).toEqual(['explanations.signature_date:signature']);
      const allowed = await step(editor, {
        step: 'submit',
        reportId: report.id,
        version: onTime.version + 1,
        explanations: { 'signature_date:signature': '演示用，落款日期为计划发布日期。' },
      });
      expect(allowed.status).toBe('AWAITING_SIGNOFF');
    } finally {
      await setDistrict({ earlySubmission: false });
    }
  });
});

describe('review and publication', () => {
  it('refuses a step from the wrong state and changes nothing', async () => {
    const { id, version } = await draftWithContent(2020);
    await expectUserError(step(approver1, { step: 'approve', reportId: id, version }), 'conflict');
    await expectUserError(step(signer, { step: 'signOff', reportId: id, version, confidentiality: true }), 'conflict');
    await expectUserError(step(approver1, { step: 'publish', reportId: id, version }), 'conflict');
    await expectUserError(step(approver1, { step: 'unpublish', reportId: id, version, reason: '测试撤销' }), 'conflict');
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', version });
    expect(await db.auditEvent.count({ where: { reportId: id, action: { in: ['report.approve', 'report.signOff', 'report.publish', 'report.unpublish'] } } })).toBe(0);
  });

  it('lets exactly one of two approvers approve at once; the other gets a clear message', async () => {
    const { id, version } = await draftWithContent(2019);
    const submitted = await step(editor, { step: 'submit', reportId: id, version });
    const signed = await step(signer, { step: 'signOff', reportId: id, version: submitted.version, confidentiality: true });
    const results = await Promise.allSettled([
      step(approver1, { step: 'approve', reportId: id, version: signed.version }),
      step(approver2, { step: 'approve', reportId: id, version: signed.version }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(UserError);
    expect(loser.reason.message).toBe('该报告刚刚已被他人处理或修改，您看到的不是最新状态。请刷新页面后再操作。');
    expect(await db.auditEvent.count({ where: { reportId: id, action: 'report.approve' } })).toBe(1);
    expect(await status(id)).toBe('APPROVED');
  });

  it('runs the chain: department return, sign-off with 保密审查, district return, approve, publish, correct', async () => {
    await db.report.deleteMany({ where: { departmentId: education, year: 2025 } });
    const { id, version } = await draftWithContent(2025);
    let state = await step(editor, { step: 'submit', reportId: id, version });
    expect(state.status).toBe('AWAITING_SIGNOFF');

    // The editor may withdraw before the department signs off.
    state = await step(editor, { step: 'withdraw', reportId: id, version: state.version });
    expect(state.status).toBe('DRAFT');
    state = await step(editor, { step: 'submit', reportId: id, version: state.version });

    // The department's reviewer returns it with a reason …
    const reasonless = stepInputSchema.safeParse({ step: 'returnToEditor', reportId: id, version: state.version, reason: '' });
    expect(reasonless.success ? null : reasonless.error.issues[0]?.message).toBe('退回原因至少需要 4 个字，请写明需要修改的内容。');
    state = await step(signer, { step: 'returnToEditor', reportId: id, version: state.version, reason: '第五部分请写明改进措施。' });
    expect(state.status).toBe('RETURNED');
    expect(await db.notification.count({ where: { reportId: id, kind: 'returned', userId: editor.id } })).toBe(1);
    const content = contentFor(2025);
    content.sections.s5 = [{ type: 'paragraph', text: '已补充改进措施。' }];
    const saved = await saveReportContent(editor, { reportId: id, version: state.version, content });
    state = await step(editor, { step: 'submit', reportId: id, version: saved.version });

    // … then signs it off, confirming the 保密审查: only then does the district see it.
    const unconfirmed = stepInputSchema.safeParse({ step: 'signOff', reportId: id, version: state.version, confidentiality: false });
    expect(unconfirmed.success ? null : unconfirmed.error.issues[0]?.message).toBe('请确认已完成保密审查（勾选“已进行保密审查”）后再签发。');
    expect(await db.notification.count({ where: { reportId: id, userId: approver1.id } })).toBe(0);
    state = await step(signer, { step: 'signOff', reportId: id, version: state.version, confidentiality: true, confidentialityNote: '经办公室保密员复核。' });
    expect(state.status).toBe('SUBMITTED');
    const signedSubmission = await db.reportSubmission.findFirstOrThrow({ where: { reportId: id, outcome: 'PENDING' } });
    expect(signedSubmission).toMatchObject({ signedOffById: signer.id, signedOffByName: '区教育局 分管负责人', confidentialityNote: '经办公室保密员复核。' });
    expect(signedSubmission.confidentialityStatement).toContain('保密审查');
    expect(await db.notification.count({ where: { reportId: id, kind: 'signedOff', userId: approver1.id } })).toBe(1);
    const signOffEvent = await db.auditEvent.findFirstOrThrow({ where: { reportId: id, action: 'report.signOff' } });
    expect(signOffEvent).toMatchObject({ actorName: '区教育局 分管负责人', fromStatus: 'AWAITING_SIGNOFF', toStatus: 'SUBMITTED' });
    expect(signOffEvent.details).toMatchObject({ confidentiality: { note: '经办公室保密员复核。' } });

    // The district comments (which starts the review) and returns it: it goes back through the department.
    await addComment(approver1, {
      reportId: id,
      anchor: { kind: 'cell', tableId: 't3_applications', rowKey: 'granted', columnKey: 'natural_person' },
      body: '请核对予以公开的数量。',
    });
    const reviewing = await db.report.findUniqueOrThrow({ where: { id } });
    expect(reviewing.status).toBe('IN_REVIEW');
    await expectUserError(step(editor, { step: 'withdraw', reportId: id, version: reviewing.version }), 'conflict');
    state = await step(approver1, { step: 'return', reportId: id, version: reviewing.version, reason: '表三数据需核对。' });
    expect(state.status).toBe('RETURNED');
    expect(await db.notification.count({ where: { reportId: id, kind: 'returned', userId: signer.id } })).toBe(1);
    state = await step(editor, { step: 'submit', reportId: id, version: state.version });
    expect(state).toMatchObject({ status: 'AWAITING_SIGNOFF', sequence: 4 });
    state = await step(signer, { step: 'signOff', reportId: id, version: state.version, confidentiality: true });

    const workspace = await getReportWorkspace(id);
    expect(workspace?.submissions.map((submission) => [submission.sequence, submission.outcome, submission.returnReason])).toEqual([
      [4, 'PENDING', null],
      [3, 'RETURNED', '表三数据需核对。'],
      [2, 'RETURNED', '第五部分请写明改进措施。'],
      [1, 'WITHDRAWN', null],
    ]);

    const approved = await step(approver1, { step: 'approve', reportId: id, version: state.version });
    expect((await getReportWorkspace(id))?.submissions[0]).toMatchObject({ outcome: 'APPROVED', decidedBy: approver1.displayName });
    const published = await step(approver2, { step: 'publish', reportId: id, version: approved.version });
    expect(published).toMatchObject({ status: 'PUBLISHED', editionNumber: 1 });
    const first = await db.reportEdition.findFirstOrThrow({ where: { reportId: id, number: 1 } });
    expect(first.title).toBe('章贡区教育局2025年政府信息公开工作年度报告');
    expect(first.approvedById).toBe(approver1.id);

    // A correction: a new edition that keeps the first one public until it is published.
    const correcting = await step(editor, { step: 'startCorrection', reportId: id, version: published.version });
    expect(correcting).toMatchObject({ status: 'DRAFT', editionNumber: 2 });
    expect((await db.report.findUniqueOrThrow({ where: { id } })).publishedEditionId).toBe(first.id);
    const corrected = contentFor(2025);
    corrected.tables.t2_art20_5!.administrative_licensing!.decisions = 121;
    const savedCorrection = await saveReportContent(editor, { reportId: id, version: correcting.version, content: corrected });
    const noNote = await expectUserError(step(editor, { step: 'submit', reportId: id, version: savedCorrection.version }), 'invalid');
    expect(noNote.fieldErrors.changeNote).toContain('更正说明');
    const resubmitted = await step(editor, { step: 'submit', reportId: id, version: savedCorrection.version, changeNote: '更正第二十条第（五）项行政许可处理决定数量。' });
    const resigned = await step(signer, { step: 'signOff', reportId: id, version: resubmitted.version, confidentiality: true });
    const republished = await step(approver1, { step: 'approveAndPublish', reportId: id, version: resigned.version });
    expect(republished.editionNumber).toBe(2);

    const editions = await db.reportEdition.findMany({ where: { reportId: id }, orderBy: { number: 'asc' } });
    expect(editions.map((edition) => edition.number)).toEqual([1, 2]);
    expect(editions[0]?.supersededAt).not.toBeNull();
    expect(editions[1]?.changeNote).toBe('更正第二十条第（五）项行政许可处理决定数量。');
    expect((await db.report.findUniqueOrThrow({ where: { id } })).publishedEditionId).toBe(editions[1]?.id);
    const firstContent = editions[0]?.content as { tables: { t2_art20_5: { administrative_licensing: { decisions: number } } } };
    expect(firstContent.tables.t2_art20_5.administrative_licensing.decisions).toBe(120);

    // Unpublishing takes the public edition down with a public reason.
    const current = await db.report.findUniqueOrThrow({ where: { id } });
    await step(approver2, { step: 'unpublish', reportId: id, version: current.version, reason: '报告中含有需核实的个人信息。' });
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'UNPUBLISHED', publishedEditionId: null, unpublishReason: '报告中含有需核实的个人信息。' });

    const history = await db.auditEvent.findMany({ where: { reportId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    // The report's history shows every step (the 签发 with its 保密审查) but no saves.
    const shown = await listReportHistory(id);
    expect(shown.map((event) => event.action).reverse()).toEqual(history.map((event) => event.action).filter((action) => action !== 'report.save'));
    expect(shown.find((event) => event.action === 'report.signOff')?.details).toMatchObject({ confidentiality: { statement: signedSubmission.confidentialityStatement } });
    expect(history.map((event) => event.action)).toEqual([
      'report.create',
      'report.save',
      'report.submit',
      'report.withdraw',
      'report.submit',
      'report.returnToEditor',
      'report.save',
      'report.submit',
      'report.signOff',
      'report.startReview',
      'report.comment',
      'report.return',
      'report.submit',
      'report.signOff',
      'report.approve',
      'report.publish',
      'report.startCorrection',
      'report.save',
      'report.submit',
      'report.signOff',
      'report.approveAndPublish',
      'report.unpublish',
    ]);
  });

  it('without the department stage, a submission goes straight to the district and cannot be signed off', async () => {
    await setDistrict({ signOffRequired: false });
    try {
      const health = (await db.department.findUniqueOrThrow({ where: { slug: 'health' } })).id;
      const { id, version } = await draftWithContent(2022, health);
      const submitted = await step(editor, { step: 'submit', reportId: id, version });
      expect(submitted.status).toBe('SUBMITTED');
      expect(await db.notification.count({ where: { reportId: id, kind: 'submitted', userId: approver1.id } })).toBe(1);
      expect(await db.notification.count({ where: { reportId: id, userId: signer.id } })).toBe(0);
      await expectUserError(step(signer, { step: 'signOff', reportId: id, version: submitted.version, confidentiality: true }), 'conflict');
      expect((await step(approver1, { step: 'approveAndPublish', reportId: id, version: submitted.version })).status).toBe('PUBLISHED');
    } finally {
      await setDistrict({ signOffRequired: true });
    }
  });

  it('four eyes across the chain: an admin who wrote a correction cannot publish it alone', async () => {
    const admin = await actor('admin');
    const health = (await db.department.findUniqueOrThrow({ where: { slug: 'health' } })).id;
    const healthSigner = await actor('health.reviewer');
    const report = await createReport(admin, { departmentId: health, year: 2021 }, now);
    const saved = await saveReportContent(admin, { reportId: report.id, version: report.version, content: contentFor(2021) });
    let state = await step(admin, { step: 'submit', reportId: report.id, version: saved.version });
    state = await step(healthSigner, { step: 'signOff', reportId: report.id, version: state.version, confidentiality: true });
    // The admin wrote it: they may not approve it.
    const refused = await expectUserError(step(admin, { step: 'approve', reportId: report.id, version: state.version }), 'forbidden');
    expect(refused.message).toContain('双人审核');
    await expectUserError(step(admin, { step: 'approveAndPublish', reportId: report.id, version: state.version }), 'forbidden');
    expect(await db.reportEdition.count({ where: { reportId: report.id } })).toBe(0);
    state = await step(approver1, { step: 'approveAndPublish', reportId: report.id, version: state.version });
    expect(state.status).toBe('PUBLISHED');

    // A correction the admin starts and explains (更正说明 is content) — with no content change at all.
    state = await step(admin, { step: 'startCorrection', reportId: report.id, version: state.version });
    state = await step(admin, { step: 'submit', reportId: report.id, version: state.version, changeNote: '更正落款单位名称的写法。' });
    state = await step(healthSigner, { step: 'signOff', reportId: report.id, version: state.version, confidentiality: true });
    await expectUserError(step(admin, { step: 'approveAndPublish', reportId: report.id, version: state.version }), 'forbidden');
    // Nothing of the refused steps remains.
    expect(await db.reportEdition.count({ where: { reportId: report.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: 'report.approveAndPublish', actorId: admin.id } })).toBe(0);
    state = await step(approver2, { step: 'approveAndPublish', reportId: report.id, version: state.version });
    expect(state.editionNumber).toBe(2);

    // Whoever writes the 更正说明 of a correction someone else started becomes one of its authors.
    const healthEditor = await actor('health.editor');
    state = await step(admin, { step: 'startCorrection', reportId: report.id, version: state.version });
    state = await step(healthEditor, { step: 'submit', reportId: report.id, version: state.version, changeNote: '补充更正说明。' });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).editorIds.sort()).toEqual([admin.id, healthEditor.id].sort());
  });
});
