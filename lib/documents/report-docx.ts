// A report as a Word document (.docx) in the official layout, to print, sign
// and seal (盖章) and to post: A4 with the margins of 党政机关公文格式
// (GB/T 9704), the title in 方正小标宋简体 二号, body text in 仿宋_GB2312 三号
// with a two-character indent and a fixed 28-point line, section headings in
// 黑体, sub-headings in 楷体_GB2312, tables in 宋体 五号 with their header
// cells merged exactly as the national format prints them, and the 落款 on
// the right. Word and WPS substitute the fonts they lack by these names.
// Built with the `docx` package; pure apart from it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ParsedReportContent, PrintedTotals } from '@/lib/report-format/content';
import { formatChineseDate } from '@/lib/report-format/deadline';
import { deriveTable, printedTotalMismatch, type DerivedTable } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { getTable } from '@/lib/report-format/formats';
import { tableLayout } from '@/lib/report-format/layout';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import { printedNote } from '@/lib/report-format/display';
import type { ColumnDef, ReportFormat, RowDef, TableDef } from '@/lib/report-format/types';

/** The font names Chinese offices use, as Word and WPS know them. */
export const DOCX_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  table: '宋体',
} as const;

const PT = 2; // docx sizes are half-points
const TITLE_SIZE = 22 * PT; // 二号
const BODY_SIZE = 16 * PT; // 三号
const TABLE_SIZE = 10.5 * PT; // 五号
const LINE = 28 * 20; // fixed 28 pt, in twentieths of a point
const INDENT = 2 * 16 * 20; // two characters of 三号
// A4 and the GB/T 9704 margins (37 / 35 / 28 / 26 mm), in twips.
const MM = 56.7;
const PAGE = { width: 11906, height: 16838, top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const run = (text: string, font: string, size: number, bold = false) =>
  new TextRun({ text, bold, size, font: { eastAsia: font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' } });

const bodyParagraph = (text: string) =>
  new Paragraph({ children: [run(text, DOCX_FONTS.body, BODY_SIZE)], indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });

const headingParagraph = (text: string, font: string) =>
  new Paragraph({ children: [run(text, font, BODY_SIZE)], indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, keepNext: true });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, options: { columnSpan?: number; rowSpan?: number; bold?: boolean; align?: 'left' | 'center'; width?: number } = {}) {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(text, DOCX_FONTS.table, TABLE_SIZE, options.bold)],
        alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 300, lineRule: LineRuleType.AUTO },
      }),
    ],
    columnSpan: options.columnSpan && options.columnSpan > 1 ? options.columnSpan : undefined,
    rowSpan: options.rowSpan && options.rowSpan > 1 ? options.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
  });
}

/** A cell's value as printed; an imported report's total that is not the sum of its parts as printed (原文如此), with the computed one beside it (as on the page). */
function valueText(printed: PrintedTotals | undefined, derived: DerivedTable, row: RowDef, column: ColumnDef): string {
  const text = formatCell(column, derived[row.key]?.[column.key] ?? null);
  const mismatch = printedTotalMismatch(printed, derived, row, column);
  return mismatch ? `${formatCell(column, mismatch.printed)}${printedNote(text)}` : text;
}

function table(columnWidths: number[], rows: TableRow[]) {
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED });
}

/** Section 二's tables: a title row, a header row, a label column and up to three value columns on a four-column grid. */
function itemListTable(def: TableDef, content: ParsedReportContent): Table {
  const derived = deriveTable(def, content.tables[def.id]);
  const printed = content.printedTotals?.[def.id];
  const spans = def.columns.map((_, index) => (index === def.columns.length - 1 ? 3 - (def.columns.length - 1) : 1));
  const label = Math.round(TEXT_WIDTH * 0.28);
  const other = Math.round((TEXT_WIDTH - label) / 3);
  return table(
    [label, other, other, TEXT_WIDTH - label - 2 * other],
    [
      new TableRow({ children: [cell(def.title, { columnSpan: 4, bold: true })], cantSplit: true }),
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [cell(def.rowHeaderLabel ?? '', { bold: true }), ...def.columns.map((column, index) => cell(column.label, { columnSpan: spans[index], bold: true }))],
      }),
      ...def.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [cell(row.label ?? '', { align: 'left' }), ...def.columns.map((column, index) => cell(valueText(printed, derived, row, column), { columnSpan: spans[index] }))],
          }),
      ),
    ],
  );
}

/** Share of the text width for each row-label column, by how many there are. */
const LABEL_SHARES: Record<number, number[]> = { 1: [0.22], 2: [0.12, 0.2], 3: [0.07, 0.12, 0.23] };

/** Tables 三 and 四: the merged multi-level headers and row labels of the national format. */
function crossTable(def: TableDef, content: ParsedReportContent): Table {
  const derived = deriveTable(def, content.tables[def.id]);
  const printed = content.printedTotals?.[def.id];
  const layout = tableLayout(def, 'docx-');
  const labelColumns = layout.rowHeaderColumns;
  // Nested row labels as the format prints them: narrow outer labels, the innermost widest.
  const labelShares = LABEL_SHARES[labelColumns] ?? Array.from({ length: labelColumns }, () => 0.4 / labelColumns);
  const labelWidths = labelShares.map((share) => Math.round(TEXT_WIDTH * share));
  const valueWidth = Math.floor((TEXT_WIDTH - labelWidths.reduce((sum, width) => sum + width, 0)) / def.columns.length);
  const widths = [...labelWidths, ...def.columns.map(() => valueWidth)];
  const headerRows = layout.headerRows.map(
    (cells, level) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          ...(level === 0 && layout.corner ? [cell(layout.corner.text, { columnSpan: layout.corner.colSpan, rowSpan: layout.corner.rowSpan, align: 'left' })] : []),
          ...cells.map((header) => cell(header.text, { columnSpan: header.colSpan, rowSpan: header.rowSpan, bold: true })),
        ],
      }),
  );
  const bodyRows = layout.bodyRows.map(
    ({ row, headerCells }) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...headerCells.map((header) => cell(header.text, { columnSpan: header.colSpan, rowSpan: header.rowSpan, align: 'left', bold: Boolean(row.sumOf) })),
          ...def.columns.map((column) => cell(valueText(printed, derived, row, column), { bold: Boolean(row.sumOf) })),
        ],
      }),
  );
  return table(widths, [...headerRows, ...bodyRows]);
}

const spacer = () => new Paragraph({ children: [], spacing: { after: 120 } });

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReportDocxOptions {
  /** Printed in red above the title of a copy that is not (yet) the published report. */
  draftMark?: string | null;
  /** Printed above the title of demo data. */
  demoMark?: string | null;
  /** The edition's 更正说明, printed under the title. */
  changeNote?: string | null;
}

const notice = (text: string, color: string) =>
  new Paragraph({ children: [new TextRun({ text, color, size: 12 * PT, font: { eastAsia: DOCX_FONTS.heading } })], alignment: AlignmentType.CENTER, spacing: { after: 240 } });

/** The document's body: title, opening paragraph, sections 一 to 六 with their text or tables, and the 落款. */
function reportBody(format: ReportFormat, content: ParsedReportContent, title: string, options: ReportDocxOptions): (Paragraph | Table)[] {
  const body: (Paragraph | Table)[] = [];
  if (options.draftMark) body.push(notice(options.draftMark, 'C00000'));
  if (options.demoMark) body.push(notice(options.demoMark, '7F6000'));
  body.push(
    new Paragraph({ children: [run(title, DOCX_FONTS.title, TITLE_SIZE)], alignment: AlignmentType.CENTER, spacing: { after: 480, line: 700, lineRule: LineRuleType.AT_LEAST } }),
  );
  if (options.changeNote?.trim()) body.push(bodyParagraph(`更正说明：${options.changeNote.trim()}`));
  if (content.preamble.trim()) body.push(bodyParagraph(content.preamble.trim()));
  for (const section of format.sections) {
    body.push(headingParagraph(`${section.number}、${section.title}`, DOCX_FONTS.heading));
    if (section.kind === 'text') {
      for (const block of printedBlocks(content.sections[section.id] ?? [])) {
        body.push(block.type === 'heading' ? headingParagraph(block.text.trim(), DOCX_FONTS.subheading) : bodyParagraph(block.text.trim()));
      }
      continue;
    }
    for (const tableId of section.tables ?? []) {
      const def = getTable(format, tableId);
      body.push(def.layout === 'item-list' ? itemListTable(def, content) : crossTable(def, content), spacer());
    }
  }
  const signature = content.signature;
  const right = (text: string) => new Paragraph({ children: [run(text, DOCX_FONTS.body, BODY_SIZE)], alignment: AlignmentType.RIGHT, indent: { right: 4 * 16 * 20 }, spacing: { line: LINE, lineRule: LineRuleType.EXACT } });
  body.push(new Paragraph({ children: [], spacing: { before: 480 } }));
  if (signature.organization.trim()) body.push(right(signature.organization.trim()));
  if (signature.date) body.push(right(formatChineseDate(signature.date)));
  return body;
}

/** The report as a .docx file. */
export async function reportDocx(format: ReportFormat, content: ParsedReportContent, title: string, options: ReportDocxOptions = {}): Promise<Buffer> {
  const document = new Document({
    creator: '章贡区政府信息公开工作年度报告系统',
    title,
    description: `${title}（${format.source}格式）`,
    styles: {
      default: {
        document: { run: { font: { eastAsia: DOCX_FONTS.body, ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, size: BODY_SIZE, language: { eastAsia: 'zh-CN', value: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 14 * PT, font: { eastAsia: DOCX_FONTS.table, ascii: 'Times New Roman', hAnsi: 'Times New Roman' } })] })],
          }),
        },
        children: reportBody(format, content, title, options),
      },
    ],
  });
  return Packer.toBuffer(document);
}
