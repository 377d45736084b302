// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema } from '@/lib/report-format/content';
import { GOV_2019 } from '@/lib/report-format/formats/gov-2019';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { sample2019, sample2021 } from '@/lib/report-format/testing/sample-content';
import type { ReportFormat } from '@/lib/report-format/types';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { PublishedReport } from './published-report';

function render(format: ReportFormat, content: ParsedReportContent, title = '测试报告') {
  document.body.innerHTML = renderToStaticMarkup(<PublishedReport format={format} content={content} title={title} />);
}

/** Places every cell of a table on a grid, following rowspan and colspan; returns the width of each row. */
function gridWidths(table: HTMLTableElement): number[] {
  const occupied: boolean[][] = [];
  const rows = Array.from(table.rows);
  rows.forEach((row, rowIndex) => {
    occupied[rowIndex] ??= [];
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (occupied[rowIndex]![column]) column++;
      for (let r = 0; r < cell.rowSpan; r++) {
        for (let c = 0; c < cell.colSpan; c++) (occupied[rowIndex + r] ??= [])[column + c] = true;
      }
      column += cell.colSpan;
    }
  });
  return occupied.slice(0, rows.length).map((row) => row.filter(Boolean).length);
}

function spans(row: HTMLTableRowElement) {
  return Array.from(row.cells).map((cell) => `${cell.tagName.toLowerCase()}:${cell.textContent}/${cell.colSpan}x${cell.rowSpan}`);
}

function tableIn(sectionHeading: string): HTMLTableElement {
  const heading = Array.from(document.querySelectorAll('h2')).find((h) => h.textContent === sectionHeading)!;
  return heading.closest('section')!.querySelector('table')!;
}

describe('the published layout', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  for (const [format, sample, resultRows] of [
    [GOV_2019, sample2019, 20],
    [GOV_2021, sample2021, 22],
  ] as const) {
    it(`${format.id}: table 三 has the template’s merged header cells`, () => {
      render(format, sample());
      const table = tableIn('三、收到和处理政府信息公开申请情况');
      const head = table.tHead!.rows;
      expect(spans(head[0]!)).toEqual([
        'td:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/3x3',
        'th:申请人情况/7x1',
      ]);
      expect(spans(head[1]!)).toEqual(['th:自然人/1x2', 'th:法人或其他组织/5x1', 'th:总计/1x2']);
      expect(spans(head[2]!)).toEqual(['th:商业企业/1x1', 'th:科研机构/1x1', 'th:社会公益组织/1x1', 'th:法律服务机构/1x1', 'th:其他/1x1']);
      const results = Array.from(table.tBodies[0]!.querySelectorAll('th')).find((th) => th.textContent === '三、本年度办理结果')!;
      expect(results.rowSpan).toBe(resultRows);
      // Every row of the printed grid is ten cells wide: three label columns and seven numbers.
      expect(new Set(gridWidths(table))).toEqual(new Set([10]));
      expect(table.tBodies[0]!.rows).toHaveLength(resultRows + 3);
      for (const row of Array.from(table.tBodies[0]!.rows)) expect(row.querySelectorAll('td')).toHaveLength(7);
    });

    it(`${format.id}: table 四 has the two-level header and one row of 15 cells`, () => {
      render(format, sample());
      const table = tableIn('四、政府信息公开行政复议、行政诉讼情况');
      const head = table.tHead!.rows;
      expect(spans(head[0]!)).toEqual(['th:行政复议/5x1', 'th:行政诉讼/10x1']);
      expect(spans(head[1]!)).toEqual([
        'th:结果维持/1x2',
        'th:结果纠正/1x2',
        'th:其他结果/1x2',
        'th:尚未审结/1x2',
        'th:总计/1x2',
        'th:未经复议直接起诉/5x1',
        'th:复议后起诉/5x1',
      ]);
      expect(head[2]!.cells).toHaveLength(10);
      expect(table.tBodies[0]!.rows).toHaveLength(1);
      expect(table.tBodies[0]!.rows[0]!.cells).toHaveLength(15);
      expect(new Set(gridWidths(table))).toEqual(new Set([15]));
    });
  }

  it('ties each number to its row and column headers', () => {
    render(GOV_2021, sample2021());
    const table = tableIn('三、收到和处理政府信息公开申请情况');
    const row = Array.from(table.tBodies[0]!.rows).find((r) => r.textContent?.includes('（一）予以公开'))!;
    const cell = row.querySelector('td')!;
    const headerTexts = cell
      .getAttribute('headers')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(headerTexts).toEqual(['申请人情况', '自然人', '三、本年度办理结果', '（一）予以公开']);
    expect(cell.textContent).toBe('6');
    // Tables 三 and 四 (2021 format): 25 rows of 7 numbers and one row of 15.
    const cells = Array.from(document.querySelectorAll('td[headers]'));
    expect(cells).toHaveLength(25 * 7 + 15);
    for (const td of cells) {
      for (const id of td.getAttribute('headers')!.split(' ')) expect(document.getElementById(id)?.tagName).toBe('TH');
    }
  });

  it('renders the 2020 report of 章贡区财政局 with every number of the original', () => {
    render(GOV_2019, reportContentSchema.parse(zhanggongFinance2020), '章贡区财政局2020年政府信息公开工作年度报告');
    expect(document.querySelector('h1')?.textContent).toBe('章贡区财政局2020年政府信息公开工作年度报告');
    const rowTexts = (caption: string) => {
      const table = Array.from(document.querySelectorAll('table')).find((t) => t.caption?.textContent === caption)!;
      return Array.from(table.tBodies[0]!.rows).map((row) => Array.from(row.cells).map((cell) => cell.textContent));
    };
    expect(rowTexts('第二十条第（一）项')).toEqual([
      ['规章', '0', '0', '0'],
      ['规范性文件', '2', '2', '19'],
    ]);
    expect(rowTexts('第二十条第（五）项')).toEqual([
      ['行政许可', '1', '0', '0'],
      ['其他对外管理服务事项', '7', '减2', '0'],
    ]);
    expect(rowTexts('第二十条第（六）项')).toEqual([
      ['行政处罚', '44', '0', '0'],
      ['行政强制', '0', '0', '0'],
    ]);
    expect(rowTexts('第二十条第（八）项')).toEqual([['行政事业性收费', '0', '0']]);
    expect(rowTexts('第二十条第（九）项')).toEqual([['政府集中采购', '5', '172621.8']]);
    const t3 = tableIn('三、收到和处理政府信息公开申请情况');
    const t3Numbers = Array.from(t3.querySelectorAll('td[headers]')).map((td) => td.textContent);
    expect(t3Numbers).toHaveLength(23 * 7);
    expect(new Set(t3Numbers)).toEqual(new Set(['0']));
    const text = document.body.textContent ?? '';
    expect(text).toContain('2020年全年共公开信息408篇');
    expect(text).toContain('邮编:gzzgcz@163.com');
    expect(text).toContain('三是增强队伍建设');
    expect(document.querySelector('.report-signature')?.textContent).toBe('章贡区财政局2021年1月20日');
    expect(Array.from(document.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('shows a printed total that disagrees as printed (原文如此), the derived one beside it, and blank apart from 0', () => {
    const content = sample2021();
    content.printedTotals = { t3_applications: { total_processed: { natural_person: 7 } } };
    content.tables.t3_applications!.new_received!.legal_research = null;
    render(GOV_2021, content);
    const printed = document.querySelector('.report-printed')!;
    expect(printed.textContent).toMatch(/^（原文如此；按各项计算应为\d+）$/);
    expect(printed.parentElement?.textContent?.startsWith('7（原文如此')).toBe(true);
    const t3 = tableIn('三、收到和处理政府信息公开申请情况');
    const first = t3.tBodies[0]!.rows[0]!.querySelectorAll('td');
    expect(first[2]?.textContent).toBe('空白');
    expect(first[2]?.querySelector('.sr-only')).not.toBeNull();
    expect(first[3]?.textContent).toBe('0');
  });

  it('notes a printed total exactly where the rules report one, as printed', () => {
    // A blank total counts as 0, as in the rules: a printed 0 beside it is no difference.
    const blank = sample2021();
    blank.tables.t3_applications = {};
    blank.printedTotals = { t3_applications: { total_processed: { natural_person: 0 } } };
    render(GOV_2021, blank);
    expect(document.querySelector('.report-printed')).toBeNull();
    // A difference is written as the cell is: 12.5, not 12.500000000000002.
    const differs = sample2021();
    differs.printedTotals = { t3_applications: { total_processed: { natural_person: 12.500000000000002 } } };
    render(GOV_2021, differs);
    expect(document.querySelector('.report-printed')?.parentElement?.textContent?.startsWith('12.5（原文如此；按各项计算应为')).toBe(true);
  });
});
