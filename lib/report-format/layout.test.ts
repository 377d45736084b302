import { describe, expect, it } from 'vitest';
import { getTable } from './formats';
import { GOV_2019 } from './formats/gov-2019';
import { GOV_2021 } from './formats/gov-2021';
import { cellHeaders, tableLayout } from './layout';

describe('table layout', () => {
  it('builds table 三’s three header rows under a corner note', () => {
    const layout = tableLayout(getTable(GOV_2021, 't3_applications'));
    expect(layout.corner).toMatchObject({ colSpan: 3, rowSpan: 3, isHeader: false });
    expect(layout.headerRows.map((row) => row.map((cell) => `${cell.text}/${cell.colSpan}x${cell.rowSpan}`))).toEqual([
      ['申请人情况/7x1'],
      ['自然人/1x2', '法人或其他组织/5x1', '总计/1x2'],
      ['商业企业/1x1', '科研机构/1x1', '社会公益组织/1x1', '法律服务机构/1x1', '其他/1x1'],
    ]);
    expect(layout.rowHeaderColumns).toBe(3);
  });

  it('spans table 三’s group labels over their rows', () => {
    for (const [format, resultRows, otherCells] of [
      [GOV_2019, 20, ['（六）其他处理/2x1']],
      [GOV_2021, 22, ['（六）其他处理/1x3', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请/1x1']],
    ] as const) {
      const layout = tableLayout(getTable(format, 't3_applications'));
      const cellsOf = (rowKey: string) =>
        layout.bodyRows.find((body) => body.row.key === rowKey)!.headerCells.map((cell) => `${cell.text}/${cell.colSpan}x${cell.rowSpan}`);
      expect(cellsOf('new_received')).toEqual(['一、本年新收政府信息公开申请数量/3x1']);
      expect(cellsOf('granted')).toEqual([`三、本年度办理结果/1x${resultRows}`, '（一）予以公开/2x1']);
      expect(cellsOf('denied_state_secret')).toEqual(['（三）不予公开/1x8', '1.属于国家秘密/1x1']);
      expect(cellsOf('denied_prohibited_by_law')).toEqual(['2.其他法律行政法规禁止公开/1x1']);
      expect(cellsOf('unable_not_held')).toEqual(['（四）无法提供/1x3', '1.本机关不掌握相关政府信息/1x1']);
      expect(cellsOf('not_processed_petition_complaint')).toEqual(['（五）不予处理/1x5', '1.信访举报投诉类申请/1x1']);
      expect(cellsOf(format === GOV_2019 ? 'other' : 'other_no_correction')).toEqual(otherCells);
      expect(cellsOf('total_processed')).toEqual(['（七）总计/2x1']);
      expect(cellsOf('carried_forward')).toEqual(['四、结转下年度继续办理/3x1']);
    }
  });

  it('builds table 四’s two-level header with 行政复议’s results spanning two rows', () => {
    const layout = tableLayout(getTable(GOV_2019, 't4_review_litigation'));
    expect(layout.corner).toBeNull();
    expect(layout.headerRows.map((row) => row.map((cell) => `${cell.text}/${cell.colSpan}x${cell.rowSpan}`))).toEqual([
      ['行政复议/5x1', '行政诉讼/10x1'],
      ['结果维持/1x2', '结果纠正/1x2', '其他结果/1x2', '尚未审结/1x2', '总计/1x2', '未经复议直接起诉/5x1', '复议后起诉/5x1'],
      Array.from({ length: 2 }, () => ['结果维持/1x1', '结果纠正/1x1', '其他结果/1x1', '尚未审结/1x1', '总计/1x1']).flat(),
    ]);
    expect(layout.bodyRows).toHaveLength(1);
    expect(layout.bodyRows[0]?.headerCells).toEqual([]);
  });

  it('ties every column to all its headers', () => {
    const layout = tableLayout(getTable(GOV_2019, 't4_review_litigation'), 'x-');
    expect(layout.columnHeaderIds.litigation_after_review_pending).toHaveLength(3);
    expect(layout.columnHeaderIds.review_total).toHaveLength(2);
    expect(layout.columnHeaderIds.review_total?.every((id) => id.startsWith('x-t4'))).toBe(true);
  });

  it('builds each table’s layout once per id prefix', () => {
    const t3 = getTable(GOV_2021, 't3_applications');
    expect(tableLayout(t3, 'ed-')).toBe(tableLayout(t3, 'ed-'));
    expect(tableLayout(t3, 'ed-')).not.toBe(tableLayout(t3));
    expect(tableLayout(t3).corner?.id).toBe('t3corner');
  });

  it('ties a data cell to its column headers, then its row headers', () => {
    const layout = tableLayout(getTable(GOV_2021, 't3_applications'));
    const granted = layout.bodyRows.find((body) => body.row.key === 'granted')!;
    expect(cellHeaders(layout, 'legal_research', granted.rowHeaderIds)).toBe('t3h0_0 t3h1_1 t3h2_2 t3r_results t3r_granted');
  });
});
