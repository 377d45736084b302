// The public statistics (/statistics) for a well-formed filter: the year range
// and the department it names, resolved; the figures of every chart from the
// cached queries; and, for the page, each chart rendered to SVG with its table
// and summary. The CSV downloads read the same figures.
import 'server-only';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { cacheTags } from '@/lib/public/cache-tags';
import { cachedPublicData } from '@/lib/public/cached';
import { matchDepartment, type DepartmentMatch, type PublicDepartment } from '@/lib/public/public-departments';
import { chartSpec } from './chart-options';
import { departmentsFigure, figureId, figureTable, yearRange, yearlyFigure, type ChartId, type Figure, type StatTable } from './figures';
import type { StatisticsFilter } from './filter';
import { publishedYears, rankDepartments, yearCellSums, yearPublication } from './queries';
import { renderChartSvg } from './render-chart';
import { YEARLY_CHARTS, YEARLY_CHART_IDS, comparisonMetric, type ComparisonMetric, type YearlyChartId } from './series';
import { figureSummary } from './summary';
import { statisticsCsvHref } from './urls';

/** How many departments the comparison shows (the rest are counted and added up). */
export const COMPARISON_LIMIT = 20;

export const CHART_IDS: readonly ChartId[] = [...YEARLY_CHART_IDS, 'on-time', 'departments'];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export interface ResolvedStatistics {
  from: number;
  to: number;
  /** The department the filter named, resolved; null: all departments. */
  department: Pick<PublicDepartment, 'id' | 'slug' | 'name'> | null;
  comparisonYear: number;
  metric: ComparisonMetric;
}

/** A resolved filter, or what in it names nothing (with the candidates when a typed name fits several departments). */
export type Resolution = { ok: true; resolved: ResolvedStatistics; match: DepartmentMatch | null } | { ok: false; problems: string[]; match: DepartmentMatch | null };

/**
 * The range (by default the years with published reports), the department a
 * filter names (an address key, or a name typed without JavaScript, found as
 * /reports finds it), the comparison's year (by default the range's last
 * year with reports) and figure. An unknown department is said in Chinese.
 */
export async function resolveStatistics(filter: StatisticsFilter): Promise<Resolution> {
  let match: DepartmentMatch | null = null;
  let department: PublicDepartment | null = null;
  if (filter.department) {
    match = await matchDepartment(filter.department);
    if (isDepartmentSlug(filter.department)) {
      department = match.kind === 'one' && match.department.slug === filter.department ? match.department : null;
      if (!department) return { ok: false, match: null, problems: [`部门“${filter.department}”：没有这个部门，请从部门建议中选择，或清除部门。`] };
    } else if (match.kind === 'one') {
      department = match.department;
    } else {
      const problems = match.kind === 'none' ? [`部门“${filter.department}”：没有名称包含这些文字的部门，请换一个名称。`] : [];
      return { ok: false, match, problems };
    }
  }
  const years = await publishedYears();
  if (years.length === 0) return { ok: false, match: null, problems: ['尚无已公开的年度报告，暂无统计数据。'] };
  const first = years[0]!;
  const last = years.at(-1)!;
  const to = filter.to ?? Math.max(filter.from ?? last, last);
  const from = filter.from ?? Math.min(first, to);
  const inRange = years.filter((year) => year >= from && year <= to);
  const comparisonYear = filter.year ?? inRange.at(-1) ?? to;
  return { ok: true, match, resolved: { from, to, department, comparisonYear, metric: filter.metric ?? 'applications' } };
}

/** One chart's figures. */
export async function loadFigure(resolved: ResolvedStatistics, id: ChartId): Promise<Figure> {
  const departmentId = resolved.department?.id ?? null;
  const years = yearRange(resolved.from, resolved.to);
  if (id === 'on-time') {
    // Years without a public report (of the department) are left out.
    const publication = await Promise.all(years.map((year) => yearPublication(year, departmentId)));
    return { kind: 'on-time', years: publication.filter((year) => year.reports > 0) };
  }
  if (id === 'departments') {
    return departmentsFigure(await rankDepartments(resolved.comparisonYear, resolved.metric, COMPARISON_LIMIT, departmentId), COMPARISON_LIMIT);
  }
  const chart = YEARLY_CHARTS.find((candidate) => candidate.id === id)!;
  const sums = await Promise.all(years.map((year) => yearCellSums(id as YearlyChartId, year, departmentId)));
  return yearlyFigure(chart, years, sums.flat());
}

/** A chart's title, naming the department the figures are of. */
export function figureTitle(figure: Figure, resolved: ResolvedStatistics): string {
  const of = resolved.department ? `${resolved.department.name}：` : '';
  if (figure.kind === 'yearly') return `${of}${figure.chart.title}`;
  if (figure.kind === 'on-time') return `${of}年度报告按时发布情况`;
  return `${figure.ranking.year}年度各部门“${comparisonMetric(figure.ranking.metric).label}”对比`;
}

/** The filter that gives the same figures (for links and the CSV addresses). */
export function canonicalFilter(resolved: ResolvedStatistics): StatisticsFilter {
  return { from: resolved.from, to: resolved.to, department: resolved.department?.slug ?? null, year: resolved.comparisonYear, metric: resolved.metric };
}

export interface ChartView {
  id: ChartId;
  title: string;
  summary: string;
  /** The SVG element, to inline. */
  svg: string;
  table: StatTable;
  note: string | null;
  csvHref: string;
}

export function summaryId(id: ChartId): string {
  return `chart-${id}-summary`;
}

export interface StatisticsPage {
  problems: string[];
  /** The department the filter named; candidates when a typed name fits several. */
  match: DepartmentMatch | null;
  resolved: ResolvedStatistics | null;
  /** Public reports in the range (of the department, when one is chosen). */
  reports: number;
  charts: ChartView[];
}

/**
 * Every chart rendered, kept like the figures it shows: rendering seven
 * charts takes longer than reading their figures from the cache. Refreshed
 * with the figures of any of its years (queries.ts).
 */
const renderedCharts = cachedPublicData(
  'statistics-charts',
  async (from: number, to: number, departmentId: string | null, slug: string | null, name: string | null, comparisonYear: number, metric: ComparisonMetric) => {
    const department = departmentId && slug && name ? { id: departmentId, slug, name } : null;
    const resolved: ResolvedStatistics = { from, to, department, comparisonYear, metric };
    const figures = await Promise.all(CHART_IDS.map((id) => loadFigure(resolved, id)));
    const reports = figures.reduce((sum, figure) => (figure.kind === 'on-time' ? sum + figure.years.reduce((count, year) => count + year.reports, 0) : sum), 0);
    return { reports, charts: chartViews(figures, resolved) };
  },
  { tags: (from, to, _departmentId, _slug, _name, comparisonYear) => [...new Set([...yearRange(from, to), comparisonYear])].map((year) => cacheTags.directory(year, null)) },
);

/** Everything the page shows for a well-formed filter: every chart rendered, or what in the filter names nothing. */
export async function loadStatisticsPage(filter: StatisticsFilter): Promise<StatisticsPage> {
  const resolution = await resolveStatistics(filter);
  if (!resolution.ok) return { problems: resolution.problems, match: resolution.match, resolved: null, reports: 0, charts: [] };
  const { resolved } = resolution;
  const { department: chosen } = resolved;
  const { reports, charts } = await renderedCharts(resolved.from, resolved.to, chosen?.id ?? null, chosen?.slug ?? null, chosen?.name ?? null, resolved.comparisonYear, resolved.metric);
  return { problems: [], match: resolution.match, resolved, reports, charts };
}

function chartViews(figures: Figure[], resolved: ResolvedStatistics): ChartView[] {
  const filter = canonicalFilter(resolved);
  return figures.map((figure) => {
    const id = figureId(figure);
    const title = figureTitle(figure, resolved);
    return {
      id,
      title,
      summary: figureSummary(figure, title),
      svg: renderChartSvg(chartSpec(figure), { id: `chart-${id}`, label: title, describedBy: summaryId(id) }),
      table: figureTable(figure, title),
      note: figure.kind === 'yearly' ? (figure.chart.note ?? null) : null,
      csvHref: statisticsCsvHref(id, filter),
    };
  });
}
