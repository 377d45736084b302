// The district summary (区级汇总) as a report's content: the sum over the
// district's published reports of every cell a department typed, so that the
// formats module derives the totals and the rules check the sums exactly as
// they check one report. Blank is not zero: a cell no department filled stays
// blank. Money is summed in 元 (each report's 万元 converted before adding).
import type { CellValue, ParsedReportContent, TableCells } from '@/lib/report-format/content';
import { CONTENT_SCHEMA_VERSION } from '@/lib/report-format/content';
import { findColumn, findRow, isInputCell } from '@/lib/report-format/formats';
import type { ReportFormat } from '@/lib/report-format/types';

export interface SummedCell {
  tableId: string;
  rowKey: string;
  columnKey: string;
  /** The sum of the departments' values. */
  sum: number;
  /** How many departments filled the cell. */
  count: number;
}

/** Keeps sums exact to the cent: floating point adds up 0.1s imprecisely. */
const round = (value: number) => Math.round(value * 100) / 100;

export function summaryContent(format: ReportFormat, cells: readonly SummedCell[]): ParsedReportContent {
  const tables: Record<string, TableCells> = {};
  for (const cell of cells) {
    if (cell.count === 0) continue;
    const table = format.tables.find((candidate) => candidate.id === cell.tableId);
    const row = table && findRow(table, cell.rowKey);
    const column = table && findColumn(table, cell.columnKey);
    if (!table || !row || !column || !isInputCell(row, column)) continue;
    const value: CellValue = column.valueType === 'moneyWithUnit' ? { amount: round(cell.sum), unit: '元' } : round(cell.sum);
    ((tables[table.id] ??= {})[row.key] ??= {})[column.key] = value;
  }
  return {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    preamble: '',
    sections: {},
    tables,
    carried: [],
    signature: { organization: '', date: null },
  };
}
