// What the public pages read, against a real PostgreSQL with the demo district:
// the directory's filters and text search, the department directory, a report
// with its editions, a department's column, the year's open data, and the
// 访问量 counter.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { takeStep } from '@/lib/reports/take-step';
import { DEMO_DEPARTMENTS } from '@/prisma/seed/data/district';
import { DEMO_CORRECTION } from '@/prisma/seed/demo-reports';
import { seedDemoDistrict } from '@/tests/support/seed-demo';
import { PAGE_SIZE } from './directory-filter';
import { loadDirectory } from './directory';
import { getDepartmentColumn } from './get-department-column';
import { getPublicReport } from './get-public-report';
import { listDepartmentDirectory, matchDepartment, suggestDepartments } from './public-departments';
import { recordView } from './record-view';
import { countYearReports, streamYearFile } from './year-open-data';

const filter = (partial: Partial<{ year: number; department: string; q: string; page: number }>) => ({
  year: partial.year ?? null,
  department: partial.department ?? null,
  q: partial.q ?? null,
  page: partial.page ?? 1,
});

async function list(partial: Parameters<typeof filter>[0]) {
  const view = await loadDirectory(filter(partial));
  expect(view.problems).toEqual([]);
  return view.results!;
}

async function reportId(slug: string, year: number): Promise<string> {
  const report = await db.report.findFirstOrThrow({ where: { year, department: { slug } }, select: { id: true } });
  return report.id;
}

/** The whole stream as text, keeping a byte-order mark. */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

beforeAll(seedDemoDistrict, 60_000);

describe('the public directory', () => {
  it('filters by year, by department, by both, newest year first', async () => {
    const published2024 = await db.report.count({ where: { year: 2024, publishedEditionId: { not: null } } });
    const byYear = await list({ year: 2024 });
    expect(byYear.total).toBe(published2024);
    expect(byYear.total).toBe(DEMO_DEPARTMENTS.length);
    expect(byYear.items.every((item) => item.year === 2024)).toBe(true);
    // In the district's order of departments.
    expect(byYear.items.map((item) => item.slug)).toEqual(DEMO_DEPARTMENTS.slice(0, PAGE_SIZE).map((department) => department.slug));

    const finance = await list({ department: 'finance' });
    expect(finance.items.map((item) => item.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(finance.items.find((item) => item.year === 2020)).toMatchObject({ title: '章贡区财政局2020年政府信息公开工作年度报告', isDemo: false });

    expect((await list({ year: 2020, department: 'finance' })).total).toBe(1);
  });

  it('finds a department by a name typed by hand, and offers the candidates when a name fits several', async () => {
    expect(await matchDepartment('财政局')).toMatchObject({ kind: 'one', department: { slug: 'finance', name: '章贡区财政局' } });
    expect(await matchDepartment('finance')).toMatchObject({ kind: 'one', department: { slug: 'finance' } });
    const several = await matchDepartment('局');
    expect(several.kind).toBe('several');
    expect(several.kind === 'several' && several.candidates.length).toBe(10);
    expect(several.kind === 'several' && several.more).toBe(true);
    expect(await matchDepartment('不存在的部门')).toEqual({ kind: 'none' });
    expect((await loadDirectory(filter({ department: '不存在的部门' }))).problems).toEqual(['部门“不存在的部门”：没有名称包含这些文字的部门，请换一个名称。']);
    expect((await suggestDepartments('审计')).map((department) => department.slug)).toEqual(['audit']);
  });

  it('searches titles and report text exactly, whatever the length of the words', async () => {
    expect((await list({ q: '财政局' })).total).toBeGreaterThanOrEqual(7);
    const real = await list({ q: '章贡区财政局2020' });
    expect(real.items.map((item) => `${item.slug}-${item.year}`)).toEqual(['finance-2020']);
    // Two words: both must be in the report.
    expect((await list({ q: '财政局 2020' })).items.map((item) => `${item.slug}-${item.year}`)).toContain('finance-2020');
    // Full-width and upper-case letters find their ordinary forms.
    expect((await list({ q: '章贡区财政局２０２０' })).total).toBe(1);
    // One character, and pairs that only occur apart, are exact too.
    expect((await list({ q: '局' })).total).toBeGreaterThan(100);
    expect((await list({ q: '财政局审计' })).total).toBe(0);
    expect((await list({ q: '不存在的词语' })).total).toBe(0);
    // Wildcards and punctuation are text, never patterns.
    expect((await list({ q: '%' })).total).toBe(0);
    expect((await list({ q: '_' })).total).toBe(0);
  });

  it('counts a search to 1,000 at most', async () => {
    const everything = await list({ q: '年度报告' });
    expect(everything.capped).toBe(false);
    expect(everything.total).toBe(await db.publicReport.count());
  });

  it('pages through long lists from either end', async () => {
    const first = await list({});
    expect(first.total).toBeGreaterThan(PAGE_SIZE * 2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.total / PAGE_SIZE));
    const seen: string[] = [];
    for (let page = 1; page <= first.pages; page++) seen.push(...(await list({ page })).items.map((item) => `${item.slug}-${item.year}`));
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    // Newest year first, department order within a year, across the pages read from the far end.
    const years = seen.map((key) => Number(key.slice(-4)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('names an unknown department or a page past the last instead of showing nothing', async () => {
    const beyond = await loadDirectory(filter({ year: 2024, page: 9 }));
    expect(beyond.problems).toEqual(['页码“9”：超出范围，符合条件的结果共 2 页。']);
    expect(beyond.results).toBeNull();
    const fine = await loadDirectory(filter({ year: 2024 }));
    expect(fine.problems).toEqual([]);
    expect(fine.results?.total).toBe(DEMO_DEPARTMENTS.length);
  });
});

describe('the department directory', () => {
  it('pages the departments in the district’s order with their published reports, and searches their names', async () => {
    const all = await listDepartmentDirectory({ district: null, q: null, page: 1 });
    expect(all.total).toBe(DEMO_DEPARTMENTS.length);
    expect(all.items.map((item) => item.slug)).toEqual(DEMO_DEPARTMENTS.map((department) => department.slug));
    expect(all.items.find((item) => item.slug === 'finance')).toMatchObject({ published: 7, districtName: '章贡区' });
    const found = await listDepartmentDirectory({ district: 'zhanggong', q: '卫生', page: 1 });
    expect(found.items.map((item) => item.slug)).toEqual(['health']);
    expect((await listDepartmentDirectory({ district: 'elsewhere', q: null, page: 1 })).total).toBe(0);
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
    await takeStep(
      { id: approver.id, displayName: approver.displayName },
      { step: 'unpublish', reportId: id, version: report.version, reason: '数据有误，核实后重新发布' },
    );
    const page = await getPublicReport('housing', 2022);
    expect(page?.shown).toBeNull();
    expect(page?.report?.unpublishReason).toBe('数据有误，核实后重新发布');

    const column = await getDepartmentColumn('housing', new Date('2026-11-25T12:00:00+08:00'));
    const years = column!.years;
    expect(years.map((entry) => entry.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(years.find((entry) => entry.year === 2022)).toMatchObject({ published: null, unpublished: { reason: '数据有误，核实后重新发布' } });
    expect((await list({ department: 'housing' })).items.map((item) => item.year)).not.toContain(2022);
    expect((await listDepartmentDirectory({ district: null, q: '住房', page: 1 })).items[0]?.published).toBe(6);
  });

  it('lists a year without a published report with an explicit notice', async () => {
    const column = await getDepartmentColumn('education', new Date('2026-11-25T12:00:00+08:00'));
    expect(column?.years.find((entry) => entry.year === 2025)).toEqual({ year: 2025, published: null, unpublished: null });
    expect(column?.years.find((entry) => entry.year === 2024)?.published?.title).toBe('章贡区教育局2024年政府信息公开工作年度报告');
    expect(await getDepartmentColumn('no-such-department')).toBeNull();
  });
});

describe('open data of a year', () => {
  it('streams every published report of the year, in the department order, as JSON Lines and as CSV', async () => {
    expect(await countYearReports(2023)).toBe(DEMO_DEPARTMENTS.length);
    const lines = (await text(streamYearFile(2023, 'jsonl'))).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.department.slug)).toEqual(DEMO_DEPARTMENTS.map((department) => department.slug));
    expect(lines.every((line) => line.schema === 'nianbao.report/v1' && line.year === 2023)).toBe(true);
    expect(lines.find((line) => line.department.slug === DEMO_CORRECTION.slug)?.edition.number).toBe(2);

    const csv = await text(streamYearFile(2023, 'csv'));
    expect(csv.startsWith('\ufeff部门名称 (department_name),')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    const perReport = (rows.length - 1) / DEMO_DEPARTMENTS.length;
    expect(Number.isInteger(perReport) && perReport > 100).toBe(true);
    expect(new Set(rows.slice(1).map((row) => row.split(',')[1]))).toEqual(new Set(DEMO_DEPARTMENTS.map((department) => department.slug)));
  });

  it('stops reading the database when the client goes away', async () => {
    const reader = streamYearFile(2024, 'jsonl').getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
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
    await takeStep({ id: approver.id, displayName: approver.displayName }, { step: 'unpublish', reportId: report.id, version: report.version, reason: '重新核对数据' });
    const earlier = await getPublicReport(DEMO_CORRECTION.slug, DEMO_CORRECTION.year, 1);
    expect(earlier?.shown).toBeNull();
    expect(earlier?.editions).toEqual([]);
    expect(earlier?.report?.unpublishReason).toBe('重新核对数据');
  });
});
