// Immutable edits of report content, and reading what an editor types into a cell.
import type { CellValue, MoneyUnit, ParsedReportContent, TextBlock } from './content';
import { cellKey } from './cell-key';
import type { ValueType } from './types';

/**
 * The content with one cell set. A value carried over from last year's report
 * (结转) that the editor changes is theirs from then on: it leaves `carried`.
 */
export function withCell(content: ParsedReportContent, tableId: string, rowKey: string, columnKey: string, value: CellValue): ParsedReportContent {
  const table = content.tables[tableId] ?? {};
  const key = cellKey(tableId, rowKey, columnKey);
  const changed = JSON.stringify(table[rowKey]?.[columnKey] ?? null) !== JSON.stringify(value);
  return {
    ...content,
    tables: { ...content.tables, [tableId]: { ...table, [rowKey]: { ...(table[rowKey] ?? {}), [columnKey]: value } } },
    carried: changed && content.carried.includes(key) ? content.carried.filter((each) => each !== key) : content.carried,
  };
}

export function withBlocks(content: ParsedReportContent, sectionId: string, blocks: TextBlock[]): ParsedReportContent {
  return { ...content, sections: { ...content.sections, [sectionId]: blocks } };
}

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0d\uff0b]/g;

function normalise(raw: string): string {
  return raw
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .trim();
}

export type ParsedCell = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * What the editor typed into a number cell. Blank is blank (null), not 0.
 * Full-width digits and thousands separators are accepted; for 本年增/减,
 * 增3 / 减2 as printed in reports too.
 */
export function parseCellInput(valueType: ValueType, raw: string): ParsedCell {
  let text = normalise(raw);
  if (text === '') return { ok: true, value: null };
  if (valueType === 'signedCount') {
    if (text.startsWith('减')) text = `-${text.slice(1)}`;
    else if (text.startsWith('增')) text = text.slice(1);
  }
  text = text.replace(/^\+/, '');
  if (valueType === 'count' || valueType === 'signedCount') {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: valueType === 'count' ? '请输入整数' : '请输入整数，减少用负数或“减”表示' };
    return { ok: true, value: Number(text) };
  }
  const amount = text.replace(/(万元|元)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(amount)) return { ok: false, message: '请输入金额数字' };
  return { ok: true, value: Number(amount) };
}

/** The unit written after an amount typed as "12.5万元", if any. */
export function unitTyped(raw: string): MoneyUnit | null {
  const text = normalise(raw);
  if (text.endsWith('万元')) return '万元';
  if (text.endsWith('元')) return '元';
  return null;
}
