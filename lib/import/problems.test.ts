// What the parser says when it cannot place a value, and the inputs that
// vary from the fixtures' forms: hints, encodings, a page's <meta> date.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dataRows, getFormat } from '@/lib/report-format/formats';
import { parseReport } from './parse-report';
import { expectCells } from './testing/expect';
import { EDUCATION_2021 } from './testing/fixtures-2021';
import { HEALTH_2019 } from './testing/fixtures-2019';
import { MARKET_2022 } from './testing/fixtures-2022';
import { printedReport } from './testing/printed';
import { cellPerLineText, htmlPage, tabRowsText } from './testing/render';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (content: string, hints = {}) => parseReport({ kind: 'text', bytes: utf8(content) }, hints);

describe('values it cannot place', () => {
  it('names the row and its columns when a flattened copy dropped blank cells, and places none of that row', async () => {
    // Blank cells copied as nothing at all: three empty lines become one.
    const copy = cellPerLineText(MARKET_2022, printedReport(MARKET_2022)).replace(/\n{3,}/g, '\n\n');
    const parsed = await text(copy);
    const t3 = getFormat('gov-2021').tables.find((table) => table.id === 't3_applications')!;
    const t3Problems = parsed.problems.filter((problem) => problem.tableId === 't3_applications');
    expect(t3Problems.map((problem) => problem.rowKey)).toEqual(dataRows(t3).map((row) => row.key));
    expect(t3Problems[0]).toEqual({
      level: 'error',
      message: expect.stringMatching(/^表三 “一、本年新收政府信息公开申请数量”（第 \d+ 行）：读到 5 个数值，应有 7 个（自然人、商业企业、科研机构、社会公益组织、法律服务机构、法人或其他组织（其他）、总计），无法确定各数值属于哪一列，这一行未导入。$/),
      tableId: 't3_applications',
      rowKey: 'new_received',
    });
    expect(parsed.content.tables.t3_applications!.new_received!.natural_person).toBeNull();
    expect(parsed.sources['t3_applications.new_received.natural_person']).toBeUndefined();
    expect(parsed.confidence.find((entry) => entry.tableId === 't3_applications')).toEqual({ tableId: 't3_applications', found: 0, expected: 175, unreadable: 175 });
    expect(parsed.problems.find((problem) => problem.tableId === 't4_review_litigation')?.message).toMatch(/^表四（第 \d+ 行）：读到 5 个数值，应有 15 个/);
    // What it could place is placed.
    expect(parsed.content.tables.t2_art20_5!.administrative_licensing!.decisions).toBe(3265);
  });

  it('names a row label it cannot read, and the row it then misses', async () => {
    const copy = tabRowsText(EDUCATION_2021, printedReport(EDUCATION_2021)).replace('行政处罚\t12', '行政处理决定\t12');
    const parsed = await text(copy);
    expect(parsed.problems).toEqual([
      { level: 'error', message: expect.stringMatching(/^第 \d+ 行的行标题“行政处理决定”无法识别（位于表二（第二十条第（六）项）），这一行的数值未导入。$/), tableId: 't2_art20_6' },
      { level: 'error', message: '原文中没有找到表二（第二十条第（六）项） “行政处罚”这一行，这一行的数值未导入。', tableId: 't2_art20_6', rowKey: 'administrative_penalty' },
    ]);
    expect(parsed.content.tables.t2_art20_6!.administrative_penalty!.decisions).toBeNull();
  });

  it('keeps the first of a row printed twice with other values, and says so', async () => {
    const copy = tabRowsText(EDUCATION_2021, printedReport(EDUCATION_2021)).replace('行政强制\t0', '行政强制\t0\r\n行政强制\t5');
    const parsed = await text(copy);
    expect(parsed.problems).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/^表二（第二十条第（六）项） “行政强制”在原文中出现了两次，数值不同；已采用第一次出现的数值，第 \d+ 行的数值未导入。$/),
        tableId: 't2_art20_6',
        rowKey: 'administrative_coercion',
      },
    ]);
    expect(parsed.content.tables.t2_art20_6!.administrative_coercion!.decisions).toBe(0);
  });

  it('converts 元 in the 万元 column of fees, with a warning that names the cell', async () => {
    const copy = tabRowsText(MARKET_2022, printedReport(MARKET_2022)).replace('0.35万元', '3500元');
    const parsed = await text(copy);
    expect(parsed.content.tables.t2_art20_8!.administrative_fees!.fee_amount).toBe(0.35);
    expect(parsed.problems).toEqual([
      {
        level: 'warning',
        message: '表二（第二十条第（八）项） “行政事业性收费” · 本年收费金额：原文“3500元”以元为单位，已按本列单位换算为 0.35 万元。',
        tableId: 't2_art20_8',
        rowKey: 'administrative_fees',
        columnKey: 'fee_amount',
      },
    ]);
  });

  it('reads the tables of the format they are printed in when the year says otherwise, and says so', async () => {
    const copy = tabRowsText(HEALTH_2019, printedReport(HEALTH_2019)).replace('委员会2019年政府', '委员会2021年政府');
    const parsed = await text(copy);
    expect(parsed.year).toBe(2021);
    expect(parsed.formatId).toBe('gov-2019');
    expect(parsed.problems).toEqual([
      {
        level: 'warning',
        message: '报告年度为 2021 年，应使用国办公开办函〔2021〕30号的格式，但原文的表格是国办公开办函〔2019〕60号的格式；已按原文表格的格式读取，请核对。',
      },
    ]);
    expect(parsed.content.tables.t2_art20_9!.government_central_procurement!.procurement_amount).toEqual({ amount: 75394432.52, unit: '元' });
  });
});

describe('inputs beside the fixture forms', () => {
  it('takes the department from the hints and the year from the statistics period when the title is missing', async () => {
    const copy = cellPerLineText(EDUCATION_2021, printedReport(EDUCATION_2021)).replaceAll('章贡区教育局2021年政府信息公开工作年度报告', '').replaceAll('章贡区教育局2020年政府信息公开工作年度报告', '');
    const parsed = await text(copy, { departmentName: '章贡区教育局' });
    expect(parsed.title).toBeNull();
    expect(parsed.departmentName).toBe('章贡区教育局');
    expect(parsed.year).toBe(2021);
    expect(parsed.content.preamble).toBe(EDUCATION_2021.preamble.join('\n'));
    expect(parsed.problems).toEqual([{ level: 'warning', message: '原文中没有找到报告标题（××2020年政府信息公开工作年度报告），部门和年度需要核对。' }]);
    expect(expectCells(EDUCATION_2021, parsed)).toBe(200);
  });

  it('warns when the hints differ from what the report says', async () => {
    const parsed = await text(tabRowsText(EDUCATION_2021, printedReport(EDUCATION_2021)), { year: 2022, departmentName: '章贡区卫生健康委员会' });
    expect(parsed.year).toBe(2021);
    expect(parsed.problems.map((problem) => problem.message)).toEqual([
      '原文的报告年度为 2021 年，与指定的 2022 年不同，请核对。',
      '原文的部门为“章贡区教育局”，与指定的“章贡区卫生健康委员会”不同，请核对。',
    ]);
  });

  it('reads a GBK text file and a UTF-16 text file', async () => {
    const copy = tabRowsText(EDUCATION_2021, printedReport(EDUCATION_2021));
    const gbk = await parseReport({ kind: 'text', bytes: new Uint8Array(iconv.encode(copy, 'gbk')) });
    expect(gbk.encoding).toBe('GB18030');
    expect(expectCells(EDUCATION_2021, gbk)).toBe(200);
    const utf16 = await parseReport({ kind: 'text', bytes: new Uint8Array(iconv.encode(copy, 'utf-16le', { addBOM: true })) });
    expect(utf16.encoding).toBe('UTF-16');
    expect(utf16.title).toBe(EDUCATION_2021.title);
  });

  it('takes the publication date from the page’s <meta> when the page prints none', async () => {
    const page = htmlPage(EDUCATION_2021, printedReport(EDUCATION_2021))
      .replace(/<div class="article-info">.*?<\/div>/, '')
      .replace('<meta name="SiteName"', '<meta name="PubDate" content="2022-01-19 10:00"><meta name="SiteName"');
    const parsed = await parseReport({ kind: 'html', bytes: utf8(page) });
    expect(parsed.publishedOn).toBe('2022-01-19');
  });
});
