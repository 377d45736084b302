// One report's journey along the whole chain (先审后发): drafted by 区教育局's
// editor, blocked by bare sub-headings and a balance error, submitted with a
// warning explained; returned by the department's reviewer, then signed off
// with the 保密审查; commented on and returned by the district, fixed, signed
// off again, approved and published. The stepper names who holds it at each
// step; the e-mails lead to the configured public address.
import { e2eDb } from './support/db';
import { cell, waitSaved } from './support/editor';
import { expect, test } from './support/fixtures';
import { E2E_PUBLIC_BASE_URL } from './support/constants';
import { mailText, readMailbox } from './support/mailbox';
import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

async function expectHolder(page: Page, stage: string, holder: string) {
  const stepper = page.getByRole('navigation', { name: '审核流程' });
  await expect(stepper.locator('[aria-current="step"]')).toHaveText(new RegExp(`当前：${stage}$`));
  await expect(stepper.getByTestId('report-holder')).toContainText(holder);
}

test('a report goes from draft through department sign-off and district review to published', async ({ openPage }) => {
  test.setTimeout(240_000);
  const db = e2eDb();
  const department = await db.department.findUniqueOrThrow({ where: { slug: 'education' } });
  expect(await db.report.count({ where: { departmentId: department.id, year: 2025 } })).toBe(0);

  // 1. The editor of 区教育局 drafts the 2025 report: the first paragraph only, under five bare sub-headings.
  const editor = await openPage('education.editor');
  await editor.getByRole('button', { name: '开始编制2025年度报告' }).click();
  await expect(editor).toHaveURL(/\/editor\/reports\//);
  const reportUrl = editor.url();
  await expect(editor.getByRole('heading', { name: '章贡区教育局2025年政府信息公开工作年度报告' })).toBeVisible();
  await expectHolder(editor, '部门编辑起草', '区教育局 信息公开专员');

  await editor.getByLabel('一、总体情况 第 1 段').fill('2025年，区教育局深入贯彻落实《中华人民共和国政府信息公开条例》，主动公开教育领域政府信息。');
  await editor.getByLabel('五、存在的主要问题及改进情况 第 1 段').fill('信息公开的及时性还需提高，将进一步完善工作机制。');
  await editor.getByLabel('六、其他需要报告的事项 第 1 段').fill('无其他需要报告的事项。');
  await editor.getByLabel('落款日期').fill('2026-01-20');
  await cell(editor, '一、本年新收政府信息公开申请数量 自然人').fill('10');
  await cell(editor, '（一）予以公开 自然人').fill('7');
  await cell(editor, '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人').fill('2');
  await expect(editor.locator('#cell-t3_applications-total_processed-natural_person')).toHaveText('9');
  await waitSaved(editor);

  // 2. Submission is blocked: the bare sub-headings and the balance error, each named.
  await editor.getByRole('button', { name: '提交审核' }).click();
  const dialog = editor.getByRole('dialog', { name: '提交审核' });
  await expect(dialog).toContainText('还有 11 处错误，修改后才能提交');
  await expect(dialog).toContainText('“一、总体情况”小标题“（一）主动公开情况”下没有正文：请填写，或删除这个小标题。');
  await expect(dialog).toContainText('“一、总体情况”第 2 段为空：请填写，或删除这一段。');
  await expect(dialog).toContainText('表三 “四、结转下年度继续办理” · 自然人：按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 1，填报为 0');
  await expect(dialog.getByRole('button', { name: '确认提交' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  // The issue list links to the sub-heading; the editor writes under two and deletes the other three.
  const issues = editor.getByTestId('issue-summary');
  await issues.getByRole('link', { name: /小标题“（一）主动公开情况”下没有正文/ }).click();
  await expect(editor.getByLabel('一、总体情况 第 1 个小标题')).toBeFocused();
  await editor.getByLabel('一、总体情况 第 2 段').fill('全年主动公开政府信息 120 条。');
  await editor.getByLabel('一、总体情况 第 3 段').fill('全年收到政府信息公开申请 10 件，均按时答复。');
  for (let left = 3; left > 0; left--) {
    await editor.getByRole('button', { name: '删除第 3 个小标题' }).click();
    await editor.getByRole('button', { name: '删除第 4 段' }).click();
  }
  await expect(editor.getByLabel(/一、总体情况 第 3 个小标题/)).toHaveCount(0);
  // The balance error: its message is shown at the cell itself, and the issue list links to it.
  const carry = editor.locator('td', { has: cell(editor, '四、结转下年度继续办理 自然人') });
  await expect(carry.locator('.editor-cell-note-error')).toContainText('按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 1，填报为 0');
  await expect(cell(editor, '四、结转下年度继续办理 自然人')).toHaveAccessibleDescription(/应为 1，填报为 0/);
  await issues.getByRole('link', { name: /表三 “四、结转下年度继续办理” · 自然人/ }).click();
  await expect(cell(editor, '四、结转下年度继续办理 自然人')).toBeFocused();
  await editor.keyboard.type('1');
  await waitSaved(editor);

  // 3. A warning (no 信息处理费 statement) needs an explanation; then it goes to the department's reviewer.
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(dialog).toContainText('以下 1 条警告需要说明原因');
  await expect(dialog).toContainText('先由本部门负责人进行保密审查并签发');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('有 1 条警告需要填写说明后才能提交。');
  await dialog.getByLabel(/“六、其他需要报告的事项”未报告收取信息处理费的情况/).fill('本单位本年度未收取信息处理费，将在下一版正文中写明。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待本部门负责人进行保密审查并签发。')).toBeVisible();
  await expectHolder(editor, '部门负责人签发', '区教育局 分管负责人');
  const report = await db.report.findFirstOrThrow({ where: { departmentId: department.id, year: 2025 } });
  expect(report.status).toBe('AWAITING_SIGNOFF');
  // Only bare headings and empty paragraphs are gone; what was written is kept.
  expect((report.content as { sections: { s1: unknown[] } }).sections.s1).toHaveLength(5);

  // The reviewer's e-mail leads to the configured public address, not to where the test runs.
  await expect.poll(() => readMailbox().filter((mail) => mail.to.includes('education.reviewer@zhanggong.example.gov.cn')).length).toBe(1);
  const invitation = readMailbox().find((mail) => mail.to.includes('education.reviewer@zhanggong.example.gov.cn'))!;
  expect(mailText(invitation.raw)).toContain(`${E2E_PUBLIC_BASE_URL}/review/reports/${report.id}`);

  // 4. The department's reviewer returns it to the editor with a reason; the district does not see it yet.
  const signer = await openPage('education.reviewer');
  await expect(signer.getByRole('heading', { name: '部门签发' })).toBeVisible();
  await signer.getByRole('link', { name: '签发区教育局2025年度报告' }).click();
  await expectHolder(signer, '部门负责人签发', '区教育局 分管负责人');
  await signer.getByRole('button', { name: '退回编辑修改' }).click();
  await signer.getByLabel('退回原因').fill('第一部分请补充依申请公开的办理时限情况。');
  await signer.getByRole('button', { name: '确认退回编辑修改' }).click();
  await expectHolder(signer, '部门编辑起草', '区教育局 信息公开专员');
  const approver = await openPage('approver1');
  await expect(approver.getByRole('link', { name: '审核区教育局2025年度报告' })).toHaveCount(0);

  await editor.goto(reportUrl);
  await expect(editor.getByTestId('return-reason')).toHaveText('第一部分请补充依申请公开的办理时限情况。');
  await editor.getByLabel('一、总体情况 第 3 段').fill('全年收到政府信息公开申请 10 件，均在法定期限内答复。');
  await waitSaved(editor);
  await editor.getByRole('button', { name: '提交审核' }).click();
  await dialog.getByLabel(/信息处理费/).fill('本单位本年度未收取信息处理费。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待本部门负责人进行保密审查并签发。')).toBeVisible();

  // 5. The reviewer signs it off with the 保密审查: it reaches the district.
  await signer.reload();
  await signer.getByRole('button', { name: '签发' }).click();
  const signOff = signer.getByRole('dialog', { name: '签发' });
  await expect(signOff.getByLabel(/已进行保密审查/)).not.toBeChecked();
  await signOff.getByLabel(/已进行保密审查/).check();
  await signOff.getByLabel('审查备注（可选）').fill('已由办公室保密员复核。');
  await signOff.getByRole('button', { name: '确认签发' }).click();
  await expectHolder(signer, '区政务公开办审核', '政务公开办 审核员一');
  await expect(signer.getByTestId('sign-off-record')).toContainText('签发人：区教育局 分管负责人');

  // 6. The district's approver sees the sign-off and its 保密审查, comments on a cell and returns the report.
  await approver.reload();
  await approver.getByRole('link', { name: '审核区教育局2025年度报告' }).click();
  const record = approver.getByTestId('sign-off-record');
  await expect(record).toContainText('签发人：区教育局 分管负责人');
  await expect(record).toContainText('保密审查：已确认。本人已按照《中华人民共和国保守国家秘密法》');
  await expect(record).toContainText('审查备注：已由办公室保密员复核。');
  await expect(approver.getByTestId('explanations')).toContainText('本单位本年度未收取信息处理费');
  await approver.getByLabel('评论位置').selectOption('cell');
  await approver.getByLabel('表格', { exact: true }).selectOption({ label: '表三' });
  await approver.getByLabel('行', { exact: true }).selectOption({ label: '（一）予以公开' });
  await approver.getByLabel('列', { exact: true }).selectOption({ label: '自然人' });
  await approver.getByLabel('评论内容').fill('予以公开的数量与受理台账不一致，请核对。');
  await approver.getByRole('button', { name: '发表评论' }).click();
  await expect(approver.getByText('评论已发表')).toBeVisible();
  await approver.getByRole('button', { name: '退回修改' }).click();
  await approver.getByLabel('退回原因').fill('请按受理台账核对表三数据后重新提交。');
  await approver.getByRole('button', { name: '确认退回修改' }).click();
  await expectHolder(approver, '部门编辑起草', '区教育局 信息公开专员');

  // 7. The editor finds every open comment listed and linked to its cell; fixes; it goes through the department again.
  await editor.goto(reportUrl);
  await expect(editor.getByTestId('return-reason')).toHaveText('请按受理台账核对表三数据后重新提交。');
  const openComments = editor.getByRole('list', { name: '未处理的评论' });
  await expect(editor.getByRole('heading', { name: '审核退回（1 条未处理的评论）' })).toBeVisible();
  await openComments.getByRole('link', { name: '表三 “（一）予以公开” · 自然人' }).click();
  await expect(cell(editor, '（一）予以公开 自然人')).toBeFocused();
  await cell(editor, '（一）予以公开 自然人').fill('6');
  await cell(editor, '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人').fill('3');
  await waitSaved(editor);
  await editor.getByRole('button', { name: '提交审核' }).click();
  await dialog.getByLabel(/信息处理费/).fill('本单位本年度未收取信息处理费。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待本部门负责人进行保密审查并签发。')).toBeVisible();
  await signer.reload();
  await signer.getByRole('button', { name: '签发' }).click();
  await signOff.getByLabel(/已进行保密审查/).check();
  await signOff.getByRole('button', { name: '确认签发' }).click();
  await expectHolder(signer, '区政务公开办审核', '政务公开办');

  // 8. The approver sees what changed since the return, approves and publishes; staff pages link to the public page.
  await approver.reload();
  const changes = approver.getByTestId('changes');
  await expect(changes).toContainText('表三 “（一）予以公开” · 自然人');
  await approver.getByRole('button', { name: '审核通过' }).click();
  await expectHolder(approver, '发布', '政务公开办');
  approver.once('dialog', (confirm) => void confirm.accept());
  await approver.getByRole('button', { name: '发布', exact: true }).click();
  await expect(approver.getByRole('navigation', { name: '审核流程' }).locator('[aria-current="step"]')).toHaveText(/当前：已公开$/);
  await expect(approver.getByRole('link', { name: '查看公开页面' })).toHaveAttribute('href', '/departments/education/2025');

  const published = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { publishedEdition: true } });
  expect(published.status).toBe('PUBLISHED');
  const content = published.publishedEdition?.content as { tables: { t3_applications: { granted: { natural_person: number } } } };
  expect(content.tables.t3_applications.granted.natural_person).toBe(6);
  await editor.goto('/notifications');
  await expect(editor.getByText('区教育局2025年度报告已发布')).toBeVisible();

  const actions = (await db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
  expect(actions.filter((action) => action !== 'report.save')).toEqual([
    'report.create',
    'report.submit',
    'report.returnToEditor',
    'report.submit',
    'report.signOff',
    'report.startReview',
    'report.comment',
    'report.return',
    'report.submit',
    'report.signOff',
    'report.approve',
    'report.publish',
  ]);
  // The history on the report's page shows the 签发 with its 保密审查.
  const history = approver.getByRole('table', { name: '报告历史记录' });
  await expect(history.getByRole('row', { name: /签发/ }).first()).toContainText('保密审查：本人已按照');

  // 9. The public reads it, with the approved numbers and no bare sub-heading.
  const reader = await openPage();
  await reader.goto('/departments/education/2025');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区教育局2025年政府信息公开工作年度报告');
  await expect(reader.getByText('（一）主动公开情况')).toBeVisible();
  await expect(reader.getByText('（三）政府信息管理')).toHaveCount(0);
  const applications = reader.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
  await expect(applications.getByRole('row', { name: /（一）予以公开/ }).getByRole('cell').first()).toHaveText('6');
});
