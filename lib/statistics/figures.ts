// The figures each chart shows, as data: built from the query results, and
// the one source of the chart, its data table, its summary and its CSV. Pure.
import type { CellSum, DepartmentRanking, YearPublication } from './queries';
import { comparisonMetric, type YearlyChartDef } from './series';

export type ChartId = YearlyChartDef['id'] | 'on-time' | 'departments';

export interface YearlyFigure {
  kind: 'yearly';
  chart: YearlyChartDef;
  years: number[];
  /** One list per series, one value per year; null: blank in every report (not 0). */
  values: (number | null)[][];
}

export interface OnTimeFigure {
  kind: 'on-time';
  years: YearPublication[];
}

export interface DepartmentsFigure {
  kind: 'departments';
  ranking: DepartmentRanking;
  metricLabel: string;
  /** How many departments the chart shows at most. */
  limit: number;
}

export type Figure = YearlyFigure | OnTimeFigure | DepartmentsFigure;

export function figureId(figure: Figure): ChartId {
  return figure.kind === 'yearly' ? figure.chart.id : figure.kind;
}

/** The years from `from` to `to`, oldest first. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

const cellKey = (year: number, tableId: string, rowKey: string, columnKey: string) => `${year}|${tableId}|${rowKey}|${columnKey}`;

/** Each series' value per year: the sum of its cells' sums, or null when none of its cells was filled in. */
export function yearlyFigure(chart: YearlyChartDef, years: number[], sums: readonly CellSum[]): YearlyFigure {
  const byCell = new Map(sums.map((sum) => [cellKey(sum.year, sum.tableId, sum.rowKey, sum.columnKey), sum.sum]));
  const values = chart.series.map((series) =>
    years.map((year) => {
      let total: number | null = null;
      for (const cell of series.cells) {
        const sum = byCell.get(cellKey(year, cell.tableId, cell.rowKey, cell.columnKey));
        if (sum !== undefined) total = (total ?? 0) + sum;
      }
      return total;
    }),
  );
  return { kind: 'yearly', chart, years, values };
}

export function departmentsFigure(ranking: DepartmentRanking, limit: number): DepartmentsFigure {
  return { kind: 'departments', ranking, metricLabel: comparisonMetric(ranking.metric).label, limit };
}

/** On-time share in per cent, one decimal; null without reports. */
export function onTimeRate(year: YearPublication): number | null {
  return year.reports === 0 ? null : Math.round((year.onTime / year.reports) * 1000) / 10;
}

/** The departments the chart shows: the first `limit`, largest first (the chosen department further down is in the table only). */
export function chartedDepartments(figure: DepartmentsFigure) {
  return figure.ranking.top.slice(0, figure.limit);
}

/** What the departments not shown in the chart add up to, and how many they are. */
export function rest(figure: DepartmentsFigure): { departments: number; value: number } | null {
  const { ranking } = figure;
  const shown = chartedDepartments(figure);
  const departments = ranking.filled - shown.length;
  if (departments <= 0 || ranking.total === null) return null;
  return { departments, value: ranking.total - shown.reduce((sum, department) => sum + department.value, 0) };
}

export interface TableColumn {
  key: string;
  label: string;
  format: 'count' | 'percent' | 'text';
}

export interface TableRow {
  key: string;
  label: string;
  /** The department's statistics, for rows that name one. */
  slug?: string;
  values: (number | string | null)[];
  /** The chosen department, or a line that is not a department (the rest). */
  emphasis?: 'chosen' | 'summary';
}

export interface StatTable {
  caption: string;
  rowHeader: { key: string; label: string };
  columns: TableColumn[];
  rows: TableRow[];
}

/** The data table beside a chart (and its CSV). */
export function figureTable(figure: Figure, title: string): StatTable {
  if (figure.kind === 'yearly') {
    return {
      caption: `${title}（单位：件）`,
      rowHeader: { key: 'year', label: '年度' },
      columns: figure.chart.series.map((series) => ({ key: series.key, label: series.label, format: 'count' })),
      rows: figure.years.map((year, index) => ({ key: String(year), label: `${year}年度`, values: figure.values.map((series) => series[index] ?? null) })),
    };
  }
  if (figure.kind === 'on-time') {
    return {
      caption: title,
      rowHeader: { key: 'year', label: '年度' },
      columns: [
        { key: 'deadline', label: '法定公布期限', format: 'text' },
        { key: 'reports', label: '已公开报告（份）', format: 'count' },
        { key: 'on_time', label: '按时发布（份）', format: 'count' },
        { key: 'on_time_rate', label: '按时发布率（%）', format: 'percent' },
      ],
      rows: figure.years.map((year) => ({ key: String(year.year), label: `${year.year}年度`, values: [year.deadline, year.reports, year.onTime, onTimeRate(year)] })),
    };
  }
  const remaining = rest(figure);
  const rows: TableRow[] = figure.ranking.top.map((department) => ({
    key: department.slug,
    label: department.name,
    slug: department.slug,
    values: [department.rank, department.value],
    ...(department.chosen ? { emphasis: 'chosen' as const } : {}),
  }));
  if (remaining) rows.push({ key: 'rest', label: `其余 ${remaining.departments.toLocaleString('zh-CN')} 个部门合计`, values: [null, remaining.value], emphasis: 'summary' });
  return {
    caption: `${title}（单位：件）`,
    rowHeader: { key: 'department', label: '部门' },
    columns: [
      { key: 'rank', label: '名次', format: 'count' },
      { key: 'value', label: figure.metricLabel, format: 'count' },
    ],
    rows,
  };
}
