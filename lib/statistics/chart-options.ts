// The ECharts option of each figure: pure data, rendered to SVG on the server
// (render-chart.ts). Colours hold at least 3:1 against white (WCAG 1.4.11),
// text at least 4.5:1; series differ by more than colour (line symbols, bar
// patterns), and every figure has its data table beside it anyway.
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { chartedDepartments, onTimeRate, type DepartmentsFigure, type Figure, type OnTimeFigure, type YearlyFigure } from './figures';
import { formatCount, formatPercent } from './summary';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption>;

type DecalObject = Exclude<NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>, 'none'>;

export interface ChartSpec {
  option: ChartOption;
  /** The SVG's own size (its viewBox); the page scales it to the column's width. */
  width: number;
  height: number;
}

/** Series colours, each at least 3:1 against white. */
export const PALETTE = ['#0a4a8f', '#b34700', '#00775a', '#8a3f8f', '#6b5a00', '#4a5260'] as const;
export const TEXT_COLOUR = '#1f2328';
export const AXIS_COLOUR = '#4a5260';
const GRID_LINE_COLOUR = '#d5dbe3';
/** The chosen department's bar. */
export const HIGHLIGHT_COLOUR = '#a61b1b';

/** The site's Chinese fonts (app/globals.css), with Noto CJK for Linux and Microsoft YaHei for Windows. */
export const CHART_FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
export const CHART_FONT_SIZE = 14;

export const YEARLY_SIZE = { width: 640, height: 380 } as const;
const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'] as const;

const STRIPES = 'rgba(255,255,255,0.6)';
/** Bar patterns, one per series: plain, stripes four ways, a grid of squares (small tiles, so that the SVG stays small). */
export const BAR_PATTERNS: readonly (DecalObject | null)[] = [
  null,
  { symbol: 'rect', color: STRIPES, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
  { symbol: 'rect', color: STRIPES, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
  { symbol: 'rect', color: STRIPES, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  { symbol: 'rect', color: STRIPES, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2 },
  { symbol: 'rect', color: STRIPES, dashArrayX: [3, 3], dashArrayY: [3, 3], rotation: 0 },
];

const text = { color: TEXT_COLOUR, fontFamily: CHART_FONT, fontSize: CHART_FONT_SIZE };

function base(legend: boolean): ChartOption {
  return {
    animation: false,
    color: [...PALETTE],
    textStyle: { ...text },
    ...(legend
      ? { legend: { top: 0, left: 0, right: 0, itemGap: LEGEND_ITEM_GAP, itemWidth: LEGEND_SYMBOL_WIDTH, itemHeight: 14, textStyle: { ...text }, selectedMode: false } }
      : {}),
  };
}

/** A pattern, or none (ECharts fails on 'none' at series level). */
const decal = (pattern: DecalObject | null | undefined) => (pattern ? { decal: pattern } : {});

const countLabel = (value: unknown) => (typeof value === 'number' ? formatCount(value) : '');

function valueAxis(name: string, formatter: (value: number) => string = formatCount) {
  return {
    type: 'value' as const,
    name,
    nameTextStyle: { ...text, align: 'right' as const },
    minInterval: 1,
    axisLabel: { ...text, formatter },
    axisLine: { show: true, lineStyle: { color: AXIS_COLOUR } },
    splitLine: { lineStyle: { color: GRID_LINE_COLOUR } },
  };
}

function yearAxis(years: readonly number[]) {
  return {
    type: 'category' as const,
    name: '年度',
    nameLocation: 'middle' as const,
    nameGap: 32,
    nameTextStyle: { ...text },
    data: years.map(String),
    axisLabel: { ...text },
    axisLine: { lineStyle: { color: AXIS_COLOUR } },
    axisTick: { alignWithLabel: true, lineStyle: { color: AXIS_COLOUR } },
  };
}

const LEGEND_ITEM_GAP = 16;
const LEGEND_SYMBOL_WIDTH = 22;
const LEGEND_LINE_HEIGHT = 26;

/** The width of a text as ECharts estimates it on the server: a Chinese character is as wide as the font is high. */
function textWidth(label: string): number {
  let width = 0;
  for (const character of label) width += /[\u0000-\u00ff]/.test(character) ? CHART_FONT_SIZE * 0.6 : CHART_FONT_SIZE;
  return width;
}

/** Room for the legend: its items laid out in lines as wide as the chart. */
export function legendHeight(labels: readonly string[], width: number): number {
  let lines = 1;
  let used = 0;
  for (const label of labels) {
    const item = LEGEND_SYMBOL_WIDTH + 5 + textWidth(label);
    if (used > 0 && used + LEGEND_ITEM_GAP + item > width) {
      lines += 1;
      used = item;
    } else {
      used += (used > 0 ? LEGEND_ITEM_GAP : 0) + item;
    }
  }
  return lines * LEGEND_LINE_HEIGHT;
}

/** The plot area inside the chart, with its axis labels and names kept inside (ECharts 6 “outer bounds”). */
function grid(top: number, right = 16) {
  return { top, left: 8, right, bottom: 8, outerBoundsMode: 'same' as const, outerBoundsContain: 'all' as const };
}

function yearlyOption(figure: YearlyFigure): ChartSpec {
  const { chart } = figure;
  const top = legendHeight(
    chart.series.map((series) => series.label),
    YEARLY_SIZE.width,
  );
  const option: ChartOption = {
    ...base(true),
    grid: grid(top + 12),
    xAxis: yearAxis(figure.years),
    yAxis: valueAxis('件'),
    series:
      chart.kind === 'line'
        ? chart.series.map(
            (series, index): LineSeriesOption => ({
              type: 'line',
              name: series.label,
              data: figure.values[index] ?? [],
              symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length],
              // Later series are drawn thinner and smaller, so that a series they cover still shows around them.
              symbolSize: 13 - index * 2,
              lineStyle: { width: 4 - index * 0.75 },
              connectNulls: false,
              silent: true,
            }),
          )
        : chart.series.map(
            (series, index): BarSeriesOption => ({
              type: 'bar',
              name: series.label,
              data: figure.values[index] ?? [],
              // Bars of several series also differ by pattern.
              itemStyle: { ...decal(BAR_PATTERNS[index % BAR_PATTERNS.length]), ...(chart.kind === 'stacked' ? { borderColor: '#ffffff', borderWidth: 1 } : {}) },
              ...(chart.kind === 'stacked' ? { stack: 'total' } : { barMaxWidth: 28 }),
              silent: true,
            }),
          ),
  };
  return { option, ...YEARLY_SIZE };
}

function onTimeOption(figure: OnTimeFigure): ChartSpec {
  const option: ChartOption = {
    ...base(false),
    grid: grid(12),
    xAxis: yearAxis(figure.years.map((year) => year.year)),
    yAxis: { ...valueAxis('%', (value) => formatPercent(value)), max: 100, minInterval: undefined, interval: 20 },
    series: [
      {
        type: 'bar',
        name: '按时发布率',
        data: figure.years.map((year) => onTimeRate(year)),
        barMaxWidth: 48,
        label: { show: true, position: 'top', ...text, formatter: ({ value }) => (typeof value === 'number' ? formatPercent(value) : '') },
        silent: true,
      },
    ],
  };
  return { option, width: YEARLY_SIZE.width, height: 340 };
}

/** Department names longer than this are cut with “…” in the chart (the table beside has them whole). */
const NAME_WIDTH = 210;
const ROW_HEIGHT = 30;

function departmentsOption(figure: DepartmentsFigure): ChartSpec {
  const departments = chartedDepartments(figure);
  const option: ChartOption = {
    ...base(false),
    grid: grid(12, 56),
    xAxis: { ...valueAxis('单位：件'), nameLocation: 'middle', nameGap: 30, nameTextStyle: { ...text } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: departments.map((department) => department.name),
      axisLabel: { ...text, width: NAME_WIDTH, overflow: 'truncate' },
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: figure.metricLabel,
        barMaxWidth: 20,
        // The chosen department: its own colour and pattern, and said in words beside its bar (a bar of 0 shows no colour).
        data: departments.map((department) =>
          department.chosen
            ? { value: department.value, itemStyle: { color: HIGHLIGHT_COLOUR, decal: BAR_PATTERNS[1]! }, label: { formatter: `${formatCount(department.value)}（所选部门）`, fontWeight: 'bold' as const } }
            : department.value,
        ),
        label: { show: true, position: 'right', ...text, formatter: ({ value }) => countLabel(value) },
        silent: true,
      },
    ],
  };
  return { option, width: YEARLY_SIZE.width, height: Math.max(160, 56 + departments.length * ROW_HEIGHT) };
}

export function chartSpec(figure: Figure): ChartSpec {
  if (figure.kind === 'yearly') return yearlyOption(figure);
  if (figure.kind === 'on-time') return onTimeOption(figure);
  return departmentsOption(figure);
}
