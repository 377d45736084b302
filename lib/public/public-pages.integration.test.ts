// What the public pages read, against a real PostgreSQL with the demo district:
// the directory's filters, a report with its editions, a department's column,
// the year's open data, and the 访问量 counter.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { unpublishReport } from '@/lib/reports/unpublish-report';
import { DEMO_DEPARTMENTS } from '@/prisma/seed/data/district';
import { DEMO_CORRECTION, seedDemoReports } from '@/prisma/seed/demo-reports';
import { seedBase } from '@/prisma/seed/seed-base';
import { PAGE_SIZE } from './directory-filter';
import { getDepartmentColumn } from './get-department-column';
import { getPublicReport } from './get-public-report';
import { listPublishedReports } from './list-published-reports';
import { listYearOpenData } from './list-year-open-data';
import { loadDirectory } from './load-directory';
import { recordView } from './record-view';

const filter = (partial: Partial<{ year: number; department: string; q: string; page: number }>) => ({
  year: partial.year ?? null,
  department: partial.department ?? null,
  q: partial.q ?? null,
  page: partial.page ?? 1,
});

async function reportId(slug: string, year: number): Promise<string> {
  const report = await db.report.findFirstOrThrow({ where: { year, department: { slug } }, select: { id: true } });
  return report.id;
}

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding);
  await seedDemoReports(seeding);
  await seeding.$disconnect();
}, 60_000);

describe('the public directory', () => {
  it('filters by year, by department, by both, and by text, newest year first', async () => {
    const published2024 = await db.report.count({ where: { year: 2024, publishedEditionId: { not: null } } });
    const byYear = await listPublishedReports(filter({ year: 2024 }));
    expect(byYear.total).toBe(published2024);
    expect(byYear.total).toBe(DEMO_DEPARTMENTS.length);
    expect(byYear.items.every((item) => item.year === 2024)).toBe(true);

    const finance = await listPublishedReports(filter({ department: 'finance' }));
    expect(finance.items.map((item) => item.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(finance.items.find((item) => item.year === 2020)).toMatchObject({ title: '章贡区财政局2020年政府信息公开工作年度报告', isDemo: false });

    const both = await listPublishedReports(filter({ year: 2020, department: 'finance' }));
    expect(both.total).toBe(1);

    // The text search reads titles and the report text.
    const text = await listPublishedReports(filter({ q: '财政局' }));
    expect(text.total).toBeGreaterThanOrEqual(7);
    const real = await listPublishedReports(filter({ q: '章贡区财政局2020' }));
    expect(real.items.map((item) => `${item.slug}-${item.year}`)).toEqual(['finance-2020']);
    expect((await listPublishedReports(filter({ q: '不存在的词语' }))).total).toBe(0);
    // LIKE wildcards are searched for as text.
    expect((await listPublishedReports(filter({ q: '%' }))).total).toBe(0);
    expect((await listPublishedReports(filter({ q: '_' }))).total).toBe(0);
  });

  it('pages through long lists', async () => {
    const first = await listPublishedReports(filter({}));
    expect(first.total).toBeGreaterThan(PAGE_SIZE * 2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.total / PAGE_SIZE));
    const last = await listPublishedReports(filter({ page: first.pages }));
    expect(last.items.length).toBe(first.total - PAGE_SIZE * (first.pages - 1));
    const seen = new Set(first.items.map((item) => `${item.slug}-${item.year}`));
    expect(last.items.some((item) => seen.has(`${item.slug}-${item.year}`))).toBe(false);
  });

  it('names an unknown department or a page past the last instead of showing nothing', async () => {
    expect((await loadDirectory(filter({ department: 'no-such-department' }))).problems).toEqual(['部门“no-such-department”：没有这个部门，请从列表中选择。']);
    const beyond = await loadDirectory(filter({ year: 2024, page: 9 }));
    expect(beyond.problems).toEqual(['页码“9”：超出范围，符合条件的结果共 2 页。']);
    expect(beyond.results).toBeNull();
    const fine = await loadDirectory(filter({ year: 2024 }));
    expect(fine.problems).toEqual([]);
    expect(fine.results?.total).toBe(DEMO_DEPARTMENTS.length);
  });
});

describe('a report page', () => {
  it('shows the current edition with its 更正说明, and keeps the earlier edition readable', async () => {
    const current = await getPublicReport(DEMO_CORRECTION.slug, DEMO_CORRECTION.year);
    expect(current?.shown?.edition.number).toBe(2);
    expect(current?.shown?.edition.changeNote).toContain('更正');
    expect(current?.editions?.map((edition) => [edition.number, edition.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    const earlier = await getPublicReport(DEMO_CORRECTION.slug, DEMO_CORRECTION.year, 1);
    expect(earlier?.shown?.edition.number).toBe(1);
    expect(earlier?.shownIsCurrent).toBe(false);
    expect(earlier?.shown?.content).not.toEqual(current?.shown?.content);
  });

  it('tells an unknown department from a year without a published report', async () => {
    expect(await getPublicReport('no-such-department', 2024)).toBeNull();
    const notYet = await getPublicReport('education', 2025);
    expect(notYet?.report).toBeNull();
    const draft = await getPublicReport('health', 2025);
    expect(draft?.report).not.toBeNull();
    expect(draft?.shown).toBeNull();
    expect(draft?.editions).toEqual([]);
    // Addresses that cannot name a report are refused before any query.
    expect(await getPublicReport('../etc', 2024)).toBeNull();
    expect(await getPublicReport('finance\u0000', 2024)).toBeNull();
    expect(await getPublicReport('finance', 1999)).toBeNull();
  });

  it('says when a report was taken down, and why, in the department column', async () => {
    const id = await reportId('housing', 2022);
    const report = await db.report.findUniqueOrThrow({ where: { id } });
    const approver = await db.user.findUniqueOrThrow({ where: { username: 'approver1' } });
    await unpublishReport(
      { id: approver.id, displayName: approver.displayName },
      { reportId: id, version: report.version, reason: '数据有误，核实后重新发布' },
    );
    const page = await getPublicReport('housing', 2022);
    expect(page?.shown).toBeNull();
    expect(page?.report?.unpublishReason).toBe('数据有误，核实后重新发布');

    const column = await getDepartmentColumn('housing', new Date('2026-11-25T12:00:00+08:00'));
    const years = column!.years;
    expect(years.map((entry) => entry.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(years.find((entry) => entry.year === 2022)).toMatchObject({ published: null, unpublished: { reason: '数据有误，核实后重新发布' } });
    expect((await listPublishedReports(filter({ department: 'housing' }))).items.map((item) => item.year)).not.toContain(2022);
  });

  it('lists a year without a published report with an explicit notice', async () => {
    const column = await getDepartmentColumn('education', new Date('2026-11-25T12:00:00+08:00'));
    expect(column?.years.find((entry) => entry.year === 2025)).toEqual({ year: 2025, published: null, unpublished: null });
    expect(column?.years.find((entry) => entry.year === 2024)?.published?.title).toBe('章贡区教育局2024年政府信息公开工作年度报告');
    expect(await getDepartmentColumn('no-such-department')).toBeNull();
  });
});

describe('open data of a year', () => {
  it('holds every published report of the year, in the department order', async () => {
    const rows = await listYearOpenData(2023);
    expect(rows).toHaveLength(DEMO_DEPARTMENTS.length);
    expect(rows.map((row) => row.department.slug)).toEqual(DEMO_DEPARTMENTS.map((department) => department.slug));
    expect(rows.find((row) => row.department.slug === DEMO_CORRECTION.slug)?.edition.number).toBe(2);
  });
});

describe('访问量', () => {
  it('counts a visitor once per 30 minutes, and again after that', async () => {
    const id = await reportId('finance', 2021);
    const before = (await db.report.findUniqueOrThrow({ where: { id } })).viewCount;
    expect(await recordView(id, 'visitor-aaaaaaaaaaaa')).toEqual({ views: before + 1, counted: true });
    expect(await recordView(id, 'visitor-aaaaaaaaaaaa')).toEqual({ views: before + 1, counted: false });
    expect(await recordView(id, 'visitor-bbbbbbbbbbbb')).toEqual({ views: before + 2, counted: true });

    await db.reportView.updateMany({ where: { reportId: id, visitorId: 'visitor-aaaaaaaaaaaa' }, data: { lastCountedAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await recordView(id, 'visitor-aaaaaaaaaaaa')).toEqual({ views: before + 3, counted: true });
  });

  it('counts simultaneous requests of one visitor once', async () => {
    const id = await reportId('finance', 2022);
    const before = (await db.report.findUniqueOrThrow({ where: { id } })).viewCount;
    const results = await Promise.all(Array.from({ length: 8 }, () => recordView(id, 'visitor-cccccccccccc')));
    expect(results.filter((result) => result?.counted)).toHaveLength(1);
    expect((await db.report.findUniqueOrThrow({ where: { id } })).viewCount).toBe(before + 1);
  });

  it('does not count reports that are not public', async () => {
    expect(await recordView('no-such-report', 'visitor-dddddddddddd')).toBeNull();
    const draft = await reportId('health', 2025);
    expect(await recordView(draft, 'visitor-dddddddddddd')).toBeNull();
    expect((await db.report.findUniqueOrThrow({ where: { id: draft } })).viewCount).toBe(0);
  });
});

// Last: it takes down the demo correction that the tests above read.
describe('taking a corrected report down', () => {
  it('shows no edition at all of a corrected report that was taken down', async () => {
    const report = await db.report.findFirstOrThrow({ where: { year: DEMO_CORRECTION.year, department: { slug: DEMO_CORRECTION.slug } } });
    const approver = await db.user.findUniqueOrThrow({ where: { username: 'approver1' } });
    expect((await getPublicReport(DEMO_CORRECTION.slug, DEMO_CORRECTION.year, 1))?.shown?.edition.number).toBe(1);
    await unpublishReport({ id: approver.id, displayName: approver.displayName }, { reportId: report.id, version: report.version, reason: '重新核对数据' });
    const earlier = await getPublicReport(DEMO_CORRECTION.slug, DEMO_CORRECTION.year, 1);
    expect(earlier?.shown).toBeNull();
    expect(earlier?.editions).toEqual([]);
    expect(earlier?.report?.unpublishReason).toBe('重新核对数据');
  });
});
