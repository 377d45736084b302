// The Word copy, read back from the .docx the way Word reads it: the XML in
// the zip. Its tables must carry the merged header cells of the national
// format and the report's own numbers; its text no empty block.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema, type ParsedReportContent } from '@/lib/report-format/content';
import { deriveTable } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { GOV_2019 } from '@/lib/report-format/formats/gov-2019';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { tableLayout } from '@/lib/report-format/layout';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import type { ReportFormat, TableDef } from '@/lib/report-format/types';
import { DOCX_FONTS, reportDocx } from './report-docx';

interface XmlCell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge; 'continue' is a cell merged into the one above. */
  merge: 'restart' | 'continue' | null;
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/** The tables of document.xml as rows of cells. */
function readTables(xml: string): XmlCell[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => {
        const merge = /<w:vMerge w:val="restart"\/>/.test(cell!) ? 'restart' : /<w:vMerge(?: w:val="continue")?\/>/.test(cell!) ? 'continue' : null;
        return { text: texts(cell!), span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell!)?.[1] ?? 1), merge };
      }),
    ),
  );
}

async function documentXml(format: ReportFormat, content: ParsedReportContent, title: string, options = {}) {
  const file = await reportDocx(format, content, title, options);
  const zip = unzipSync(new Uint8Array(file));
  return { zip, xml: strFromU8(zip['word/document.xml']!) };
}

function tablesInOrder(format: ReportFormat): TableDef[] {
  return format.sections.flatMap((section) => (section.tables ?? []).map((id) => format.tables.find((table) => table.id === id)!));
}

const finance = reportContentSchema.parse(zhanggongFinance2020);

/** A 2021 report with a cell left blank (blank is not 0: it prints empty). */
function sampleWithBlank(): ParsedReportContent {
  const content = sample2021();
  content.tables.t3_applications!.new_received!.legal_research = null;
  return content;
}

describe.each([
  ['2019 format: 章贡区财政局 2020 (the real report)', GOV_2019, finance],
  ['2021 format, a blank cell', GOV_2021, sampleWithBlank()],
] as const)('%s as .docx', (_name, format, content) => {
  it("is a Word document: A4, the offices' font names, title and sections in order", async () => {
    const { zip, xml } = await documentXml(format, content, '章贡区财政局2020年政府信息公开工作年度报告');
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const font of Object.values(DOCX_FONTS)) expect(xml).toContain(`w:eastAsia="${font}"`);
    const plain = texts(xml);
    expect(plain.startsWith('章贡区财政局2020年政府信息公开工作年度报告')).toBe(true);
    const positions = format.sections.map((section) => plain.indexOf(`${section.number}、${section.title}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("prints every table with the merged header cells of the national format and the report's numbers", async () => {
    const { xml } = await documentXml(format, content, '报告');
    const tables = readTables(xml);
    const defs = tablesInOrder(format);
    expect(tables).toHaveLength(defs.length);
    defs.forEach((def, index) => {
      const rows = tables[index]!;
      const derived = deriveTable(def, content.tables[def.id]);
      const values = (rowKey: string) => def.columns.map((column) => formatCell(column, derived[rowKey]?.[column.key] ?? null));
      if (def.layout === 'item-list') {
        expect(rows[0]).toEqual([{ text: def.title, span: 4, merge: null }]);
        def.rows.forEach((row, rowIndex) => {
          const cells = rows[rowIndex + 2]!;
          expect(cells.map((cell) => cell.span).reduce((a, b) => a + b)).toBe(4);
          expect(cells.slice(1).map((cell) => cell.text)).toEqual(values(row.key));
        });
        return;
      }
      const layout = tableLayout(def, 'docx-');
      // Header rows: the cells that start there, with their spans; a cell spanning rows continues below.
      const expectedHeaders = layout.headerRows.map((cells, level) => [
        ...(level === 0 && layout.corner ? [layout.corner] : []),
        ...cells,
      ].map((cell) => ({ text: cell.text, span: cell.colSpan, merge: cell.rowSpan > 1 ? 'restart' : null })));
      const headerRows = rows.slice(0, layout.headerRows.length).map((cells) => cells.filter((cell) => cell.merge !== 'continue'));
      expect(headerRows).toEqual(expectedHeaders);
      // Body rows: the row labels that start there, then one cell per column with the report's value.
      layout.bodyRows.forEach(({ row, headerCells }, bodyIndex) => {
        const cells = rows[layout.headerRows.length + bodyIndex]!.filter((cell) => cell.merge !== 'continue');
        expect(cells.slice(0, headerCells.length).map((cell) => [cell.text, cell.span])).toEqual(headerCells.map((cell) => [cell.text, cell.colSpan]));
        // A total printed differently by the source shows as printed (原文如此) with the computed one beside it.
        const printed = cells.slice(headerCells.length).map((cell) => {
          const note = /^(.*)（原文如此；按各项计算应为(.*)）$/.exec(cell.text);
          return note ? note[2] : cell.text;
        });
        expect(printed).toEqual(values(row.key));
      });
      // Every vertical merge continues exactly as many rows as the format spans.
      const spans = [layout.corner, ...layout.headerRows.flat(), ...layout.bodyRows.flatMap((body) => body.headerCells)]
        .filter((cell) => cell && cell.rowSpan > 1)
        .reduce((sum, cell) => sum + cell!.rowSpan - 1, 0);
      expect(rows.flat().filter((cell) => cell.merge === 'continue')).toHaveLength(spans);
    });
  });
});

describe('what a .docx never or always prints', () => {
  it('leaves out empty paragraphs and bare sub-headings', async () => {
    const content = sample2021();
    content.sections.s1 = [
      { type: 'paragraph', text: '本年度，我局认真贯彻落实《条例》。' },
      { type: 'heading', text: '（一）主动公开情况' },
      { type: 'paragraph', text: '   ' },
      { type: 'heading', text: '（二）依申请公开情况' },
      { type: 'paragraph', text: '全年收到申请 3 件。' },
    ];
    const plain = texts((await documentXml(GOV_2021, content, '报告')).xml);
    expect(plain).toContain('（二）依申请公开情况全年收到申请 3 件。');
    expect(plain).not.toContain('（一）主动公开情况');
  });

  it('marks a working copy, demo data and a correction', async () => {
    const { xml } = await documentXml(GOV_2021, sample2021(), '报告', {
      draftMark: '未发布稿（工作稿），以正式发布版本为准',
      demoMark: '演示数据',
      changeNote: '更正表三数据。',
    });
    const plain = texts(xml);
    expect(plain.startsWith('未发布稿（工作稿），以正式发布版本为准演示数据报告更正说明：更正表三数据。')).toBe(true);
  });

  it('prints the 落款 at the end, the date in Chinese', async () => {
    const plain = texts((await documentXml(GOV_2019, finance, '报告')).xml);
    expect(plain.endsWith('章贡区财政局2021年1月20日')).toBe(true);
  });
});
