import { describe, expect, it } from 'vitest';
import { AXIS_COLOUR, BAR_PATTERNS, HIGHLIGHT_COLOUR, PALETTE, TEXT_COLOUR, YEARLY_SIZE, chartSpec, legendHeight } from './chart-options';
import { departmentsFigure, yearlyFigure } from './figures';
import { yearlyChart } from './series';

/** WCAG 2.1 contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('the charts’ options', () => {
  it('use colours that stand out against white: series and axes 3:1, text 4.5:1', () => {
    for (const colour of [...PALETTE, AXIS_COLOUR, HIGHLIGHT_COLOUR]) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    expect(contrastOnWhite(TEXT_COLOUR)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(BAR_PATTERNS).toHaveLength(PALETTE.length);
  });

  it('tell line series apart by symbol, bar series by pattern', () => {
    const years = [2023, 2024];
    const line = chartSpec(yearlyFigure(yearlyChart('applications'), years, []));
    const symbols = (line.option.series as { symbol?: string }[]).map((series) => series.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    const bars = chartSpec(yearlyFigure(yearlyChart('outcomes'), years, []));
    const barSeries = bars.option.series as { stack?: string; itemStyle: { decal?: unknown } }[];
    expect(barSeries.every((series) => series.stack === 'total')).toBe(true);
    expect(new Set(barSeries.map((series) => JSON.stringify(series.itemStyle.decal ?? 'plain'))).size).toBe(barSeries.length);
    expect(bars).toMatchObject(YEARLY_SIZE);
  });

  it('leaves room for as many legend lines as the labels need', () => {
    expect(legendHeight(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'], 640)).toBe(26);
    expect(legendHeight(yearlyChart('applications').series.map((series) => series.label), 640)).toBe(52);
    expect(legendHeight(['一'.repeat(60)], 640)).toBe(26);
  });

  it('draws the compared departments largest first, the chosen one in its own colour, as tall as their number', () => {
    const ranking = {
      year: 2024,
      metric: 'applications' as const,
      reports: 3,
      filled: 3,
      total: 9,
      top: [
        { rank: 1, name: '甲局', slug: 'a', value: 5, chosen: false },
        { rank: 2, name: '乙局', slug: 'b', value: 3, chosen: true },
        { rank: 3, name: '丙局', slug: 'c', value: 1, chosen: false },
      ],
    };
    const spec = chartSpec(departmentsFigure(ranking, 2));
    expect((spec.option.yAxis as { data: string[]; inverse: boolean })).toMatchObject({ data: ['甲局', '乙局'], inverse: true });
    const data = (spec.option.series as { data: unknown[] }[])[0]!.data;
    expect(data).toEqual([5, expect.objectContaining({ value: 3, itemStyle: expect.objectContaining({ color: HIGHLIGHT_COLOUR }), label: expect.objectContaining({ formatter: '3（所选部门）' }) })]);
    const many = Array.from({ length: 20 }, (_, index) => ({ rank: index + 1, name: `部门${index}`, slug: `d${index}`, value: 20 - index, chosen: false }));
    expect(chartSpec(departmentsFigure({ ...ranking, filled: 20, top: many }, 20)).height).toBeGreaterThan(spec.height + 17 * 25);
  });
});
