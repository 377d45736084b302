// The public pages are served from Next's cache, yet a correction that an
// approver publishes is public within seconds, and the earlier edition stays
// readable at its own address.
import { expect, test, type Page } from '@playwright/test';
import { e2eDb } from './support/db';
import { signIn } from './support/session';

const db = e2eDb();
const PARAGRAPH = '五、存在的主要问题及改进情况 第 1 段';
const CORRECTED = '更正后：部分栏目更新不够及时，已建立每月检查机制。';
const NOTE = '更正“五、存在的主要问题及改进情况”第一段的表述。';

async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText(/^已保存 \d{2}:\d{2}$/, { timeout: 15_000 });
}

test('a published correction replaces the public page within seconds; the first edition stays reachable', async ({ browser, page: reader }) => {
  test.setTimeout(120_000);
  const report = await db.report.findFirstOrThrow({ where: { year: 2024, department: { slug: 'audit' } }, include: { publishedEdition: true } });
  expect(report.editionNumber).toBe(1);

  // A reader has the page (now in the cache), and the year's data.
  await reader.goto('/departments/audit/2024');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区审计局2024年政府信息公开工作年度报告');
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);
  expect((await reader.request.get('/departments/audit/2024')).headers()['x-nextjs-cache']).toBe('HIT');
  const jsonBefore = await (await reader.request.get('/departments/audit/2024/report.json')).json();
  expect(jsonBefore.edition.number).toBe(1);

  // The department corrects it in a new edition …
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'audit.editor');
  await editor.goto(`/editor/reports/${report.id}`);
  editor.once('dialog', (confirm) => void confirm.accept());
  await editor.getByRole('button', { name: '更正报告（新版本）' }).click();
  const paragraph = editor.getByLabel(PARAGRAPH);
  await expect(paragraph).toBeEditable();
  const original = await paragraph.inputValue();
  await paragraph.fill(CORRECTED);
  await waitSaved(editor);
  await editor.getByRole('button', { name: '提交审核' }).click();
  const dialog = editor.getByRole('dialog', { name: '提交审核' });
  for (const explanation of await dialog.locator('textarea[id^="explain-"]').all()) await explanation.fill('已核实。');
  await dialog.getByLabel('更正说明（发布后向公众显示）').fill(NOTE);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待区政务公开办审核。')).toBeVisible();

  // Until it is published, the public still sees the first edition.
  await reader.reload();
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);

  // … and an approver approves and publishes it.
  const approver = await (await browser.newContext()).newPage();
  await signIn(approver, 'approver1');
  await approver.goto(`/review/reports/${report.id}`);
  approver.once('dialog', (confirm) => void confirm.accept());
  await approver.getByRole('button', { name: '通过并发布' }).click();
  await expect(approver.getByText('已发布').first()).toBeVisible();
  const publishedAt = Date.now();

  // The public page shows the new edition and its 更正说明 within seconds.
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByText(CORRECTED)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000, intervals: [250, 500, 1000] });
  expect(Date.now() - publishedAt).toBeLessThan(10_000);
  await expect(reader.getByRole('region', { name: /更正说明/ })).toContainText(NOTE);
  await expect(reader.getByRole('region', { name: '版本记录' }).getByRole('link', { name: '第 2 版' })).toHaveAttribute('aria-current', 'page');

  // The data, the department column and the directory follow.
  const jsonAfter = await (await reader.request.get('/departments/audit/2024/report.json')).json();
  expect(jsonAfter.edition).toMatchObject({ number: 2, changeNote: NOTE });
  await reader.goto('/reports?year=2024&department=audit');
  await expect(reader.getByRole('list', { name: '年度报告' })).toContainText('（第 2 版，已更正）');

  // The earlier edition stays readable, marked as corrected.
  await reader.goto('/departments/audit/2024');
  await reader.getByRole('region', { name: '版本记录' }).getByRole('link', { name: '第 1 版' }).click();
  await expect(reader).toHaveURL(/\/departments\/audit\/2024\/editions\/1$/);
  await expect(reader.getByRole('note').filter({ hasText: '该版本已被更正' })).toBeVisible();
  if (original) await expect(reader.getByText(original)).toBeVisible();
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);
});
