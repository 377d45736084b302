import { describe, expect, it } from 'vitest';
import { CHART_FONT, chartSpec } from './chart-options';
import { departmentsFigure, yearlyFigure } from './figures';
import { renderChartSvg } from './render-chart';
import { yearlyChart } from './series';

const outcomes = yearlyFigure(yearlyChart('outcomes'), [2023, 2024], [
  { year: 2023, tableId: 't3_applications', rowKey: 'granted', columnKey: 'total', sum: 7 },
  { year: 2024, tableId: 't3_applications', rowKey: 'unable_not_held', columnKey: 'total', sum: 3 },
]);

describe('a chart rendered on the server', () => {
  it('is an SVG image with a name, a description by reference and the size of its viewBox only', () => {
    const svg = renderChartSvg(chartSpec(outcomes), { id: 'chart-outcomes', label: '办理结果 "A" & <B>', describedBy: 'chart-outcomes-summary' });
    const open = /^<svg [^>]*>/.exec(svg)![0];
    expect(open).toContain('viewBox="0 0 640 380"');
    expect(open).toContain('role="img"');
    expect(open).toContain('aria-label="办理结果 &quot;A&quot; &amp; &lt;B&gt;"');
    expect(open).toContain('aria-describedby="chart-outcomes-summary"');
    expect(open).toContain(`font-family="${CHART_FONT.replaceAll('"', '&quot;')}"`);
    expect(open).not.toMatch(/ (width|height)=/);
    expect(svg.endsWith('</svg>')).toBe(true);
    // Its text, without the font repeated on each, and no hover styles.
    expect(svg).toContain('>予以公开</text>');
    expect(svg).not.toContain('font-family:');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/class="zr/);
  });

  it('names its patterns after the chart, so that two charts on a page never share an id', () => {
    const first = renderChartSvg(chartSpec(outcomes), { id: 'chart-a', label: '图', describedBy: 'summary' });
    const second = renderChartSvg(chartSpec(outcomes), { id: 'chart-b', label: '图', describedBy: 'summary' });
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids(first).length).toBeGreaterThan(0);
    expect(ids(first).every((id) => id.startsWith('chart-a-'))).toBe(true);
    expect(ids(second).every((id) => id.startsWith('chart-b-'))).toBe(true);
    for (const reference of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids(first)).toContain(reference[1]);
    // The same figures give the same picture, whatever was rendered before.
    expect(first.replaceAll('chart-a-', '')).toBe(second.replaceAll('chart-b-', ''));
  });

  it('escapes the names it draws', () => {
    const svg = renderChartSvg(
      chartSpec(
        departmentsFigure(
          { year: 2024, metric: 'applications', reports: 1, filled: 1, total: 1, top: [{ rank: 1, name: '<script>alert(1)</script>局', slug: 'x', value: 1, chosen: false }] },
          20,
        ),
      ),
      { id: 'chart-departments', label: '对比', describedBy: 'd' },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
