// A chart's data as CSV: the rows and columns of its table, with the stable
// keys beside the Chinese headers (“年度 (year)”), as the other open data.
// A blank figure stays an empty cell, never 0.
import { toCsv, type CsvValue } from '@/lib/public/csv';
import type { StatTable } from './figures';

const header = (label: string, key: string) => `${label} (${key})`;

export function statTableCsv(table: StatTable): string {
  const withSlug = table.rows.some((row) => row.slug);
  const head = [
    header(table.rowHeader.label, table.rowHeader.key),
    ...(withSlug ? [header('部门标识', 'department_slug')] : []),
    ...table.columns.map((column) => header(column.label, column.key)),
  ];
    // Years as numbers (2019), departments by name.
  const label = (row: StatTable['rows'][number]): CsvValue => (table.rowHeader.key === 'year' ? Number(row.key) : row.label);
  const rows: CsvValue[][] = table.rows.map((row) => [label(row), ...(withSlug ? [row.slug ?? ''] : []), ...row.values]);
  return toCsv(head, rows);
}
