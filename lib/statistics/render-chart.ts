// Renders a chart to SVG on the server with ECharts' server-side rendering (no
// browser, no DOM): the page inlines it, so it shows without JavaScript. The
// SVG is made an accessible image here (ECharts writes no ARIA when rendering
// on the server): role="img", a name, a description by reference, and sizes
// from its viewBox only, so that the page scales it (关怀版 included).
import 'server-only';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT, CHART_FONT_SIZE, type ChartSpec } from './chart-options';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export interface ChartAccessibility {
  /** Unique on the page: prefixes the SVG's own ids (patterns, classes). */
  id: string;
  /** The accessible name: what the chart is. */
  label: string;
  /** The id of the element that describes it (its summary). */
  describedBy: string;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The chart as an SVG element (text), to inline in the page. */
export function renderChartSvg(spec: ChartSpec, accessibility: ChartAccessibility): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  let svg: string;
  try {
    chart.setOption(spec.option);
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  if (!/^<svg[\s>]/.test(svg)) throw new Error('ECharts did not render an SVG');
  const prefix = accessibility.id.replace(/[^A-Za-z0-9_-]/g, '-');
  const open = [
    '<svg xmlns="http://www.w3.org/2000/svg"',
    `viewBox="0 0 ${spec.width} ${spec.height}"`,
    'role="img"',
    `aria-label="${escapeAttribute(accessibility.label)}"`,
    `aria-describedby="${escapeAttribute(accessibility.describedBy)}"`,
    // The text's font, once for all (ECharts repeats it on every text).
    `font-family="${escapeAttribute(CHART_FONT)}" font-size="${CHART_FONT_SIZE}"`,
    'focusable="false">',
  ].join(' ');
  return (
    svg
      .replace(/^<svg[^>]*>/, open)
      .replaceAll(` style="font-size:${CHART_FONT_SIZE}px;font-family:${CHART_FONT};"`, '')
      // Hover styles and their classes: the charts are still images.
      .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replaceAll(' pointer-events="visible"', '')
      // ECharts numbers its ids per instance (zr0-, zr1- …): make them the chart's own, unique on the page.
      .replace(/(id="|url\(#)zr\d+-/g, `$1${prefix}-`)
  );
}
