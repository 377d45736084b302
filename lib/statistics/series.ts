// What the public statistics (/statistics) add up, named with the national
// formats' own labels (lib/report-format/formats): each series is the sum of
// some cells of the published reports (public_report_cells), and where the two
// formats name a figure differently, the series lists the cell of each. Pure:
// no database, no UI.
import { FORMATS, dataRows, getColumn, getRow, getTable } from '@/lib/report-format/formats';
import type { ReportFormat, RowDef, TableDef } from '@/lib/report-format/types';

export interface CellRef {
  tableId: string;
  rowKey: string;
  columnKey: string;
}

export interface Series {
  key: string;
  /** The format's label (the newest format's where the two differ). */
  label: string;
  /** The cells added up, of either format. */
  cells: CellRef[];
}

export const YEARLY_CHART_IDS = ['applications', 'outcomes', 'review-litigation', 'documents', 'decisions'] as const;
export type YearlyChartId = (typeof YEARLY_CHART_IDS)[number];

export interface YearlyChartDef {
  id: YearlyChartId;
  title: string;
  /** line: a trend per series; bars: side by side per year; stacked: the parts of a whole per year. */
  kind: 'line' | 'bars' | 'stacked';
  series: Series[];
  /** Where the two formats word the figures differently, said with their own labels. */
  note?: string;
}

const T3 = 't3_applications';
const T4 = 't4_review_litigation';
const newest: ReportFormat = FORMATS[FORMATS.length - 1]!;

/** “（二）部分公开（区分处理的，…）” → “部分公开”; “一、本年新收…” → “本年新收…”: the printed label without its number or trailing note. */
export function shortLabel(label: string): string {
  return label
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^（[一二三四五六七八九十]+）/, '')
    .replace(/（[^（）]*）$/, '');
}

function cell(tableId: string, rowKey: string, columnKey: string): CellRef {
  return { tableId, rowKey, columnKey };
}

function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Map(cells.map((ref) => [`${ref.tableId}.${ref.rowKey}.${ref.columnKey}`, ref]));
  return [...seen.values()];
}

/** The data rows a row of table 三's results stands for in a format: itself, or the rows under it. */
function leafRows(table: TableDef, row: RowDef): RowDef[] {
  return row.kind === 'data' ? [row] : dataRows(table).filter((candidate) => candidate.parent === row.key);
}

function applicationsChart(): YearlyChartDef {
  const table = getTable(newest, T3);
  const results = shortLabel(getRow(table, 'results').label!);
  const total = (rowKey: string, label = shortLabel(getRow(table, rowKey).label!)): Series => ({ key: rowKey, label, cells: [cell(T3, rowKey, 'total')] });
  return {
    id: 'applications',
    title: '政府信息公开申请数量',
    kind: 'line',
    series: [
      total('new_received'),
      total('carried_over'),
      total('total_processed', `${results}·${shortLabel(getRow(table, 'total_processed').label!)}`),
      total('carried_forward'),
    ],
  };
}

function outcomesChart(): YearlyChartDef {
  const table = getTable(newest, T3);
  const outcomes = table.rows.filter((row) => row.parent === 'results' && !row.sumOf);
  return {
    id: 'outcomes',
    title: '政府信息公开申请办理结果',
    kind: 'stacked',
    series: outcomes.map((row) => ({
      key: row.key,
      label: shortLabel(row.label!),
      cells: uniqueCells(
        FORMATS.flatMap((format) => {
          const own = getTable(format, T3);
          return leafRows(own, getRow(own, row.key)).map((leaf) => cell(T3, leaf.key, 'total'));
        }),
      ),
    })),
  };
}

/** “行政诉讼（复议后起诉）·总计” → “行政诉讼（复议后起诉）”. */
function withoutTotal(messageLabel: string): string {
  return messageLabel.replace(/·[^·]+$/, '');
}

export const REVIEW_TOTAL = 'review_total';
export const LITIGATION_TOTALS = ['litigation_direct_total', 'litigation_after_review_total'] as const;

function reviewLitigationChart(): YearlyChartDef {
  const table = getTable(newest, T4);
  return {
    id: 'review-litigation',
    title: '政府信息公开行政复议、行政诉讼案件数量',
    kind: 'bars',
    series: [REVIEW_TOTAL, ...LITIGATION_TOTALS].map((columnKey) => ({
      key: columnKey,
      label: withoutTotal(getColumn(table, columnKey).messageLabel),
      cells: [cell(T4, 'count', columnKey)],
    })),
  };
}

/** The newest format's figure and, by format, the cell that holds it. */
interface Counterpart {
  tableId: string;
  /** The newest format's row and column, then each format's own. */
  rows: Record<string, string>;
  columns: Record<string, string>;
}

/** Table 二 (第二十条第（一）项): 规章 and 规范性文件 made in the year, named differently by the two formats. */
const DOCUMENTS: Counterpart[] = [
  { tableId: 't2_art20_1', rows: { 'gov-2019': 'regulations', 'gov-2021': 'regulations' }, columns: { 'gov-2019': 'newly_made', 'gov-2021': 'issued' } },
  {
    tableId: 't2_art20_1',
    rows: { 'gov-2019': 'normative_documents', 'gov-2021': 'administrative_normative_documents' },
    columns: { 'gov-2019': 'newly_made', 'gov-2021': 'issued' },
  },
];

/** Table 二 (第二十条第（五）（六）项): decisions, the same keys in both formats. */
const DECISIONS: Counterpart[] = [
  ['t2_art20_5', 'administrative_licensing'],
  ['t2_art20_6', 'administrative_penalty'],
  ['t2_art20_6', 'administrative_coercion'],
].map(([tableId, rowKey]) => ({
  tableId: tableId!,
  rows: Object.fromEntries(FORMATS.map((format) => [format.id, rowKey!])),
  columns: Object.fromEntries(FORMATS.map((format) => [format.id, 'decisions'])),
}));

function years(format: ReportFormat): string {
  return format.lastYear === null ? `${format.firstYear}年度起` : `${format.firstYear}—${format.lastYear}年度`;
}

function counterpartChart(id: YearlyChartId, title: string, counterparts: Counterpart[]): YearlyChartDef {
  const series = counterparts.map((part) => {
    const table = getTable(newest, part.tableId);
    const rowKey = part.rows[newest.id]!;
    return {
      key: rowKey,
      label: getRow(table, rowKey).label!,
      cells: uniqueCells(FORMATS.map((format) => cell(part.tableId, part.rows[format.id]!, part.columns[format.id]!))),
    };
  });
  // Each format's wording of the same figures, e.g. 2019—2020年度：规章、规范性文件的“本年新制作数量”.
  const wordings = FORMATS.map((format) => {
    const rows = counterparts.map((part) => getRow(getTable(format, part.tableId), part.rows[format.id]!).label!);
    const columns = [...new Set(counterparts.map((part) => getColumn(getTable(format, part.tableId), part.columns[format.id]!).label))];
    return `${years(format)}为${rows.join('、')}的“${columns.join('”“')}”（${format.source}）`;
  });
  return { id, title, kind: 'bars', series, note: `统计口径：${wordings.join('；')}。` };
}

export const YEARLY_CHARTS: readonly YearlyChartDef[] = [
  applicationsChart(),
  outcomesChart(),
  reviewLitigationChart(),
  counterpartChart('documents', '主动公开：规章和规范性文件制发数量', DOCUMENTS),
  counterpartChart('decisions', '主动公开：行政许可、行政处罚、行政强制处理决定数量', DECISIONS),
];

export function yearlyChart(id: YearlyChartId): YearlyChartDef {
  return YEARLY_CHARTS.find((chart) => chart.id === id)!;
}

/** What the department comparison can rank by. */
export const COMPARISON_METRICS = ['applications', 'review', 'litigation'] as const;
export type ComparisonMetric = (typeof COMPARISON_METRICS)[number];

export interface ComparisonMetricDef {
  key: ComparisonMetric;
  label: string;
  cells: CellRef[];
}

function comparisonMetrics(): ComparisonMetricDef[] {
  const t3 = getTable(newest, T3);
  const t4 = getTable(newest, T4);
  return [
    { key: 'applications', label: shortLabel(getRow(t3, 'new_received').label!), cells: [cell(T3, 'new_received', 'total')] },
    { key: 'review', label: withoutTotal(getColumn(t4, REVIEW_TOTAL).messageLabel), cells: [cell(T4, 'count', REVIEW_TOTAL)] },
    {
      key: 'litigation',
      label: `${getColumn(t4, LITIGATION_TOTALS[0]).group![0]}（${LITIGATION_TOTALS.map((key) => getColumn(t4, key).group!.at(-1)).join('、')}合计）`,
      cells: LITIGATION_TOTALS.map((key) => cell(T4, 'count', key)),
    },
  ];
}

export const COMPARISON_METRIC_DEFS: readonly ComparisonMetricDef[] = comparisonMetrics();

export function comparisonMetric(key: ComparisonMetric): ComparisonMetricDef {
  return COMPARISON_METRIC_DEFS.find((metric) => metric.key === key)!;
}
