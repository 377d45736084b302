// How cell values are written in a published report.
import type { CellValue } from './content';
import { isMoney } from './derive';
import type { ColumnDef } from './types';

function number(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

/** The text of a cell as printed; blank stays blank. */
export function formatCell(column: ColumnDef, value: CellValue): string {
  if (value === null) return '';
  if (isMoney(value)) return `${number(value.amount)}${value.unit ?? ''}`;
  if (column.valueType === 'signedCount') {
    if (value < 0) return `减${number(-value)}`;
    if (value > 0) return `增${number(value)}`;
    return '0';
  }
  return number(value);
}

/** The text of a cell for a screen reader or CSV, with the unit written out. */
export function formatCellPlain(column: ColumnDef, value: CellValue): string {
  if (value === null) return '';
  if (isMoney(value)) return `${number(value.amount)}${value.unit ?? ''}`;
  return number(value);
}
