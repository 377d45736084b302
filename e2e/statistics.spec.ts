// The public statistics (/statistics): every chart an SVG image inlined in the
// page with its name, description, data table and CSV; the figures those of
// the published reports; filters in the address, with and without JavaScript;
// axe-core (WCAG 2.1 A/AA) clean and 关怀版 large enough, charts included.
// (Other tests publish 2025 reports meanwhile: the figures checked here are of
// earlier years.)
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { E2E_BASE_URL } from './support/constants';
import { e2eDb } from './support/db';
import { expect, test } from './support/fixtures';

const db = e2eDb();
const FINANCE = '/statistics?from=2019&to=2023&department=finance&year=2023&metric=applications';
const CHARTS = ['政府信息公开申请数量', '政府信息公开申请办理结果', '政府信息公开行政复议、行政诉讼案件数量', '主动公开：规章和规范性文件制发数量', '主动公开：行政许可、行政处罚、行政强制处理决定数量', '年度报告按时发布情况'];

/** 本年新收 (table 三, 总计) of a department by year, added up in the database. */
async function receivedByYear(slug: string, from: number, to: number): Promise<Map<number, number>> {
  const department = await db.department.findUniqueOrThrow({ where: { slug } });
  const sums = await db.publicReportCell.groupBy({
    by: ['year'],
    where: { departmentId: department.id, year: { gte: from, lte: to }, tableId: 't3_applications', rowKey: 'new_received', columnKey: 'total' },
    _sum: { value: true },
  });
  return new Map(sums.map((sum) => [sum.year, sum._sum.value ?? 0]));
}

/** A data table's body as text, row by row. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

async function expectCharts(page: Page, prefix: string) {
  for (const title of CHARTS) {
    const section = page.getByRole('region', { name: `${prefix}${title}`, exact: true });
    const image = section.getByRole('img', { name: `${prefix}${title}`, exact: true });
    await expect(image).toBeVisible();
    // Described by the summary under it; its data table and CSV beside it.
    const summary = await image.getAttribute('aria-describedby');
    await expect(section.locator(`[id="${summary}"]`)).toContainText(title);
    await expect(section.getByRole('table', { name: `数据表：${prefix}${title}`, exact: false })).toBeVisible();
    await expect(section.getByRole('link', { name: `下载 CSV：${prefix}${title}` })).toBeVisible();
  }
}

test('every chart shows as an image with its summary, its table of the published figures and its CSV', async ({ page }) => {
  await page.goto(FINANCE);
  await expect(page).toHaveTitle('数据统计｜章贡区政府信息公开工作年度报告');
  await expect(page.getByRole('status')).toHaveText(/^统计范围：2019—2023年度，章贡区财政局，共 5 份已公开的年度报告。$/);
  await expectCharts(page, '章贡区财政局：');
  await expect(page.getByRole('img', { name: '2023年度各部门“本年新收政府信息公开申请数量”对比' })).toBeVisible();
  // The chart is drawn with the fonts and the size of its column, not at a fixed size.
  const image = page.getByRole('img', { name: '章贡区财政局：政府信息公开申请数量' });
  expect(await image.evaluate((svg) => [svg.tagName, svg.getAttribute('width'), svg.querySelectorAll('text').length > 10])).toEqual(['svg', null, true]);

  // The table holds what the department published, year by year.
  const received = await receivedByYear('finance', 2019, 2023);
  const rows = await tableRows(page.getByRole('table', { name: /数据表：章贡区财政局：政府信息公开申请数量/ }));
  expect(rows.map((row) => row[0])).toEqual(['2019年度', '2020年度', '2021年度', '2022年度', '2023年度']);
  expect(rows.map((row) => row[1])).toEqual([2019, 2020, 2021, 2022, 2023].map((year) => (received.has(year) ? received.get(year)!.toLocaleString('zh-CN') : '未填报')));

  // The CSV downloads the same table.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSV：章贡区财政局：政府信息公开申请数量' }).click()]);
  expect(download.suggestedFilename()).toBe('章贡区财政局 政府信息公开申请数量（2019—2023年度）.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('\ufeff年度 (year),本年新收政府信息公开申请数量 (new_received),上年结转政府信息公开申请数量 (carried_over),本年度办理结果·总计 (total_processed),结转下年度继续办理 (carried_forward)');
  expect(lines.slice(1, 6).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([2019, 2020, 2021, 2022, 2023].map((year) => `${year},${received.get(year) ?? ''}`));

  // On time: the department's reports of each year, first published by 31 January of the next.
  const onTime = await tableRows(page.getByRole('table', { name: /数据表：章贡区财政局：年度报告按时发布情况/ }));
  expect(onTime.map((row) => row.slice(0, 3))).toEqual([2019, 2020, 2021, 2022, 2023].map((year) => [`${year}年度`, `${year + 1}-01-31`, '1']));
});

test('the filters are in the address: range, department, comparison year and figure', async ({ page }) => {
  await page.goto('/statistics');
  await expect(page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '数据统计' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('全部部门');
  await expectCharts(page, '');

  await page.getByLabel('起始年度').selectOption('2020');
  await page.getByLabel('截止年度').selectOption('2022');
  await page.getByLabel('部门对比年度').selectOption('2021');
  await page.getByLabel('部门对比指标').selectOption('review');
  // A department chosen from the suggestions goes into the address by its key.
  const department = page.getByLabel('部门（不选为全部部门）');
  await department.fill('财政');
  await expect(page.getByRole('listbox', { name: '部门建议' }).getByRole('option')).toHaveText(['章贡区财政局章贡区']);
  await department.press('ArrowDown');
  await department.press('Enter');
  await page.getByRole('button', { name: '查看统计' }).click();
  await expect(page).toHaveURL(/\/statistics\?from=2020&to=2022&department=finance&year=2021&metric=review$/);
  await expect(page.getByRole('status')).toHaveText(/^统计范围：2020—2022年度，章贡区财政局，/);
  const years = await tableRows(page.getByRole('table', { name: /数据表：章贡区财政局：政府信息公开行政复议、行政诉讼案件数量/ }));
  expect(years.map((row) => row[0])).toEqual(['2020年度', '2021年度', '2022年度']);

  // The comparison: its year and figure; the chosen department is marked; a name leads to that department's statistics.
  const comparison = page.getByRole('region', { name: '2021年度各部门“行政复议”对比' });
  await expect(comparison.getByRole('img', { name: '2021年度各部门“行政复议”对比' })).toBeVisible();
  await expect(comparison.getByRole('row', { name: /章贡区财政局（所选部门）/ })).toBeVisible();
  const other = comparison.getByRole('table').getByRole('link').filter({ hasNotText: '章贡区财政局' }).first();
  const name = (await other.textContent())!;
  await other.click();
  // (The address names finance until the click's navigation lands.)
  await expect(page).not.toHaveURL(/department=finance/);
  await expect(page).toHaveURL(/\/statistics\?from=2020&to=2022&department=[a-z-]+&year=2021&metric=review$/);
  await expect(page.getByRole('status')).toContainText(name);

  // The CSV of the same view, by its address.
  const response = await page.request.get(`${E2E_BASE_URL}/statistics/departments.csv?year=2021&metric=review`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await response.text()).split('\r\n')[0]).toBe('\ufeff部门 (department),部门标识 (department_slug),名次 (rank),行政复议 (value)');
});

test('bad filters are named; a name that fits several departments offers them', async ({ page }) => {
  for (const [query, message, status] of [
    ['from=abc', '起始年度“abc”：年度应为四位数字，例如 2024', 400],
    ['from=2024&to=2020', '起始年度“2024”晚于截止年度“2020”', 400],
    ['year=2007', '对比年度“2007”：报告年度不能早于 2019 年', 400],
    ['metric=all', '对比指标“all”', 400],
    // A well-formed key that names no department: the page says so (as /reports does).
    ['department=no-such-department', '部门“no-such-department”：没有这个部门', 200],
  ] as const) {
    const response = await page.goto(`/statistics?${query}`);
    expect(response?.status(), query).toBe(status);
    await expect(page.getByRole('main').getByRole('alert'), query).toContainText(message);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '查看统计' })).toBeVisible();
  }
  await page.goto('/statistics?department=%E5%B1%80');
  await page.getByRole('region', { name: /有多个部门的名称包含“局”/ }).getByRole('link', { name: '章贡区审计局' }).click();
  await expect(page).toHaveURL(/\/statistics\?department=audit$/);
  expect((await page.request.get(`${E2E_BASE_URL}/statistics/on-time.csv?from=abc`)).status()).toBe(400);
  expect((await page.request.get(`${E2E_BASE_URL}/statistics/on-time.csv?department=no-such-department`)).status()).toBe(404);
  expect((await page.request.get(`${E2E_BASE_URL}/statistics/no-such-chart.csv`)).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the charts are in the page, the form filters by a name typed by hand, the CSV downloads', async ({ page }) => {
    await page.goto('/statistics');
    await expectCharts(page, '');
    await page.getByLabel('起始年度').selectOption('2021');
    await page.getByLabel('截止年度').selectOption('2023');
    await page.getByLabel('部门（不选为全部部门）').fill('教育局');
    await page.getByRole('button', { name: '查看统计' }).click();
    await expect(page).toHaveURL(/\/statistics\?from=2021&to=2023&department=%E6%95%99%E8%82%B2%E5%B1%80&year=\d{4}&metric=applications$/);
    await expect(page.getByRole('status')).toHaveText(/^统计范围：2021—2023年度，章贡区教育局，共 3 份已公开的年度报告。$/);
    await expectCharts(page, '章贡区教育局：');
    // The CSV links name the department by its key.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 CSV：章贡区教育局：年度报告按时发布情况' }).click()]);
    expect(download.url()).toMatch(/\/statistics\/on-time\.csv\?from=2021&to=2023&department=education&year=\d{4}&metric=applications$/);
  });
});

for (const mode of ['std', 'care'] as const) {
  test(`no WCAG 2.1 A/AA violations (${mode === 'care' ? '关怀版' : '标准版'})`, async ({ page, context }) => {
    if (mode === 'care') await context.addCookies([{ name: 'nb_mode', value: 'care', url: E2E_BASE_URL }]);
    for (const path of ['/statistics', FINANCE, '/statistics?from=abc', '/statistics?department=%E5%B1%80']) {
      await page.goto(path, { waitUntil: 'load' });
      if (mode === 'care') await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
  });
}

test('关怀版: text at least 18 px, the charts’ too as drawn; controls at least 44×44 px; nothing scrolls sideways at 320 px', async ({ page, context }) => {
  await context.addCookies([{ name: 'nb_mode', value: 'care', url: E2E_BASE_URL }]);
  await page.goto(FINANCE, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement!;
      if (!node.textContent?.trim() || element.closest('[aria-hidden="true"], .sr-only')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      // Chart text is as large as the chart is drawn.
      const svg = element.closest('svg');
      const drawn = svg ? size * svg.getScreenCTM()!.a : size;
      if (drawn < 18) found.push(`${drawn.toFixed(1)}px: ${node.textContent.trim().slice(0, 20)}`);
      const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
      if (!svg && lineHeight / size < 1.5) found.push(`line height ${(lineHeight / size).toFixed(2)}: ${node.textContent.trim().slice(0, 20)}`);
    }
    for (const control of document.querySelectorAll<HTMLElement>('main button, main input, main select, main a:not(.inline-link)')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height < 44 || (control.matches('button') && box.width < 44)) found.push(`${Math.round(box.width)}×${Math.round(box.height)}: ${control.tagName} ${control.textContent?.trim().slice(0, 20)}`);
    }
    return found;
  });
  expect(problems).toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/statistics', FINANCE]) {
    await page.goto(path, { waitUntil: 'load' });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
  }
});
