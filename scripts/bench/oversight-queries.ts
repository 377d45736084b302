// The district oversight and the public statistics at the data layer (run by
// ./queries.ts, in its child process): the app's own functions, uncached, for
// one district-year (the district with the most departments):
//   dashboard  — lib/oversight/deadline-dashboard.ts: a page of rows (the
//                default order, and a filtered one) and the totals; the page's
//                loader getDashboard with its scores up to date, and with every
//                score on its page out of date (the first view of a day, or
//                after a publication in the district: it recomputes them);
//   summary    — lib/oversight/district-summary.ts getDistrictSummary (sums,
//                coverage, the departments behind each failing rule) and
//                getCellBreakdown; the summary index (lib/public/get-summary-index.ts);
//   quality    — lib/quality/report-quality.ts computeQuality of one report
//                (against its previous year and the district's other reports);
//   statistics — lib/statistics/queries.ts (the public /statistics), when that
//                module is there: loaded by name at run time, so that the
//                benchmark runs (and says so) without it.
import 'server-only';
import { db } from '@/lib/db/client';
import { DASHBOARD_PAGE_SIZE, dashboardTotals, listDashboardRows } from '@/lib/oversight/deadline-dashboard';
import { getYearSettings } from '@/lib/oversight/district-deadlines';
import { getCellBreakdown, getDistrictSummary } from '@/lib/oversight/district-summary';
import { getDashboard } from '@/lib/oversight/get-dashboard';
import { listSummaryDistricts } from '@/lib/public/get-summary-index';
import { computeQuality } from '@/lib/quality/report-quality';
import type { QueryPlan, ScenarioGroup } from './data-layer';
import type { Scenario } from './queries';

/**
 * The parts of lib/statistics this benchmark calls, loaded by name and
 * checked at run time (the statistics are being written alongside: a part
 * that is not there, or named differently, is reported, not fatal).
 */
interface StatisticsParts {
  publishedYears?: () => Promise<number[]>;
  /** A yearly chart's cells summed over one year (of one department, or all). */
  yearCellSums?: (chartId: string, year: number, departmentId: string | null) => Promise<unknown[]>;
  /** A year's public reports and how many were published on time. */
  yearPublication?: (year: number, departmentId: string | null) => Promise<unknown>;
  rankDepartments?: (year: number, metric: string, limit: number, chosenId: string | null) => Promise<{ top: unknown[] }>;
  YEARLY_CHART_IDS?: readonly string[];
  loadStatisticsPage?: (filter: unknown) => Promise<{ charts: unknown[]; problems: string[] }>;
  COMPARISON_LIMIT?: number;
  NO_STATISTICS_FILTER?: unknown;
}

const STATISTICS_MODULES = ['@/lib/statistics/queries', '@/lib/statistics/series', '@/lib/statistics/load-statistics', '@/lib/statistics/filter'];

/** What lib/statistics exports (of its four modules), and the modules that could not be loaded. */
async function loadStatistics(): Promise<{ parts: StatisticsParts; failed: string[] }> {
  const parts: Record<string, unknown> = {};
  const failed: string[] = [];
  for (const specifier of STATISTICS_MODULES) {
    try {
      Object.assign(parts, (await import(specifier)) as Record<string, unknown>);
    } catch (error) {
      failed.push(`${specifier} (${String(error).split('\n')[0]!.slice(0, 160)})`);
    }
  }
  return { parts: parts as StatisticsParts, failed };
}

const ok = (total: number | null) => ({ total, problem: null });

/**
 * The scenarios, after resolving the district-year; a group that cannot be
 * measured is named in `absent` with the reason.
 */
export async function oversightScenarios(target: QueryPlan['oversight'], absent: Partial<Record<ScenarioGroup, string>>): Promise<Scenario[]> {
  const { year } = target;
  const district = await db.district.findUnique({ where: { code: target.districtCode }, select: { id: true, code: true, name: true } });
  if (!district) throw new Error(`the district ${target.districtCode} does not exist`);
  const label = `${district.code} ${year}`;
  const { deadlines } = await getYearSettings(district.id, year);
  const reportsOfYear = await db.publicReport.count({ where: { districtId: district.id, year } });
  const first = await db.publicReport.findFirst({
    where: { districtId: district.id, year },
    orderBy: [{ departmentSort: 'asc' }, { reportId: 'asc' }],
    select: { reportId: true, departmentId: true },
  });
  if (!first) throw new Error(`the district ${district.code} has no public report of ${year}`);
  const [cell] = await db.$queryRaw<{ tableId: string; rowKey: string; columnKey: string; n: number }[]>`
    SELECT table_id AS "tableId", row_key AS "rowKey", column_key AS "columnKey", count(*)::int AS n
    FROM public_report_cells WHERE district_id = ${district.id} AND year = ${year}
    GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 1, 2, 3 LIMIT 1`;
  const summary = await getDistrictSummary(district, year);
  const others = await db.publicReportText.groupBy({ by: ['reportId'], where: { districtId: district.id, year, reportId: { not: first.reportId } } });
  const dashboardFilter = { state: 'all', lateness: 'all', sort: 'urgency' } as const;
  const page = { offset: 0, limit: DASHBOARD_PAGE_SIZE };

  const scenarios: Scenario[] = [
    {
      group: 'dashboard',
      name: `dashboard rows, page 1 by urgency (${label}, ${deadlines.submit ? 'with' : 'without'} district deadlines)`,
      run: async () => ok((await listDashboardRows(district.id, deadlines, dashboardFilter, page)).length),
    },
    {
      group: 'dashboard',
      name: `dashboard rows, published late, by score (${label})`,
      run: async () => ok((await listDashboardRows(district.id, deadlines, { state: 'all', lateness: 'late', sort: 'score' }, page)).length),
    },
    {
      group: 'dashboard',
      name: `dashboard totals: figures and states (${label})`,
      run: async () => ok((await dashboardTotals(district.id, deadlines, dashboardFilter)).totals.departments),
    },
    {
      group: 'dashboard',
      name: `getDashboard, the page's loader, scores up to date (${label})`,
      infoOnly: true,
      run: async () => {
        const view = await getDashboard({ district: district.code, year, ...dashboardFilter, page: 1 });
        return view ? ok(view.rows.length) : { total: null, problem: 'no dashboard' };
      },
    },
    {
      group: 'dashboard',
      name: `getDashboard, every score of its page out of date: recomputed (${label}; first view of a day)`,
      infoOnly: true,
      explain: false,
      maxIterations: 5,
      // The scores of the district-year were computed yesterday: each needs computing again.
      prepare: async () => {
        await db.$executeRaw`
          UPDATE report_quality SET computed_at = computed_at - interval '2 days'
          WHERE report_id IN (SELECT report_id FROM public_reports WHERE district_id = ${district.id} AND year = ${year})`;
      },
      run: async () => {
        const view = await getDashboard({ district: district.code, year, ...dashboardFilter, page: 1 });
        return view ? ok(view.rows.length) : { total: null, problem: 'no dashboard' };
      },
    },
    {
      group: 'summary',
      name: `district summary: ${summary?.reports ?? 0} reports, ${summary?.issues.length ?? 0} failing rules (${label})`,
      run: async () => {
        const result = await getDistrictSummary(district, year);
        return result ? ok(result.reports) : { total: null, problem: 'no summary' };
      },
    },
    {
      group: 'summary',
      name: `cell breakdown ${cell ? `${cell.tableId}.${cell.rowKey}.${cell.columnKey}` : '(none)'} (${label})`,
      run: async () => (cell ? ok((await getCellBreakdown(district, year, cell)).length) : { total: null, problem: 'no cell' }),
    },
    {
      group: 'summary',
      name: 'summary index: every district with its years (/summary, the year links)',
      run: async () => ok((await listSummaryDistricts()).length),
    },
    {
      group: 'quality',
      name: `computeQuality of one report (vs its previous year and ${others.length} other reports, ${label})`,
      run: async () => {
        const result = await computeQuality(first.reportId);
        return result ? ok(result.similar.length) : { total: null, problem: 'no report' };
      },
    },
  ];
  if (reportsOfYear === 0) absent.dashboard = `no public report of ${year} in ${district.code}`;

  const { parts: statistics, failed } = await loadStatistics();
  const missing = (['publishedYears', 'yearCellSums', 'yearPublication', 'rankDepartments', 'YEARLY_CHART_IDS', 'loadStatisticsPage', 'COMPARISON_LIMIT', 'NO_STATISTICS_FILTER'] as const).filter(
    (name) => statistics[name] === undefined,
  );
  if (failed.length || missing.length) {
    absent.statistics = [failed.length ? `not loaded: ${failed.join(', ')}` : '', missing.length ? `not found in lib/statistics: ${missing.join(', ')}` : ''].filter(Boolean).join('; ');
  }
  const { publishedYears, yearCellSums, yearPublication, rankDepartments, YEARLY_CHART_IDS, loadStatisticsPage, COMPARISON_LIMIT, NO_STATISTICS_FILTER } = statistics;
  if (publishedYears) scenarios.push({ group: 'statistics', name: 'publishedYears', run: async () => ok((await publishedYears()).length) });
  if (yearCellSums && YEARLY_CHART_IDS) {
    for (const chart of YEARLY_CHART_IDS) {
      scenarios.push({ group: 'statistics', name: `yearCellSums ${chart}, every department, ${year}`, run: async () => ok((await yearCellSums(chart, year, null)).length) });
    }
    const chart = YEARLY_CHART_IDS[0]!;
    scenarios.push({ group: 'statistics', name: `yearCellSums ${chart}, one department, ${year}`, run: async () => ok((await yearCellSums(chart, year, first.departmentId)).length) });
  }
  if (yearPublication) {
    scenarios.push(
      { group: 'statistics', name: `yearPublication, every department, ${year}`, run: async () => ok(((await yearPublication(year, null)) as { reports?: number }).reports ?? null) },
      { group: 'statistics', name: `yearPublication, one department, ${year}`, run: async () => ok(((await yearPublication(year, first.departmentId)) as { reports?: number }).reports ?? null) },
    );
  }
  if (rankDepartments) {
    const limit = COMPARISON_LIMIT ?? 20;
    scenarios.push({ group: 'statistics', name: `rankDepartments ${year} applications, top ${limit}`, run: async () => ok((await rankDepartments(year, 'applications', limit, null)).top.length) });
  }
  if (loadStatisticsPage && NO_STATISTICS_FILTER !== undefined) {
    scenarios.push({
      group: 'statistics',
      name: 'loadStatisticsPage: every chart of /statistics (every year), figures and SVG, uncached',
      infoOnly: true,
      explain: false,
      maxIterations: 20,
      run: async () => {
        const result = await loadStatisticsPage(NO_STATISTICS_FILTER);
        return { total: result.charts.length, problem: result.problems[0] ?? null };
      },
    });
  }
  return scenarios;
}
