// The public statistics against a real PostgreSQL, with reports whose figures
// are set here (beside the real 2020 report of 章贡区财政局, whose tables hold
// 0 everywhere but 2 规范性文件): every yearly figure, blanks that stay blank,
// the two formats added up together, on-time publication at the edge of the
// deadline (China time), the department ranking with its rest, the filters
// that name a department, and the CSV files.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { createDbClient } from '@/lib/db/create-client';
import { syncPublicReport } from '@/lib/public/public-index';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { sample2019, sample2021 } from '@/lib/report-format/testing/sample-content';
import { reportTitle } from '@/lib/report-format/title';
import { seedBase } from '@/prisma/seed/seed-base';
import { statisticsCsvResponse } from './csv-response';
import { rest, type DepartmentsFigure, type YearlyFigure } from './figures';
import { NO_STATISTICS_FILTER, type StatisticsFilter } from './filter';
import { loadFigure, loadStatisticsPage, resolveStatistics, type ResolvedStatistics } from './load-statistics';
import { rankDepartments } from './queries';
import type { YearlyChartId } from './series';

async function publish(slug: string, year: number, content: ParsedReportContent, publishedAt: string) {
  const json = content as unknown as Prisma.InputJsonValue;
  const formatId = year >= 2021 ? 'gov-2021' : 'gov-2019';
  const department = await db.department.findUniqueOrThrow({ where: { slug } });
  await db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: { departmentId: department.id, year, formatId, status: 'PUBLISHED', content: json, firstPublishedAt: new Date(publishedAt) },
    });
    const edition = await tx.reportEdition.create({
      data: { reportId: report.id, number: 1, formatId, content: json, title: reportTitle(department.name, year), publishedAt: new Date(publishedAt) },
    });
    await tx.report.update({ where: { id: report.id }, data: { publishedEditionId: edition.id } });
    await syncPublicReport(tx, report.id);
  });
}

/** 2021: only 本年新收 (自然人 5) filled in; tables 二 and 四 left blank. */
function mostlyBlank(): ParsedReportContent {
  const content = sample2021();
  for (const id of Object.keys(content.tables)) content.tables[id] = {};
  content.tables.t3_applications = { new_received: { natural_person: 5 } };
  return content;
}

/** 2022: table 四 left blank. */
function withoutTableFour(): ParsedReportContent {
  const content = sample2021();
  content.tables.t4_review_litigation = {};
  return content;
}

beforeAll(async () => {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  await seedBase(seeding); // with 章贡区财政局 2020, published 2021-01-20: on time
  await seeding.$disconnect();
  // sample2019 / sample2021, table 三: 本年新收 12 (10 + 2), 上年结转 1, 予以公开 7, 部分公开 2, 无法提供 2, 结转 2; 行政复议 1.
  await publish('education', 2020, sample2019(), '2021-02-05T10:00:00+08:00'); // late; 规范性文件 2, 行政处罚 5
  await publish('education', 2021, sample2021(), '2022-01-31T23:30:00+08:00'); // the last evening: on time; 行政规范性文件 2, 许可 120, 处罚 30
  await publish('health', 2021, mostlyBlank(), '2022-02-01T00:10:00+08:00'); // ten minutes late
  await publish('justice', 2022, withoutTableFour(), '2023-01-15T10:00:00+08:00');
}, 60_000);

async function resolved(filter: Partial<StatisticsFilter> = {}): Promise<ResolvedStatistics> {
  const resolution = await resolveStatistics({ ...NO_STATISTICS_FILTER, ...filter });
  if (!resolution.ok) throw new Error(resolution.problems.join(' '));
  return resolution.resolved;
}

/** A yearly chart as { series key: [value per year] }. */
async function yearly(id: YearlyChartId, filter: Partial<StatisticsFilter> = {}) {
  const figure = (await loadFigure(await resolved(filter), id)) as YearlyFigure;
  return { years: figure.years, ...Object.fromEntries(figure.chart.series.map((series, index) => [series.key, figure.values[index]])) };
}

describe('the yearly charts', () => {
  it('cover the years with public reports by default', async () => {
    expect(await resolved()).toMatchObject({ from: 2020, to: 2022, department: null, comparisonYear: 2022, metric: 'applications' });
  });

  it('add up applications; a cell blank in some reports counts what the others filled', async () => {
    expect(await yearly('applications')).toEqual({
      years: [2020, 2021, 2022],
      new_received: [12, 17, 12],
      carried_over: [1, 1, 1],
      total_processed: [11, 11, 11],
      carried_forward: [2, 2, 2],
    });
  });

  it('group the outcomes as the formats do, across the 2019 and 2021 formats', async () => {
    expect(await yearly('outcomes')).toEqual({
      years: [2020, 2021, 2022],
      granted: [7, 7, 7],
      partially_granted: [2, 2, 2],
      denied: [0, 0, 0],
      unable: [2, 2, 2],
      not_processed: [0, 0, 0],
      other: [0, 0, 0],
    });
  });

  it('leave a figure blank in every report of a year blank, not 0', async () => {
    expect(await yearly('review-litigation')).toEqual({
      years: [2020, 2021, 2022],
      review_total: [1, 1, null],
      litigation_direct_total: [0, 0, null],
      litigation_after_review_total: [0, 0, null],
    });
  });

  it('add up proactive disclosure under each format’s own cells', async () => {
    // 2020: 规范性文件 本年新制作数量 2 (财政局) + 2; 2021: 行政规范性文件 本年制发件数 2.
    expect(await yearly('documents')).toEqual({ years: [2020, 2021, 2022], regulations: [0, 0, 0], administrative_normative_documents: [4, 2, 2] });
    expect(await yearly('decisions')).toEqual({
      years: [2020, 2021, 2022],
      administrative_licensing: [0, 120, 120],
      administrative_penalty: [5, 30, 30],
      administrative_coercion: [0, 0, 0],
    });
  });

  it('follow the range and the department of the filter', async () => {
    expect(await yearly('applications', { from: 2021, to: 2021 })).toMatchObject({ years: [2021], new_received: [17] });
    expect(await yearly('applications', { department: 'education' })).toMatchObject({ years: [2020, 2021, 2022], new_received: [12, 12, null] });
    expect(await yearly('review-litigation', { department: 'health' })).toMatchObject({ review_total: [null, null, null] });
  });
});

describe('on-time publication', () => {
  it('counts first publications by 31 January of the next year, China time', async () => {
    const figure = await loadFigure(await resolved(), 'on-time');
    expect(figure).toEqual({
      kind: 'on-time',
      years: [
        { year: 2020, reports: 2, onTime: 1, deadline: '2021-01-31' },
        { year: 2021, reports: 2, onTime: 1, deadline: '2022-01-31' },
        { year: 2022, reports: 1, onTime: 1, deadline: '2023-01-31' },
      ],
    });
    // A department's years without a report are left out.
    expect(await loadFigure(await resolved({ department: 'health' }), 'on-time')).toEqual({
      kind: 'on-time',
      years: [{ year: 2021, reports: 1, onTime: 0, deadline: '2022-01-31' }],
    });
  });
});

describe('the department comparison', () => {
  it('ranks the departments of a year that filled the figure in, with the sum of all', async () => {
    const figure = (await loadFigure(await resolved({ year: 2021 }), 'departments')) as DepartmentsFigure;
    expect(figure.ranking).toMatchObject({ year: 2021, metric: 'applications', reports: 2, filled: 2, total: 17 });
    expect(figure.ranking.top.map(({ rank, slug, value, chosen }) => ({ rank, slug, value, chosen }))).toEqual([
      { rank: 1, slug: 'education', value: 12, chosen: false },
      { rank: 2, slug: 'health', value: 5, chosen: false },
    ]);
    // 行政复议: 区卫生健康委员会 left table 四 blank.
    const review = (await loadFigure(await resolved({ year: 2021, metric: 'review' }), 'departments')) as DepartmentsFigure;
    expect(review.ranking).toMatchObject({ reports: 2, filled: 1, total: 1, top: [{ slug: 'education', value: 1, rank: 1 }] });
    // Equal figures share a place.
    const litigation = (await loadFigure(await resolved({ year: 2020, metric: 'litigation' }), 'departments')) as DepartmentsFigure;
    expect(litigation.ranking.top.map((department) => [department.rank, department.value])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('shows the first departments, then the chosen one, and adds up the rest', async () => {
    const health = await db.department.findUniqueOrThrow({ where: { slug: 'health' } });
    const ranking = await rankDepartments(2021, 'applications', 1, health.id);
    expect(ranking.top.map(({ slug, rank, chosen }) => ({ slug, rank, chosen }))).toEqual([
      { slug: 'education', rank: 1, chosen: false },
      { slug: 'health', rank: 2, chosen: true },
    ]);
    expect(rest({ kind: 'departments', ranking, metricLabel: '', limit: 1 })).toEqual({ departments: 1, value: 5 });
  });
});

describe('the filters', () => {
  it('find a department by its address key or a name typed without JavaScript, and say when they find none', async () => {
    expect((await resolved({ department: '教育局' })).department).toMatchObject({ slug: 'education' });
    const several = await resolveStatistics({ ...NO_STATISTICS_FILTER, department: '局' });
    expect(several).toMatchObject({ ok: false, problems: [], match: { kind: 'several' } });
    expect(await resolveStatistics({ ...NO_STATISTICS_FILTER, department: 'no-such-department' })).toMatchObject({
      ok: false,
      problems: ['部门“no-such-department”：没有这个部门，请从部门建议中选择，或清除部门。'],
    });
    expect(await resolveStatistics({ ...NO_STATISTICS_FILTER, department: '不存在的部门' })).toMatchObject({
      ok: false,
      problems: ['部门“不存在的部门”：没有名称包含这些文字的部门，请换一个名称。'],
    });
  });

  it('renders every chart as an accessible SVG with its table and CSV address', async () => {
    const page = await loadStatisticsPage({ ...NO_STATISTICS_FILTER, department: 'education' });
    expect(page.reports).toBe(2);
    expect(page.charts.map((chart) => chart.id)).toEqual(['applications', 'outcomes', 'review-litigation', 'documents', 'decisions', 'on-time', 'departments']);
    for (const chart of page.charts) {
      expect(chart.svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-label="[^"]+" aria-describedby="chart-${chart.id}-summary"`));
      expect(chart.csvHref).toBe(`/statistics/${chart.id}.csv?from=2020&to=2022&department=education&year=2022&metric=applications`);
    }
    expect(page.charts[0]!.title).toBe('章贡区教育局：政府信息公开申请数量');
  });
});

describe('the CSV files', () => {
  const csv = async (file: string, query = '') => {
    const response = await statisticsCsvResponse(file, new URLSearchParams(query));
    // Keeping the byte-order mark, which Excel needs.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { status: response.status, text, disposition: response.headers.get('content-disposition') };
  };

  it('hold the table of the chart, blanks as empty cells', async () => {
    const review = await csv('review-litigation.csv', 'from=2021&to=2022');
    expect(review.status).toBe(200);
    expect(review.text).toBe(
      '\ufeff年度 (year),行政复议 (review_total),行政诉讼（未经复议直接起诉） (litigation_direct_total),行政诉讼（复议后起诉） (litigation_after_review_total)\r\n2021,1,0,0\r\n2022,,,\r\n',
    );
    expect(review.disposition).toContain('filename="statistics-review-litigation-2021-2022.csv"');
    const departments = await csv('departments.csv', 'year=2021');
    expect(departments.text.split('\r\n').slice(1, 3)).toEqual(['章贡区教育局,education,1,12', '章贡区卫生健康委员会,health,2,5']);
    const onTime = await csv('on-time.csv', 'department=education');
    expect(onTime.text.split('\r\n').slice(1, 3)).toEqual(['2020,2021-01-31,1,0,0', '2021,2022-01-31,1,1,100']);
  });

  it('answer bad filters with 400 and what names nothing with 404', async () => {
    expect((await csv('applications.csv', 'from=20x1')).status).toBe(400);
    expect((await csv('applications.csv', 'from=2022&to=2020')).status).toBe(400);
    expect((await csv('applications.csv', 'department=%E5%B1%80')).status).toBe(400);
    expect(await csv('applications.csv', 'department=no-such-department')).toMatchObject({ status: 404 });
    expect((await csv('nothing.csv')).status).toBe(404);
    expect((await csv('applications.json')).status).toBe(404);
  });
});
