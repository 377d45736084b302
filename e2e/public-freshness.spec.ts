// The public pages are served from Next's cache, yet a correction that an
// approver publishes is public within seconds, exactly the pages that show it
// are rendered again (every other page stays cached), and the earlier edition
// stays readable at its own address.
import type { APIRequestContext } from '@playwright/test';
import { reportAt } from './support/db';
import { waitSaved } from './support/editor';
import { expect, test } from './support/fixtures';

const PARAGRAPH = '五、存在的主要问题及改进情况 第 1 段';
const CORRECTED = '更正后：部分栏目更新不够及时，已建立每月检查机制。';
const NOTE = '更正“五、存在的主要问题及改进情况”第一段的表述。';

/** Pages that do not show the audit bureau's 2024 report. */
const UNRELATED = ['/departments/finance/2020', '/departments/audit/2023', '/departments/finance', '/departments/market-regulation/2023/editions/1'];

const cacheState = async (request: APIRequestContext, path: string) => (await request.get(path)).headers()['x-nextjs-cache'];

test('a published correction replaces the public page within seconds; the first edition stays reachable', async ({ openPage, page: reader }) => {
  test.setTimeout(120_000);
  const report = await reportAt('audit', 2024);
  expect(report.editionNumber).toBe(1);

  // A reader has the page (now in the cache), and the year's data.
  await reader.goto('/departments/audit/2024');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区审计局2024年政府信息公开工作年度报告');
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);
  // (Other tests publish meanwhile and so empty the cache: ask until it is a hit.)
  await expect.poll(async () => (await reader.request.get('/departments/audit/2024')).headers()['x-nextjs-cache']).toBe('HIT');
  for (const path of UNRELATED) await expect.poll(() => cacheState(reader.request, path), { message: path }).toBe('HIT');
  const jsonBefore = await (await reader.request.get('/departments/audit/2024/report.json')).json();
  expect(jsonBefore.edition.number).toBe(1);

  // The department corrects it in a new edition …
  const editor = await openPage('audit.editor');
  await editor.goto(`/editor/reports/${report.id}`);
  editor.once('dialog', (confirm) => void confirm.accept());
  await editor.getByRole('button', { name: '更正报告（新版本）' }).click();
  const paragraph = editor.getByLabel(PARAGRAPH);
  await expect(paragraph).toBeEditable();
  const original = await paragraph.inputValue();
  expect(original).not.toBe('');
  await paragraph.fill(CORRECTED);
  await waitSaved(editor);
  await editor.getByRole('button', { name: '提交审核' }).click();
  const dialog = editor.getByRole('dialog', { name: '提交审核' });
  // Every warning needs an explanation (the demo data may raise some).
  await expect(dialog.getByLabel('更正说明（发布后向公众显示）')).toBeVisible();
  for (const explanation of await dialog.locator('textarea[id^="explain-"]').all()) await explanation.fill('已核实。');
  await dialog.getByLabel('更正说明（发布后向公众显示）').fill(NOTE);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(editor.getByText('报告已提交，等待本部门负责人进行保密审查并签发。')).toBeVisible();

  // The department's reviewer signs the correction off (先审后发) …
  const signer = await openPage('audit.reviewer');
  await signer.goto(`/review/reports/${report.id}`);
  await signer.getByRole('button', { name: '签发' }).click();
  await signer.getByRole('dialog', { name: '签发' }).getByLabel(/已进行保密审查/).check();
  await signer.getByRole('dialog', { name: '签发' }).getByRole('button', { name: '确认签发' }).click();
  await expect(signer.getByTestId('sign-off-record')).toBeVisible();

  // Until it is published, the public still sees the first edition.
  await reader.reload();
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);

  // … and an approver approves and publishes it.
  const approver = await openPage('approver1');
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

  // Pages that do not show it were not rendered again: still served from the cache.
  for (const path of UNRELATED) expect(await cacheState(reader.request, path), path).toBe('HIT');

  // The data, the department column and the directory follow.
  const jsonAfter = await (await reader.request.get('/departments/audit/2024/report.json')).json();
  expect(jsonAfter.edition).toMatchObject({ number: 2, changeNote: NOTE });
  await reader.goto('/reports?year=2024&department=audit');
  await expect(reader.getByRole('list', { name: '年度报告' })).toContainText('（第 2 版，已更正）');
  await reader.goto('/departments/audit');
  await expect(reader.getByTestId('department-year-2024')).toContainText('（第 2 版，已更正）');

  // The earlier edition stays readable, marked as corrected.
  await reader.goto('/departments/audit/2024');
  await reader.getByRole('region', { name: '版本记录' }).getByRole('link', { name: '第 1 版' }).click();
  await expect(reader).toHaveURL(/\/departments\/audit\/2024\/editions\/1$/);
  await expect(reader.getByRole('note').filter({ hasText: '该版本已被更正' })).toBeVisible();
  await expect(reader.getByText(original)).toBeVisible();
  await expect(reader.getByText(CORRECTED)).toHaveCount(0);
});

test('an unpublished report leaves the public pages and downloads within seconds, with its public reason', async ({ openPage, page: reader }) => {
  test.setTimeout(90_000);
  const report = await reportAt('civil-affairs', 2021);
  const reason = '数据需重新核实，核实后重新发布。';
  await reader.goto('/departments/civil-affairs/2021');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('章贡区民政局2021年政府信息公开工作年度报告');
  expect((await reader.request.get('/departments/civil-affairs/2021/report.json')).status()).toBe(200);

  const approver = await openPage('approver1');
  await approver.goto(`/review/reports/${report.id}`);
  await approver.getByRole('button', { name: '撤销发布' }).click();
  await approver.getByLabel('撤销原因（向公众公开）').fill(reason);
  await approver.getByRole('button', { name: '确认撤销发布' }).click();
  await expect(approver.getByText('已撤销发布').first()).toBeVisible();

  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('note')).toContainText(`撤销发布。说明：${reason}`, { timeout: 500 });
  }).toPass({ timeout: 10_000, intervals: [250, 500, 1000] });
  await expect(reader.getByRole('table')).toHaveCount(0);
  expect((await reader.request.get('/departments/civil-affairs/2021/report.json')).status()).toBe(404);
  expect((await reader.request.get('/departments/civil-affairs/2021/tables/t3_applications.csv')).status()).toBe(404);
  await reader.goto('/departments/civil-affairs');
  await expect(reader.getByTestId('department-year-2021')).toContainText(`撤销发布。说明：${reason}`);
  await reader.goto('/reports?year=2021&department=civil-affairs');
  await expect(reader.getByRole('status')).toHaveText('2021年度、章贡区民政局：共 0 份年度报告');
});

test('an address that names nothing answers 404 and is never kept in the cache', async ({ request }) => {
  for (const path of ['/departments/no-such-department', '/departments/finance/2018', '/departments/market-regulation/2023/editions/7']) {
    for (let visit = 0; visit < 3; visit++) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['x-nextjs-cache'], path).not.toBe('HIT');
    }
  }
});
