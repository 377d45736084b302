// What each chart shows, said in a few Chinese sentences: the chart's
// description for screen readers (aria-describedby) and the caption everyone
// reads under it. Pure.
import { chartedDepartments, onTimeRate, rest, type DepartmentsFigure, type Figure, type OnTimeFigure, type YearlyFigure } from './figures';

export function formatCount(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export function formatPercent(value: number): string {
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

const yearsText = (years: readonly number[]) => (years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years.at(-1)}年度`);

function seriesText(label: string, years: readonly number[], values: readonly (number | null)[]): string {
  const filled = years.map((year, index) => ({ year, value: values[index] ?? null })).filter((entry): entry is { year: number; value: number } => entry.value !== null);
  if (filled.length === 0) return `${label}：各年度均未填报`;
  const first = filled[0]!;
  const last = filled.at(-1)!;
  if (filled.length === 1) return `${label}：${first.year}年度 ${formatCount(first.value)} 件`;
  const most = filled.reduce((best, entry) => (entry.value > best.value ? entry : best));
  if (most.value === 0) return `${label}：${first.year}—${last.year}年度均为 0 件`;
  return `${label}：${first.year}年度 ${formatCount(first.value)} 件，${last.year}年度 ${formatCount(last.value)} 件，最多为${most.year}年度 ${formatCount(most.value)} 件`;
}

function yearlySummary(figure: YearlyFigure, title: string): string {
  if (figure.years.length === 0) return `${title}：所选范围内没有已公开的年度报告。`;
  const parts = figure.chart.series.map((series, index) => seriesText(series.label, figure.years, figure.values[index] ?? []));
  const how = figure.chart.kind === 'stacked' ? '各年度按办理结果分段堆叠' : figure.chart.kind === 'line' ? '折线图' : '柱状图';
  return `${title}，${yearsText(figure.years)}（${how}，单位：件）。${parts.join('；')}。`;
}

function onTimeSummary(figure: OnTimeFigure, title: string): string {
  if (figure.years.length === 0) return `${title}：所选范围内没有已公开的年度报告。`;
  const parts = figure.years.map((year) => `${year.year}年度 ${formatPercent(onTimeRate(year) ?? 0)}（${year.onTime}/${year.reports} 份）`);
  return `${title}（柱状图，法定期限为次年1月31日）：${parts.join('；')}。`;
}

function departmentsSummary(figure: DepartmentsFigure, title: string): string {
  const { ranking, metricLabel } = figure;
  const unfilled = ranking.reports - ranking.filled;
  const blank = unfilled > 0 ? `另有 ${formatCount(unfilled)} 份报告未填报此项。` : '';
  if (ranking.filled === 0 || ranking.total === null) return `${title}：${ranking.year}年度没有报告填报“${metricLabel}”。${blank}`;
  const charted = chartedDepartments(figure);
  const first = charted[0]!;
  const remaining = rest(figure);
  const chosen = ranking.top.find((department) => department.chosen);
  return [
    `${title}（横向柱状图，单位：件）：${ranking.year}年度共 ${formatCount(ranking.filled)} 个部门填报“${metricLabel}”，合计 ${formatCount(ranking.total)} 件；最多的是${first.name}（${formatCount(first.value)} 件）。`,
    remaining ? `图中列出前 ${charted.length} 个部门，其余 ${formatCount(remaining.departments)} 个部门合计 ${formatCount(remaining.value)} 件。` : '',
    chosen ? `所选部门${chosen.name}排第 ${chosen.rank} 名（${formatCount(chosen.value)} 件）。` : '',
    blank,
  ].join('');
}

export function figureSummary(figure: Figure, title: string): string {
  if (figure.kind === 'yearly') return yearlySummary(figure, title);
  if (figure.kind === 'on-time') return onTimeSummary(figure, title);
  return departmentsSummary(figure, title);
}
