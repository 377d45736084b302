// A cell of the district summary named in an address: `t3_applications.granted.total`.
import type { ParsedReportContent } from '@/lib/report-format/content';
import { deriveTable } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { cellMessageLabel, findColumn, findRow, findTable } from '@/lib/report-format/formats';
import type { ColumnDef, ReportFormat, RowDef, TableDef } from '@/lib/report-format/types';

export interface SummaryCell {
  table: TableDef;
  row: RowDef;
  column: ColumnDef;
  /** 表三 “（一）予以公开” · 自然人 */
  label: string;
}

const KEY = /^([a-z0-9_]{1,64})\.([a-z0-9_]{1,64})\.([a-z0-9_]{1,64})$/;

/** The cell, or null when the key names none of the format's data cells. */
export function parseSummaryCell(format: ReportFormat, key: string | undefined): SummaryCell | null {
  const match = key ? KEY.exec(key) : null;
  if (!match) return null;
  const table = findTable(format, match[1]!);
  const row = table && findRow(table, match[2]!);
  const column = table && findColumn(table, match[3]!);
  if (!table || !row || row.kind !== 'data' || !column) return null;
  return { table, row, column, label: cellMessageLabel(table, row, column) };
}

/** The cell's value in the summary as printed (totals derived), '' when blank. */
export function summaryCellText(content: ParsedReportContent, cell: SummaryCell): string {
  return formatCell(cell.column, deriveTable(cell.table, content.tables[cell.table.id])[cell.row.key]?.[cell.column.key] ?? null);
}
