// One report's journey across the three roles: drafted by 区教育局, blocked
// by a balance error, submitted with a warning explained, commented on and
// returned by an approver, fixed and resubmitted, approved and published.
import { e2eDb } from './support/db';
import { cell, waitSaved } from './support/editor';
import { expect, test } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

test('a report goes from draft to published across three roles', async ({ openPage }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const department = await db.department.findUniqueOrThrow({ where: { slug: 'education' } });
  expect(await db.report.count({ where: { departmentId: department.id, year: 2025 } })).toBe(0);

  // 1. The editor of 区教育局 drafts the 2025 report.
  const editor = await openPage('education.editor');
  await editor.getByRole('button', { name: '开始编制2025年度报告' }).click();
  await expect(editor).toHaveURL(/\/editor\/reports\//);
  const reportUrl = editor.url();
  await expect(editor.getByRole('heading', { name: '章贡区教育局2025年政府信息公开工作年度报告' })).toBeVisible();

  await editor.getByLabel('一、总体情况 第 1 段').fill('2025年，区教育局深入贯彻落实《中华人民共和国政府信息公开条例》，主动公开教育领域政府信息。');
  await editor.getByLabel('五、存在的主要问题及改进情况 第 1 段').fill('信息公开的及时性还需提高，将进一步完善工作机制。');
  await editor.getByLabel('六、其他需要报告的事项 第 1 段').fill('无其他需要报告的事项。');
  await editor.getByLabel('落款日期').fill('2026-01-20');
  await cell(editor, '一、本年新收政府信息公开申请数量 自然人').fill('10');
  await cell(editor, '（一）予以公开 自然人').fill('7');
  await cell(editor, '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人').fill('2');
  // The total is computed as typed.
  await expect(editor.locator('#cell-t3_applications-total_processed-natural_person')).toHaveText('9');
  await waitSaved(editor);

  // 2. Submission is blocked by the balance error; the message names the cell.
  await editor.getByRole('button', { name: '提交审核' }).click();
  const dialog = editor.getByRole('dialog', { name: '提交审核' });
  await expect(dialog).toContainText('还有 1 处错误，修改后才能提交');
  await expect(dialog).toContainText(
    '表三 “四、结转下年度继续办理” · 自然人：按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 1，填报为 0',
  );
  await expect(dialog.getByRole('button', { name: '确认提交' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  // The issue list links to the cell.
  await editor
    .getByTestId('issue-summary')
    .getByRole('link', { name: /表三 “四、结转下年度继续办理” · 自然人/ })
    .click();
  await expect(cell(editor, '四、结转下年度继续办理 自然人')).toBeFocused();
  await editor.keyboard.type('1');
  await waitSaved(editor);

  // 3. A warning (no 信息处理费 statement) needs an explanation.
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(dialog).toContainText('以下 1 条警告需要说明原因');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('有 1 条警告需要填写说明后才能提交。');
  await dialog.getByLabel(/“六、其他需要报告的事项”未报告收取信息处理费的情况/).fill('本单位本年度未收取信息处理费，将在下一版正文中写明。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待区政务公开办审核。')).toBeVisible();

  const report = await db.report.findFirstOrThrow({ where: { departmentId: department.id, year: 2025 } });
  expect(report.status).toBe('SUBMITTED');

  // 4. An approver sees it in the queue, comments on a table cell and returns it.
  const approver = await openPage('approver1');
  await approver.getByRole('link', { name: '审核区教育局2025年度报告' }).click();
  await expect(approver.getByTestId('explanations')).toContainText('本单位本年度未收取信息处理费');
  await approver.getByLabel('评论位置').selectOption('cell');
  await approver.getByLabel('表格', { exact: true }).selectOption({ label: '表三' });
  await approver.getByLabel('行', { exact: true }).selectOption({ label: '（一）予以公开' });
  await approver.getByLabel('列', { exact: true }).selectOption({ label: '自然人' });
  await approver.getByLabel('评论内容').fill('予以公开的数量与受理台账不一致，请核对。');
  await approver.getByRole('button', { name: '发表评论' }).click();
  await expect(approver.getByText('评论已发表')).toBeVisible();
  await expect(approver.getByText('表三 “（一）予以公开” · 自然人 · 第 1 版')).toBeVisible();
  await approver.getByRole('button', { name: '退回修改' }).click();
  await approver.getByLabel('退回原因').fill('请按受理台账核对表三数据后重新提交。');
  await approver.getByRole('button', { name: '确认退回修改' }).click();
  await expect(approver.getByText('已退回').first()).toBeVisible();

  // 5. The editor sees the return reason and the comment in place, fixes, resubmits.
  await editor.goto(reportUrl);
  await expect(editor.getByTestId('return-reason')).toHaveText('请按受理台账核对表三数据后重新提交。');
  const badge = editor.getByRole('button', { name: '该单元格有 1 条审核评论' });
  await badge.click();
  await expect(editor.getByText('予以公开的数量与受理台账不一致，请核对。')).toBeVisible();
  await cell(editor, '（一）予以公开 自然人').fill('6');
  await cell(editor, '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人').fill('3');
  await waitSaved(editor);
  await editor.getByRole('button', { name: '提交审核' }).click();
  await dialog.getByLabel(/信息处理费/).fill('本单位本年度未收取信息处理费。');
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待区政务公开办审核。')).toBeVisible();

  // 6. The approver sees what changed since the return, approves and publishes.
  await approver.reload();
  const changes = approver.getByTestId('changes');
  await expect(changes).toContainText('表三 “（一）予以公开” · 自然人');
  await expect(changes.getByRole('row', { name: /（一）予以公开/ })).toContainText('7');
  await expect(changes.getByRole('row', { name: /（一）予以公开/ })).toContainText('6');
  await approver.getByRole('button', { name: '审核通过' }).click();
  await expect(approver.getByText('已通过').first()).toBeVisible();
  approver.once('dialog', (confirm) => void confirm.accept());
  await approver.getByRole('button', { name: '发布', exact: true }).click();
  await expect(approver.getByText('已发布').first()).toBeVisible();

  // 7. Published: the public edition holds the approved data, and the editor is told.
  const published = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { publishedEdition: true } });
  expect(published.status).toBe('PUBLISHED');
  expect(published.publishedEdition?.title).toBe('章贡区教育局2025年政府信息公开工作年度报告');
  const content = published.publishedEdition?.content as { tables: { t3_applications: { granted: { natural_person: number } } } };
  expect(content.tables.t3_applications.granted.natural_person).toBe(6);
  await editor.goto('/notifications');
  await expect(editor.getByText('区教育局2025年度报告已发布')).toBeVisible();

  const actions = (await db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
  expect(actions.filter((action) => action !== 'report.save')).toEqual([
    'report.create',
    'report.submit',
    'report.startReview',
    'report.comment',
    'report.return',
    'report.submit',
    'report.approve',
    'report.publish',
  ]);

  // 8. The public reads it: in the directory and on its page, with the approved numbers.
  const reader = await openPage();
  await reader.goto('/reports?year=2025&department=education');
  await expect(reader.getByRole('status')).toHaveText('2025年度、章贡区教育局：共 1 份年度报告');
  await reader.getByRole('link', { name: '章贡区教育局2025年政府信息公开工作年度报告' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区教育局2025年政府信息公开工作年度报告');
  const applications = reader.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
  await expect(applications.getByRole('row', { name: /（一）予以公开/ }).getByRole('cell').first()).toHaveText('6');
});
