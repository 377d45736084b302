// How cell values are written in a published report and in messages.
import type { CellValue } from './content';
import { isMoney } from './derive';
import type { ColumnDef } from './types';

/** A number as reports write it: no thousands separators, at most four decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

/** The text of a cell as printed; blank stays blank. */
export function formatCell(column: ColumnDef, value: CellValue): string {
  if (value === null) return '';
  if (isMoney(value)) return `${formatNumber(value.amount)}${value.unit ?? ''}`;
  if (column.valueType === 'signedCount') {
    if (value < 0) return `减${formatNumber(-value)}`;
    if (value > 0) return `增${formatNumber(value)}`;
    return '0';
  }
  return formatNumber(value);
}

/** The note beside a total that a report printed differently from the sum of its parts (shown as printed: 原文如此). */
export function printedNote(computed: string): string {
  return `（原文如此；按各项计算应为${computed || '空白'}）`;
}
