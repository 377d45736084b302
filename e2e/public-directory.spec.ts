// The public directory (/reports): filters driven by the URL, with and
// without JavaScript, by keyboard alone, and clear answers to bad values.
import type { Page } from '@playwright/test';
import { DEMO_DEPARTMENTS } from '@/prisma/seed/data/district';
import { e2eDb } from './support/db';
import { expect, test } from './support/fixtures';

const db = e2eDb();

async function publishedCount(where: { year?: number; slug?: string } = {}) {
  return db.report.count({
    where: {
      publishedEditionId: { not: null },
      ...(where.year ? { year: where.year } : {}),
      ...(where.slug ? { department: { slug: where.slug } } : {}),
    },
  });
}

async function resultTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: '年度报告' }).getByRole('link').allTextContents();
}

test('filters by year, by department, by both and by none; every view is a link that round-trips', async ({ page }) => {
  // None: everything, newest year first, in pages.
  await page.goto('/reports');
  await expect(page).toHaveTitle('年度报告目录｜章贡区政府信息公开工作年度报告');
  // (Other tests publish and take down reports meanwhile: the page's own total is the reference.)
  const status = (await page.getByRole('status').textContent()) ?? '';
  const [, shown, pages] = /^全部：共 (\d+) 份年度报告，第 1 \/ (\d+) 页$/.exec(status) ?? [];
  const total = Number(shown);
  expect(total).toBeGreaterThan(140);
  expect(Number(pages)).toBe(Math.ceil(total / 20));
  expect(await resultTitles(page)).toHaveLength(20);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/reports\?page=2$/);
  await expect(page.getByRole('status')).toContainText(`第 2 / ${Math.ceil(total / 20)} 页`);

  // Year only.
  await page.goto('/reports');
  await page.getByLabel('年度', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/reports\?year=2024$/);
  await expect(page.getByRole('status')).toHaveText(`2024年度：共 ${await publishedCount({ year: 2024 })} 份年度报告，第 1 / 2 页`);
  expect((await resultTitles(page)).every((title) => title.includes('2024年政府信息公开工作年度报告'))).toBe(true);

  // Department only: typed, then chosen from the suggestions by keyboard.
  await page.goto('/reports');
  const department = page.getByLabel('部门', { exact: true });
  await department.fill('财政');
  await expect(page.getByRole('listbox', { name: '部门建议' }).getByRole('option')).toHaveText(['章贡区财政局章贡区']);
  await department.press('ArrowDown');
  await expect(department).toHaveAttribute('aria-activedescendant', /option-0$/);
  await department.press('Enter');
  await expect(department).toHaveValue('章贡区财政局');
  await expect(page.getByRole('listbox', { name: '部门建议' })).toBeHidden();
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/reports\?department=finance$/);
  await expect(page.getByRole('status')).toHaveText(`章贡区财政局：共 ${await publishedCount({ slug: 'finance' })} 份年度报告`);
  expect(await resultTitles(page)).toContain('章贡区财政局2020年政府信息公开工作年度报告');

  // Both: the real 2020 report of 区财政局, which is not demo data.
  await page.getByLabel('年度', { exact: true }).selectOption('2020');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/reports\?year=2020&department=finance$/);
  await expect(page.getByRole('status')).toHaveText('2020年度、章贡区财政局：共 1 份年度报告');
  const item = page.getByRole('list', { name: '年度报告' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).not.toContainText('演示数据');

  // The link round-trips: opened afresh, it shows the same view with the form filled in.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByLabel('年度', { exact: true })).toHaveValue('2020');
  await expect(other.getByLabel('部门', { exact: true })).toHaveValue('章贡区财政局');
  await expect(other.getByRole('status')).toHaveText('2020年度、章贡区财政局：共 1 份年度报告');
  await other.getByRole('link', { name: '章贡区财政局2020年政府信息公开工作年度报告' }).click();
  await expect(other).toHaveURL(/\/departments\/finance\/2020$/);

  // Clear.
  await page.getByRole('link', { name: '清除' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('');
});

test('a text search looks in titles and report text', async ({ page }) => {
  await page.goto('/reports?q=%E7%AB%A0%E8%B4%A1%E5%8C%BA%E8%B4%A2%E6%94%BF%E5%B1%802020');
  await expect(page.getByRole('status')).toHaveText('包含“章贡区财政局2020”：共 1 份年度报告');
  await page.getByLabel('关键词', { exact: true }).fill('依申请公开');
  await page.getByLabel('年度', { exact: true }).selectOption('2023');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.getByRole('status')).toHaveText(/^2023年度、包含“依申请公开”：共 \d+ 份年度报告/);
});

test('bad filter values get a clear message naming the value, never a server error', async ({ page }) => {
  for (const [query, status, message] of [
    ['year=abc', 400, '年度“abc”：年度应为四位数字，例如 2024'],
    ['year=2007', 400, '年度“2007”：报告年度不能早于 2019 年'],
    ['page=0', 400, '页码“0”：页码应为正整数'],
    ['page=10000000', 400, '页码“10000000”：页码应为正整数'],
    ['department=%E8%B4%A2%00', 400, '部门“财\ufffd”：含有不可见的控制字符（第 2 个字符，U+0000），请删除后再提交。'],
    ['department=no-such-department', 200, '部门“no-such-department”：没有名称包含这些文字的部门，请换一个名称。'],
    ['year=2024&page=9', 200, '页码“9”：超出范围，符合条件的结果共 2 页。'],
  ] as const) {
    const response = await page.goto(`/reports?${query}`);
    expect(response?.status(), query).toBe(status);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert, query).toContainText('筛选条件有误');
    await expect(alert, query).toContainText(message);
    // The form is still there to correct the filter.
    await expect(page.getByRole('button', { name: '筛选' })).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the directory filters by a department name typed by hand, offers candidates, pages, and 关怀版 switches', async ({ page }) => {
    await page.goto('/reports');
    await page.getByLabel('年度', { exact: true }).selectOption('2022');
    await page.getByLabel('部门', { exact: true }).fill('教育局');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/\/reports\?year=2022&department=%E6%95%99%E8%82%B2%E5%B1%80&q=$/);
    await expect(page.getByRole('status')).toHaveText('2022年度、章贡区教育局：共 1 份年度报告');
    await expect(page.getByLabel('部门', { exact: true })).toHaveValue('章贡区教育局');

    // A name that fits several departments: choose one of them.
    await page.getByLabel('部门', { exact: true }).fill('局');
    await page.getByRole('button', { name: '筛选' }).click();
    const candidates = page.getByRole('region', { name: /有多个部门的名称包含“局”/ });
    await expect(candidates.getByRole('link')).toHaveCount(10);
    await candidates.getByRole('link', { name: '章贡区审计局' }).click();
    await expect(page).toHaveURL(/\/reports\?year=2022&department=audit$/);
    await expect(page.getByRole('status')).toHaveText('2022年度、章贡区审计局：共 1 份年度报告');

    // Pages: a window of links, and the next page.
    await page.goto('/reports');
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/reports\?page=2$/);

    await page.goto('/departments/education/2022');
    const mainFont = () => page.locator('main').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await mainFont()).toBeLessThan(18);
    await page.getByRole('button', { name: '关怀版' }).click();
    await expect(page).toHaveURL(/\/departments\/education\/2022$/);
    await expect(page.getByRole('button', { name: '退出关怀版' })).toBeVisible();
    await expect(page.getByRole('button', { name: '关怀版', exact: true })).toBeHidden();
    expect(await mainFont()).toBeGreaterThanOrEqual(18);
    // The same HTML for everybody: the mode comes from a stylesheet that only visitors without JavaScript load.
    await page.getByRole('button', { name: '退出关怀版' }).click();
    await expect(page.getByRole('button', { name: '关怀版', exact: true })).toBeVisible();
    expect(await mainFont()).toBeLessThan(18);
  });
});

test('keyboard alone: skip link, 关怀版 switch and the filters', async ({ page }) => {
  await page.goto('/reports');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();

  // To the 关怀版 switch and press it.
  const careSwitch = page.getByRole('button', { name: '关怀版' });
  for (let presses = 0; presses < 5 && !(await careSwitch.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(careSwitch).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');
  await expect(page).toHaveURL(/\/reports$/);
  // The focus stays on the switch, now offering the way back.
  await expect(page.getByRole('button', { name: '退出关怀版' })).toBeFocused();

  // To the year filter, choose a year with the arrow keys, submit with Enter.
  const year = page.getByLabel('年度', { exact: true });
  for (let presses = 0; presses < 20 && !(await year.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(year).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await year.inputValue();
  expect(chosen).toMatch(/^\d{4}$/);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('部门', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('关键词', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/reports\\?year=${chosen}$`));
  await expect(page.getByRole('status')).toContainText(`${chosen}年度`);
  // Still in 关怀版: the choice is kept across pages.
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');

  // Focus is visible.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none/);
});

test('home, department directory and open data lead to the reports and their data', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索年度报告' }).fill('章贡区财政局2020');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/reports\?q=/);
  await expect(page.getByRole('status')).toHaveText('包含“章贡区财政局2020”：共 1 份年度报告');

  await page.goto('/');
  await page.getByRole('link', { name: '2024年度报告', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\?year=2024$/);

  await page.goto('/departments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('部门信息公开目录');
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: '章贡区财政局' })).toContainText('已发布 7 份年度报告');
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThanOrEqual(DEMO_DEPARTMENTS.length);
  await page.getByRole('link', { name: '章贡区财政局' }).click();
  await expect(page).toHaveURL(/\/departments\/finance$/);

  await page.goto('/open-data');
  const yearCsv = page.getByRole('link', { name: /^2020年度（\d+ 份报告，CSV）$/ });
  const response = await page.request.get((await yearCsv.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  // Only years with published reports are offered.
  await expect(page.getByRole('link', { name: /^2026年度/ })).toHaveCount(0);
});

test('addresses that name nothing answer 404 in Chinese, never a server error', async ({ request }) => {
  for (const [path, status] of [
    ['/departments/no-such-department', 404],
    ['/departments/finance/2018', 404],
    ['/departments/finance/2099', 404],
    ['/departments/market-regulation/2023/editions/9', 404],
    ['/departments/market-regulation/2023/editions/0', 404],
    ['/departments/finance/2020/tables/t9.csv', 404],
    ['/departments/finance/2021/tables/t2_art20_9.csv', 404],
    ['/departments/emergency/2025/report.json', 404],
    ['/open-data/1999.csv', 404],
    ['/open-data/report.csv', 404],
    ['/reports?q=%00', 400],
    ['/reports?page=10000000', 400],
    ['/departments?page=0', 400],
    ['/departments/%ff', 400],
    ['/departments/finance/%E4%B8', 400],
    ['/departments/%', 400],
    ['/open-data/%ff.csv', 400],
    // A control character in the address (lib/http/malformed-request.ts).
    ['/departments/finance%00', 400],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(await response.text(), path).toMatch(/[\u4e00-\u9fff]/);
  }
});

test('text searches are limited per address: past 30 a minute, 429 with the time to wait', async ({ request }) => {
  const address = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200) + 20}` };
  for (let search = 1; search <= 30; search++) {
    const response = await request.get(`/reports?q=${encodeURIComponent(`公开${search}`)}`, { headers: address });
    expect(response.status(), `search ${search}`).toBe(200);
  }
  const refused = await request.get('/reports?q=%E5%85%AC%E5%BC%80', { headers: address });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await refused.text()).toMatch(/搜索过于频繁，请 \d+ 秒后再试。/);
  // Browsing without a search text is not limited, nor is another address.
  expect((await request.get('/reports?year=2024', { headers: address })).status()).toBe(200);
  expect((await request.get('/reports?q=%E5%85%AC%E5%BC%80', { headers: { 'x-forwarded-for': '198.51.100.7' } })).status()).toBe(200);
});

test('the department directory pages, finds by name, and sends unknown filters back with a message', async ({ page }) => {
  await page.goto('/departments');
  await expect(page.getByRole('status')).toHaveText(/^全部：共 \d+ 个部门$/);
  await page.getByLabel('部门名称').fill('审计');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page).toHaveURL(/\/departments\?q=%E5%AE%A1%E8%AE%A1$/);
  await expect(page.getByRole('status')).toHaveText('名称包含“审计”：共 1 个部门');
  await page.getByRole('link', { name: '章贡区审计局' }).click();
  await expect(page).toHaveURL(/\/departments\/audit$/);

  const response = await page.goto('/departments?q=%E4%B8%8D%E5%AD%98%E5%9C%A8');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('没有找到符合条件的部门。')).toBeVisible();
  expect((await page.goto('/departments?district=nowhere'))?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('行政区“nowhere”：没有这个行政区。');
  expect((await page.goto('/departments?page=abc'))?.status()).toBe(400);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('页码“abc”：页码应为正整数');
});

test('suggestions answer in JSON with the department’s key, name and district, and refuse bad input', async ({ request }) => {
  const found = await request.get('/api/departments?q=%E8%B4%A2%E6%94%BF');
  expect(found.status()).toBe(200);
  expect(await found.json()).toEqual({ departments: [{ slug: 'finance', name: '章贡区财政局', districtName: '章贡区' }] });
  expect(await (await request.get('/api/departments?q=')).json()).toEqual({ departments: [] });
  const bad = await request.get(`/api/departments?q=${'字'.repeat(51)}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('部门名称');
});
