// A published report's public page: the official layout, 访问量, edition
// history, print, and the open-data downloads (JSON, CSV).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { departmentSearchFields, syncPublicReport } from '@/lib/public/public-index';
import { DEMO_DEPARTMENTS } from '@/prisma/seed/data/district';
import { E2E_PUBLIC_BASE_URL } from './support/constants';
import { e2eDb, reportAt } from './support/db';
import { expect, test } from './support/fixtures';
import { signIn } from './support/session';

const db = e2eDb();

async function viewCount(slug: string, year: number): Promise<number> {
  return (await reportAt(slug, year)).viewCount;
}

/** Waits until the page's 访问量 beacon has answered. */
async function shownViews(page: Page): Promise<number> {
  const counter = page.getByTestId('view-count');
  await expect(counter).toHaveAttribute('data-answered', 'true');
  return Number((await counter.textContent())!.replaceAll(',', ''));
}

test('the report page: breadcrumb, title, date, the official layout, and a department column with notices', async ({ page }) => {
  await page.goto('/departments/finance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('章贡区财政局 · 政府信息公开工作年度报告');
  await page.getByRole('link', { name: '章贡区财政局2020年政府信息公开工作年度报告' }).click();

  await expect(page).toHaveURL(/\/departments\/finance\/2020$/);
  await expect(page).toHaveTitle('章贡区财政局2020年政府信息公开工作年度报告｜章贡区政府信息公开工作年度报告');
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs).toHaveText(/首页\s*>\s*部门信息公开目录\s*>\s*区财政局\s*>\s*年度报告/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('章贡区财政局2020年政府信息公开工作年度报告');
  await expect(page.getByText(/^发布日期：\d{4}年\d{1,2}月\d{1,2}日$/)).toBeVisible();
  await expect(page.getByText('访问量：')).toBeVisible();
  // The real report is not demo data; the six parts of the official format are there.
  await expect(page.getByText('演示数据：')).toHaveCount(0);
  for (const part of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
    await expect(page.getByRole('heading', { name: part })).toBeVisible();
  }
  // Tables have captions, and header cells for their rows and columns.
  const procurement = page.getByRole('table', { name: /第二十条第（九）项/ });
  await expect(procurement).toBeVisible();
  await expect(procurement.getByRole('columnheader', { name: '采购项目数量' })).toBeVisible();
  await expect(procurement.getByRole('row', { name: /政府集中采购/ })).toContainText('172621.8');

  // A demo department's column: every year, with a notice where nothing is published
  // (区应急管理局's 2025 report is left undone by the demo data, and by every test).
  await page.goto('/departments/emergency');
  await expect(page.getByTestId('department-year-2025')).toContainText('该部门2025年度报告尚未发布。');
  await expect(page.getByTestId('department-year-2024').getByText('演示数据')).toBeVisible();
  await page.goto('/departments/emergency/2025');
  await expect(page.getByRole('note')).toHaveText('该部门2025年度报告尚未发布。');
});

test('a corrected report shows its 更正说明 and keeps the earlier edition readable', async ({ page }) => {
  await page.goto('/departments/market-regulation/2023');
  await expect(page.getByRole('region', { name: '版本记录' }).getByRole('link', { name: '第 2 版' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: /更正说明/ })).toContainText('更正“二、主动公开政府信息情况”');
  const history = page.getByRole('region', { name: '版本记录' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('link', { name: '第 1 版' }).click();
  await expect(page).toHaveURL(/\/departments\/market-regulation\/2023\/editions\/1$/);
  await expect(page.getByRole('note').filter({ hasText: '该版本已被更正' })).toBeVisible();
  await page.getByRole('link', { name: '查看现行第 2 版' }).click();
  await expect(page).toHaveURL(/\/departments\/market-regulation\/2023$/);
  // The current edition has a single address.
  await page.goto('/departments/market-regulation/2023/editions/2');
  await expect(page).toHaveURL(/\/departments\/market-regulation\/2023$/);
});

test('访问量 rises once for a real visit, not for a repeat within 30 minutes, a prefetch or a bot', async ({ openPage, request }) => {
  const before = await viewCount('justice', 2023);
  const page = await openPage();
  await page.goto('/departments/justice/2023');
  expect(await shownViews(page)).toBe(before + 1);
  await expect.poll(() => viewCount('justice', 2023)).toBe(before + 1);

  // The same visitor again within 30 minutes: not counted.
  await page.reload();
  expect(await shownViews(page)).toBe(before + 1);
  await page.goto('/departments/justice');
  await page.goto('/departments/justice/2023');
  expect(await shownViews(page)).toBe(before + 1);

  // 30 minutes later (moved back in the database): counted again.
  await db.reportView.updateMany({
    where: { report: { year: 2023, department: { slug: 'justice' } } },
    data: { lastCountedAt: new Date(Date.now() - 31 * 60_000) },
  });
  await page.reload();
  expect(await shownViews(page)).toBe(before + 2);

  // A page that only links to the report: the browser prefetches the report, and counts nothing.
  const other = await openPage();
  const requests: string[] = [];
  other.on('request', (sent) => requests.push(`${sent.method()} ${new URL(sent.url()).pathname} ${sent.headers()['next-router-prefetch'] ?? ''}`));
  await other.goto('/departments/justice');
  await other.getByRole('link', { name: '章贡区司法局2023年政府信息公开工作年度报告' }).hover();
  await expect.poll(() => requests.some((line) => line.startsWith('GET /departments/justice/2023'))).toBe(true);
  await other.waitForLoadState('networkidle');
  expect(requests.filter((line) => line.startsWith('POST /api/views'))).toEqual([]);
  expect(await viewCount('justice', 2023)).toBe(before + 2);

  // Prefetch requests and crawlers are shown the count but not counted.
  const reportId = (await reportAt('justice', 2023)).id;
  const prefetch = await request.post('/api/views', { data: { reportId }, headers: { 'sec-purpose': 'prefetch', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/139.0 Safari/537.36' } });
  expect(await prefetch.json()).toEqual({ views: before + 2, counted: false });
  const crawler = await request.post('/api/views', { data: { reportId }, headers: { 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)' } });
  expect(await crawler.json()).toEqual({ views: before + 2, counted: false });
  expect(await viewCount('justice', 2023)).toBe(before + 2);

  // Counting does not make the page uncacheable (other tests' publications empty
  // the cache meanwhile: ask until it is a hit).
  await expect.poll(async () => (await request.get('/departments/justice/2023')).headers()['x-nextjs-cache']).toBe('HIT');
  // Malformed ids, other sites and non-JSON requests are refused, and count nothing.
  expect((await request.post('/api/views', { data: { reportId: '' } })).status()).toBe(400);
  expect((await request.post('/api/views', { data: { reportId }, headers: { 'sec-fetch-site': 'cross-site' } })).status()).toBe(403);
  expect((await request.post('/api/views', { data: JSON.stringify({ reportId }), headers: { 'content-type': 'text/plain' } })).status()).toBe(415);
  expect(await viewCount('justice', 2023)).toBe(before + 2);
});

test('访问量 cannot be inflated by a script: made-up visitor cookies and rotating X-Forwarded-For add one view', async ({ request }) => {
  const reportId = (await reportAt('justice', 2022)).id;
  const before = await viewCount('justice', 2022);
  const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Safari/537.36';
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 150; attempt++) {
    const response = await request.post('/api/views', {
      data: { reportId },
      headers: {
        'user-agent': browser,
        // A new made-up visitor cookie each time, and a new address in front of the one the proxy appends.
        cookie: `nb_vid=${randomBytes(18).toString('base64url')}`,
        'x-forwarded-for': `198.51.100.${attempt % 250}, 203.0.113.99`,
      },
    });
    statuses.push(response.status());
  }
  expect(new Set(statuses)).toEqual(new Set([200]));
  expect(await viewCount('justice', 2022)).toBe(before + 1);
  // A signed cookie the portal gave out is honoured (the same visitor: no new count).
  const given = (await request.storageState()).cookies.find((cookie) => cookie.name === 'nb_vid')?.value;
  expect(given).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
  await request.post('/api/views', { data: { reportId }, headers: { 'user-agent': browser, 'x-forwarded-for': '198.51.100.1, 203.0.113.98' } });
  expect(await viewCount('justice', 2022)).toBe(before + 1);
});

test('downloads: Word and PDF copies, JSON with stable keys, CSV with BOM, Chinese headers and numbers', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/departments/finance/2020');
  const downloads = page.getByRole('region', { name: '下载' });

  // The JSON downloads (it is not shown in the browser), under a Chinese file name.
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: '全文数据（JSON）' }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe('章贡区财政局2020年度报告.json');
  const report = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(report).toMatchObject({ schema: 'nianbao.report/v1', title: '章贡区财政局2020年政府信息公开工作年度报告', year: 2020, department: { slug: 'finance' } });

  // The Word copy in the official layout (its content is checked in lib/documents), and a PDF of the page.
  const [docx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'Word 版（.docx）' }).click()]);
  expect(docx.suggestedFilename()).toBe('章贡区财政局2020年政府信息公开工作年度报告.docx');
  expect((await readFile((await docx.path())!)).subarray(0, 2).toString()).toBe('PK');
  const [pdf] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'PDF 版' }).click()]);
  expect(pdf.suggestedFilename()).toBe('章贡区财政局2020年政府信息公开工作年度报告.pdf');
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(50_000);
  // Printed once, then served from the cache until the report changes.
  await expect.poll(async () => (await page.request.get('/departments/finance/2020/report.pdf')).headers()['x-nextjs-cache']).toBe('HIT');

  const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: '表二（第二十条第（九）项）（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('章贡区财政局2020年度表二（第二十条第（九）项）.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, row] = csv.slice(1).split('\r\n');
  expect(header).toBe('行名称 (row_label),行键 (row_key),采购项目数量 (procurement_items),采购总金额 (procurement_amount),采购总金额单位 (procurement_amount_unit)');
  expect(row).toBe('政府集中采购,government_central_procurement,5,172621.8,');

  const year = await page.request.get('/open-data/2020.csv');
  expect(year.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await year.text()).split('\r\n');
  expect(lines[0]!.startsWith('\ufeff部门名称 (department_name),部门标识 (department_slug),年度 (year)')).toBe(true);
  expect(lines.some((line) => line.startsWith('章贡区财政局,finance,2020,1,') && line.includes(',t2_art20_9,') && line.includes(',procurement_items,采购项目数量,5,'))).toBe(true);
});

test('a cell that starts with = is neutralised in the CSV', async ({ page }) => {
  test.setTimeout(90_000);
  // A department with a published 2019 report …
  const district = await db.district.findFirstOrThrow();
  const template = await db.reportEdition.findFirstOrThrow({ where: { report: { year: 2019, department: { slug: 'finance' } } } });
  const names = { slug: 'csv-formula', name: '章贡区数据测试局', shortName: '区数据测试局' };
  const department = await db.department.create({ data: { districtId: district.id, ...names, ...departmentSearchFields(names), sortOrder: 900 } });
  const report = await db.report.create({
    data: { departmentId: department.id, year: 2019, formatId: template.formatId, status: 'PUBLISHED', content: template.content as Prisma.InputJsonValue, isDemo: true },
  });
  const edition = await db.reportEdition.create({
    data: { reportId: report.id, number: 1, formatId: template.formatId, content: template.content as Prisma.InputJsonValue, title: '章贡区数据测试局2019年政府信息公开工作年度报告' },
  });
  await db.report.update({ where: { id: report.id }, data: { publishedEditionId: edition.id } });
  await syncPublicReport(db, report.id);

  // … which the admin renames to something a spreadsheet would run as a formula.
  const formula = '=HYPERLINK("https://example.com","章贡区数据测试局")';
  await signIn(page, 'admin');
  await page.goto('/admin/departments');
  const item = page.getByRole('listitem').filter({ hasText: 'csv-formula' });
  await item.locator('summary').click();
  await item.getByLabel('部门全称').fill(formula);
  await item.getByRole('button', { name: '保存' }).click();
  await expect(item.getByRole('status')).toContainText('已保存');

  const csv = await page.request.get('/open-data/2019.csv');
  const lines = (await csv.text()).split('\r\n').filter((line) => line.includes(',csv-formula,'));
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.every((line) => line.startsWith(`"'=HYPERLINK(""https://example.com"",""章贡区数据测试局"")",csv-formula,2019,`))).toBe(true);
  // The page shows the name as text.
  await page.goto('/departments/csv-formula');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${formula} · 政府信息公开工作年度报告`);
});

test('the print stylesheet leaves only the report', async ({ page }) => {
  await page.goto('/departments/finance/2020');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
  await expect(page.getByRole('region', { name: '下载' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('findability: sitemap.xml lists every published report, robots.txt points to it', async ({ request }) => {
  // The demo reports up to 2024, which no test takes down (others may publish more meanwhile).
  const published = await db.report.findMany({
    where: { publishedEditionId: { not: null }, year: { lte: 2024 }, department: { slug: { in: DEMO_DEPARTMENTS.map((department) => department.slug) } } },
    select: { year: true, department: { select: { slug: true } } },
  });
  expect(published.length).toBeGreaterThan(100);
  // An index of parts: the portal's pages, the departments, and a part per year of reports.
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(parts).toEqual(expect.arrayContaining(['/sitemaps/pages.xml', '/sitemaps/departments-1.xml', '/sitemaps/reports-2024-1.xml', '/sitemaps/reports-2019-1.xml']));
  let sitemap = '';
  for (const part of parts) {
    const response = await request.get(part);
    expect(response.status(), part).toBe(200);
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml, part).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect((xml.match(/<url>/g) ?? []).length, part).toBeLessThanOrEqual(50_000);
    sitemap += xml;
  }
  for (const report of published) expect(sitemap).toContain(`/departments/${report.department.slug}/${report.year}</loc>`);
  expect(sitemap).toContain('/departments/finance</loc>');
  expect(sitemap).not.toContain('/departments/health/2025<');
  expect((await request.get('/sitemaps/reports-1999-1.xml')).status()).toBe(404);
  const robots = await (await request.get('/robots.txt')).text();
  // Addresses for crawlers are the configured public address (PUBLIC_BASE_URL), not the one the request came to.
  expect(robots).toContain(`Sitemap: ${E2E_PUBLIC_BASE_URL}/sitemap.xml`);
  expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].every((match) => match[1]!.startsWith(`${E2E_PUBLIC_BASE_URL}/sitemaps/`))).toBe(true);
  expect(robots).toContain('Disallow: /editor');
});
