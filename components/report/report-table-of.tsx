'use client';

// A report table named by its format and id, with its values. A client
// component on purpose: React then sends the page only these few values
// (and the format module, once, in the cached script bundle) instead of the
// rendered markup of every header and cell a second time in the page's data.
// That makes a published report's page about a quarter smaller, which is
// what limits how many pages a second the server can send. The HTML is the
// same server-rendered table.
import type { PrintedTotals, TableCells } from '@/lib/report-format/content';
import { getFormat, getTable } from '@/lib/report-format/formats';
import { ReportTable } from './report-tables';

interface Props {
  formatId: string;
  tableId: string;
  values: TableCells | undefined;
  printed: PrintedTotals | undefined;
  idPrefix: string;
  /** Each cell with a value links to this address followed by `table.row.column#breakdown`. */
  cellLink?: string;
}

export function ReportTableOf({ formatId, tableId, values, printed, idPrefix, cellLink }: Props) {
  const cellHref = cellLink ? (table: string, row: string, column: string) => `${cellLink}${table}.${row}.${column}#breakdown` : undefined;
  return <ReportTable table={getTable(getFormat(formatId), tableId)} values={values} printed={printed} idPrefix={idPrefix} cellHref={cellHref} />;
}
