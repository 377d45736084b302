import { describe, expect, it } from 'vitest';
import { FORMATS, dataRows, findColumn, findRow, findTable, getRow, getTable } from '@/lib/report-format/formats';
import { COMPARISON_METRIC_DEFS, YEARLY_CHARTS, shortLabel, yearlyChart } from './series';

/** Whether a cell exists in a format (a data row and a column of one of its tables). */
function existsIn(format: (typeof FORMATS)[number], cell: { tableId: string; rowKey: string; columnKey: string }): boolean {
  const table = findTable(format, cell.tableId);
  const row = table && findRow(table, cell.rowKey);
  return Boolean(table && row?.kind === 'data' && findColumn(table, cell.columnKey));
}

describe('the statistics’ series', () => {
  it('name every series with the formats’ own labels', () => {
    const labels = Object.fromEntries(YEARLY_CHARTS.map((chart) => [chart.id, chart.series.map((series) => series.label)]));
    expect(labels).toEqual({
      applications: ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果·总计', '结转下年度继续办理'],
      outcomes: ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'],
      'review-litigation': ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'],
      documents: ['规章', '行政规范性文件'],
      decisions: ['行政许可', '行政处罚', '行政强制'],
    });
    expect(shortLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开');
    expect(shortLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
  });

  it('add up cells that exist, each in at least one format, and every format has a cell for every series', () => {
    for (const chart of YEARLY_CHARTS) {
      for (const series of chart.series) {
        for (const cell of series.cells) expect(FORMATS.some((format) => existsIn(format, cell)), `${chart.id} ${series.key} ${cell.rowKey}.${cell.columnKey}`).toBe(true);
        for (const format of FORMATS) expect(series.cells.some((cell) => existsIn(format, cell)), `${format.id} ${chart.id} ${series.key}`).toBe(true);
      }
    }
  });

  it('split table 三’s results into outcomes that add up to （七）总计 in both formats, each row once', () => {
    for (const format of FORMATS) {
      const table = getTable(format, 't3_applications');
      const inFormat = yearlyChart('outcomes').series.flatMap((series) => series.cells.filter((cell) => existsIn(format, cell)).map((cell) => cell.rowKey));
      expect([...inFormat].sort()).toEqual([...getRow(table, 'total_processed').sumOf!].sort());
      expect(new Set(inFormat).size).toBe(inFormat.length);
      expect(dataRows(table).some((row) => row.key === 'total_processed')).toBe(true);
    }
  });

  it('say how the two formats word 规章 and 规范性文件', () => {
    expect(yearlyChart('documents').note).toBe(
      '统计口径：2019—2020年度为规章、规范性文件的“本年新制作数量”（国办公开办函〔2019〕60号）；2021年度起为规章、行政规范性文件的“本年制发件数”（国办公开办函〔2021〕30号）。',
    );
  });

  it('rank departments by cells that are exactly the combinations the query matches', () => {
    expect(COMPARISON_METRIC_DEFS.map((metric) => metric.label)).toEqual(['本年新收政府信息公开申请数量', '行政复议', '行政诉讼（未经复议直接起诉、复议后起诉合计）']);
    for (const metric of COMPARISON_METRIC_DEFS) {
      // queries.ts matches table × row × column: that product must be the metric's cells, or another cell would be added in.
      const tables = new Set(metric.cells.map((cell) => cell.tableId));
      const rows = new Set(metric.cells.map((cell) => cell.rowKey));
      const columns = new Set(metric.cells.map((cell) => cell.columnKey));
      expect(tables.size * rows.size * columns.size).toBe(metric.cells.length);
      for (const cell of metric.cells) expect(FORMATS.every((format) => existsIn(format, cell))).toBe(true);
    }
  });
});
