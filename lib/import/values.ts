// Reading one table cell as written: blank (nothing reported, not 0), a
// count (12, １２, 12件), a signed change (-18, －18, 减2, 增3), an amount in
// the column's unit (0.35, 0.35万元; 3500元 converted with a note) or money
// with the unit written in the cell (75394432.52元, 5949.088667, 1,234.5万元).
import type { CellValue, MoneyUnit } from '@/lib/report-format/content';
import type { ColumnDef } from '@/lib/report-format/types';
import { cleanText } from './normalize';

/** What a cell holds at a glance: nothing, something that reads as a number, or words. */
export type ValueClass = 'blank' | 'value' | 'text';

/** Marks that reports print for “nothing to report”. */
const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '–', '/', '\\', '无', '空', '…', '……', '―']);

const VALUE = /^([+\-−]|减少?|增加?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|件|个|项|条|次|宗|起|份)?$/u;

/** Largest number a cell may hold (as validateContent). */
const MAX_VALUE = 1_000_000_000_000;

const compact = (text: string) => cleanText(text).replace(/\s+/g, '');

export function classifyCell(text: string): ValueClass {
  const value = compact(text);
  if (BLANK_MARKS.has(value)) return 'blank';
  return VALUE.test(value) ? 'value' : 'text';
}

export type CellReading = { ok: true; value: CellValue; note?: string } | { ok: false; reason: string };

const MONEY_UNITS = new Set<string>(['元', '万元']);

export function readCell(column: ColumnDef, text: string): CellReading {
  const value = compact(text);
  if (BLANK_MARKS.has(value)) return { ok: true, value: null };
  const match = VALUE.exec(value);
  if (!match) return { ok: false, reason: `“${text.trim()}”不是数字` };
  const [, signText = '', whole = '', fraction = '', unit = ''] = match;
  const negative = signText === '-' || signText === '−' || signText.startsWith('减');
  const magnitude = Number(`${whole.replace(/,/g, '')}${fraction}`);
  if (!Number.isFinite(magnitude) || magnitude > MAX_VALUE) return { ok: false, reason: `“${text.trim()}”数值过大` };
  const number = negative ? -magnitude : magnitude;
  const isMoneyUnit = MONEY_UNITS.has(unit);

  switch (column.valueType) {
    case 'count':
    case 'signedCount':
      if (isMoneyUnit) return { ok: false, reason: `“${text.trim()}”带金额单位，这一列应为件数` };
      return { ok: true, value: number };
    case 'amount': {
      if (unit && !isMoneyUnit) return { ok: false, reason: `“${text.trim()}”不是金额` };
      if (unit === '元' && column.unit === '万元') {
        const converted = Number((number / 10000).toPrecision(15));
        return { ok: true, value: converted, note: `原文“${text.trim()}”以元为单位，已按本列单位换算为 ${converted} 万元` };
      }
      return { ok: true, value: number };
    }
    case 'moneyWithUnit':
      if (unit && !isMoneyUnit) return { ok: false, reason: `“${text.trim()}”不是金额` };
      if (negative) return { ok: false, reason: `“${text.trim()}”为负数，金额不能为负` };
      return { ok: true, value: { amount: magnitude, unit: isMoneyUnit ? (unit as MoneyUnit) : null } };
  }
}
