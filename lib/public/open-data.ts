// A published report as open data: JSON with stable keys, each table as CSV
// (rows × columns), and a year's reports in one long CSV. Column headers are
// Chinese with the stable key beside them: “自然人 (natural_person)”.
import type { CellValue, ParsedReportContent } from '@/lib/report-format/content';
import { deriveTable, isMoney } from '@/lib/report-format/derive';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import { dataRows, isComputedCell, rowMessageLabel } from '@/lib/report-format/formats';
import type { ColumnDef, ReportFormat, TableDef } from '@/lib/report-format/types';
import { isoDate } from '@/lib/format-time';
import { toCsv, type CsvValue } from './csv';

export interface PublishedReportData {
  department: { slug: string; name: string };
  year: number;
  title: string;
  /** publishedAt: ISO 8601. */
  edition: { number: number; publishedAt: string; changeNote: string | null };
  isDemo: boolean;
  format: ReportFormat;
  content: ParsedReportContent;
}

const header = (label: string, key: string) => `${label} (${key})`;

function value(cell: CellValue): number | null {
  if (cell === null) return null;
  return isMoney(cell) ? cell.amount : cell;
}

function unit(column: ColumnDef, cell: CellValue): string | null {
  if (isMoney(cell)) return cell.unit;
  return column.unit ?? null;
}

export function reportJson(report: PublishedReportData) {
  const { format, content } = report;
  return {
    schema: 'nianbao.report/v1',
    title: report.title,
    department: report.department,
    year: report.year,
    format: { id: format.id, source: format.source },
    edition: {
      number: report.edition.number,
      publishedAt: report.edition.publishedAt,
      changeNote: report.edition.changeNote,
    },
    demo: report.isDemo,
    preamble: content.preamble,
    sections: format.sections.map((section) => ({
      id: section.id,
      number: section.number,
      title: section.title,
      ...(section.kind === 'text'
        ? { blocks: printedBlocks(content.sections[section.id] ?? []) }
        : { tables: section.tables ?? [] }),
    })),
    tables: format.tables.map((table) => {
      const derived = deriveTable(table, content.tables[table.id]);
      return {
        id: table.id,
        title: table.title,
        section: table.sectionNumber,
        columns: table.columns.map((column) => ({
          key: column.key,
          label: column.label,
          group: column.group ?? [],
          unit: column.unit ?? null,
          computed: Boolean(column.sumOf),
        })),
        rows: dataRows(table).map((row) => ({
          key: row.key,
          label: row.label,
          computed: Boolean(row.sumOf),
          values: Object.fromEntries(table.columns.map((column) => [column.key, derived[row.key]?.[column.key] ?? null])),
          ...(content.printedTotals?.[table.id]?.[row.key] ? { printedTotals: content.printedTotals[table.id]![row.key] } : {}),
        })),
      };
    }),
    signature: content.signature,
  };
}

/** One table as CSV: a row per table row, a column per table column. */
export function tableCsv(table: TableDef, content: ParsedReportContent): string {
  const derived = deriveTable(table, content.tables[table.id]);
  const moneyColumns = table.columns.filter((column) => column.valueType === 'moneyWithUnit');
  const head = [
    header('行名称', 'row_label'),
    header('行键', 'row_key'),
    ...table.columns.map((column) => header(column.messageLabel + (column.unit ? `（${column.unit}）` : ''), column.key)),
    ...moneyColumns.map((column) => header(`${column.messageLabel}单位`, `${column.key}_unit`)),
  ];
  const rows: CsvValue[][] = dataRows(table).map((row) => [
    rowMessageLabel(table, row) ?? table.title,
    row.key,
    ...table.columns.map((column) => value(derived[row.key]?.[column.key] ?? null)),
    ...moneyColumns.map((column) => unit(column, derived[row.key]?.[column.key] ?? null)),
  ]);
  return toCsv(head, rows);
}

export const YEAR_CSV_HEADER = [
  header('部门名称', 'department_name'),
  header('部门标识', 'department_slug'),
  header('年度', 'year'),
  header('版本', 'edition'),
  header('发布日期', 'published_at'),
  header('演示数据', 'demo'),
  header('表格', 'table_id'),
  header('表格名称', 'table_name'),
  header('行键', 'row_key'),
  header('行名称', 'row_label'),
  header('列键', 'column_key'),
  header('列名称', 'column_label'),
  header('数值', 'value'),
  header('单位', 'unit'),
  header('合计（自动计算）', 'computed'),
];

/** Every cell of every table of one report, one line each (the year CSV's rows). */
export function reportCsvRows(report: PublishedReportData): CsvValue[][] {
  const rows: CsvValue[][] = [];
  const publishedAt = isoDate(report.edition.publishedAt);
  for (const table of report.format.tables) {
    const derived = deriveTable(table, report.content.tables[table.id]);
    for (const row of dataRows(table)) {
      for (const column of table.columns) {
        const cell = derived[row.key]?.[column.key] ?? null;
        rows.push([
          report.department.name,
          report.department.slug,
          report.year,
          report.edition.number,
          publishedAt,
          report.isDemo ? '是' : '否',
          table.id,
          table.messageName,
          row.key,
          rowMessageLabel(table, row) ?? '',
          column.key,
          column.messageLabel,
          value(cell),
          unit(column, cell),
          isComputedCell(row, column) ? '是' : '否',
        ]);
      }
    }
  }
  return rows;
}

