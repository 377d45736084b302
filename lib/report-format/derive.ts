// Computed cells (totals) are derived from the typed cells, never typed.
// A computed cell is blank when every cell it adds up is blank; otherwise
// blanks count as 0.
import type { CellValue, Money, PrintedTotals, TableCells } from './content';
import type { ColumnDef, RowDef, TableDef } from './types';
import { dataRows, isComputedCell } from './formats';

/** Every data cell of a table: typed values as stored, totals derived. */
export type DerivedTable = Record<string, Record<string, CellValue>>;

export function isMoney(value: CellValue): value is Money {
  return typeof value === 'object' && value !== null;
}

/** A cell's number for arithmetic: blank is 0, money is its amount. */
export function numericValue(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  return isMoney(value) ? value.amount : value;
}

export function storedValue(cells: TableCells | undefined, rowKey: string, columnKey: string): CellValue {
  return cells?.[rowKey]?.[columnKey] ?? null;
}

export function deriveTable(table: TableDef, cells: TableCells | undefined): DerivedTable {
  const rows = new Map(table.rows.map((row) => [row.key, row]));
  const columns = new Map(table.columns.map((column) => [column.key, column]));
  const memo = new Map<string, number | null>();

  const valueOf = (rowKey: string, columnKey: string): CellValue => {
    const row = rows.get(rowKey);
    const column = columns.get(columnKey);
    if (!row || !column) return null;
    if (!column.sumOf && !row.sumOf) return storedValue(cells, rowKey, columnKey);
    const key = `${rowKey}.${columnKey}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    const parts = column.sumOf
      ? column.sumOf.map((part) => valueOf(rowKey, part))
      : (row.sumOf ?? []).map((part) => valueOf(part, columnKey));
    const total = parts.every((part) => part === null) ? null : parts.reduce<number>((sum, part) => sum + numericValue(part), 0);
    memo.set(key, total);
    return total;
  };

  const derived: DerivedTable = {};
  for (const row of dataRows(table)) {
    derived[row.key] = {};
    for (const column of table.columns) derived[row.key]![column.key] = valueOf(row.key, column.key);
  }
  return derived;
}

/**
 * A total that a report from elsewhere printed differently from the derived
 * one (blank counts as 0), or null. The rule checker reports exactly these
 * and the published layout notes exactly these.
 */
export function printedTotalMismatch(
  printed: PrintedTotals | undefined,
  derived: DerivedTable,
  row: RowDef,
  column: ColumnDef,
): { printed: number; derived: number } | null {
  if (!isComputedCell(row, column)) return null;
  const value = printed?.[row.key]?.[column.key];
  if (value === null || value === undefined) return null;
  const sum = numericValue(derived[row.key]?.[column.key] ?? null);
  return sum === value ? null : { printed: value, derived: sum };
}
