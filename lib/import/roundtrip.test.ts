// The portal's own Word copy of a report (lib/documents/report-docx.ts), as a
// department may upload it again, reads back to the report it was made from.
// And two things real pages do that the fixtures do not: a title broken over
// two lines, and a sentence in the report that mentions 无障碍 and 访问量.
import { describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportDocx } from '@/lib/documents/report-docx';
import { reportContentSchema } from '@/lib/report-format/content';
import { deriveTable } from '@/lib/report-format/derive';
import { dataRows, getFormat, isComputedCell } from '@/lib/report-format/formats';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { reportTitle } from '@/lib/report-format/title';
import { parseReport } from './parse-report';
import { expectCells } from './testing/expect';
import { EDUCATION_2021 } from './testing/fixtures-2021';
import { printedReport } from './testing/printed';
import { htmlPage } from './testing/render';

describe('the portal’s Word copy, imported again', () => {
  it('gives back the real 2020 report of 章贡区财政局 exactly', async () => {
    const seed = reportContentSchema.parse(zhanggongFinance2020);
    const bytes = await reportDocx(getFormat('gov-2019'), seed, reportTitle('章贡区财政局', 2020));
    const parsed = await parseReport({ kind: 'docx', bytes: new Uint8Array(bytes) });
    expect(parsed.problems).toEqual([]);
    expect([parsed.title, parsed.departmentName, parsed.year, parsed.formatId]).toEqual(['章贡区财政局2020年政府信息公开工作年度报告', '章贡区财政局', 2020, 'gov-2019']);
    expect(parsed.content).toEqual(seed);
  });

  it('gives back a 2021-format report, its totals read as printed', async () => {
    const content = sample2021();
    const format = getFormat('gov-2021');
    const bytes = await reportDocx(format, content, reportTitle('章贡区教育局', 2025), { draftMark: '未发布稿' });
    const parsed = await parseReport({ kind: 'docx', bytes: new Uint8Array(bytes) });
    expect(parsed.problems).toEqual([]);
    expect(parsed.year).toBe(2025);
    expect(parsed.content.tables).toEqual(content.tables);
    expect(parsed.content.sections).toEqual(content.sections);
    expect(parsed.content.signature).toEqual(content.signature);
    for (const table of format.tables) {
      const derived = deriveTable(table, content.tables[table.id]);
      for (const row of dataRows(table)) {
        for (const column of table.columns) {
          if (isComputedCell(row, column)) expect(parsed.content.printedTotals?.[table.id]?.[row.key]?.[column.key] ?? null).toBe(derived[row.key]![column.key]);
        }
      }
    }
  });
});

describe('what real pages do besides', () => {
  it('reads a title broken over two lines and keeps report sentences that mention page words', async () => {
    const sentence = '完成网站无障碍改造，栏目访问量明显提升。';
    const page = htmlPage(EDUCATION_2021, printedReport(EDUCATION_2021))
      .replace('<h2 class="article-title">章贡区教育局2021年政府信息公开工作年度报告</h2>', '<h2 class="article-title">章贡区教育局<br>2021年政府信息公开工作年度报告</h2>')
      .replace('全年未发生泄密事件。</span></p>', `全年未发生泄密事件。</span></p><p>${sentence}</p>`);
    const parsed = await parseReport({ kind: 'html', bytes: new TextEncoder().encode(page) });
    expect(parsed.title).toBe('章贡区教育局2021年政府信息公开工作年度报告');
    expect(parsed.departmentName).toBe('章贡区教育局');
    expect(parsed.content.preamble).toBe(EDUCATION_2021.preamble.join('\n'));
    expect(parsed.content.sections.s1).toContainEqual({ type: 'paragraph', text: sentence });
  });
});

describe('tables without the headings of sections 二 to 四', () => {
  it('reads the tables wherever they stand and says which headings are missing', async () => {
    const page = htmlPage(EDUCATION_2021, printedReport(EDUCATION_2021)).replace(/<p[^>]*><strong><span[^>]*>[二三四]、[^<]*<\/span><\/strong><\/p>/g, '');
    const parsed = await parseReport({ kind: 'html', bytes: new TextEncoder().encode(page) });
    expect(parsed.problems.map((problem) => problem.message)).toEqual([
      '原文中没有找到“二、主动公开政府信息情况”部分的标题。',
      '原文中没有找到“三、收到和处理政府信息公开申请情况”部分的标题。',
      '原文中没有找到“四、政府信息公开行政复议、行政诉讼情况”部分的标题。',
    ]);
    expect(expectCells(EDUCATION_2021, parsed)).toBe(200);
  });
});
