// The content of one report: plain structured text and typed table cells.
// No HTML is ever stored: text is paragraphs and numbered sub-headings.
//
// Blank is not zero: a cell that the report leaves empty is `null`, a cell
// that reads 0 is `0`. Computed cells (totals) are never stored in `tables`;
// they are derived (./derive.ts). A report taken from elsewhere may carry the
// totals it printed in `printedTotals`, so that a discrepancy can be shown.
import { z } from 'zod';

export const CONTENT_SCHEMA_VERSION = 1;

export const textBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string().max(200, '小标题不能超过 200 字。') }),
  z.object({ type: z.literal('paragraph'), text: z.string().max(20000, '段落不能超过 20000 字。') }),
]);
export type TextBlock = z.infer<typeof textBlockSchema>;

export const MONEY_UNITS = ['元', '万元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** An amount with the unit the report writes in the cell (采购总金额 prints none). */
export const moneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  unit: z.enum(MONEY_UNITS).nullable(),
});
export type Money = z.infer<typeof moneySchema>;

export const cellValueSchema = z.union([z.number().finite(), moneySchema, z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** rowKey → columnKey → value */
export const tableCellsSchema = z.record(z.string(), z.record(z.string(), cellValueSchema));
export type TableCells = z.infer<typeof tableCellsSchema>;

/** rowKey → columnKey → printed number (computed cells only) */
export const printedTotalsSchema = z.record(z.string(), z.record(z.string(), z.number().finite().nullable()));
export type PrintedTotals = z.infer<typeof printedTotalsSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '落款日期格式应为 YYYY-MM-DD。');

/** Whether a YYYY-MM-DD string names a day of the calendar (not 2025-13-45 or 2026-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const reportContentSchema = z.object({
  schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
  /** The opening paragraph (legal basis, period, contents, where to download, contacts). */
  preamble: z.string().max(5000, '报告开头段落不能超过 5000 字。'),
  /** Text sections by section id (s1, s5, s6). */
  sections: z.record(z.string(), z.array(textBlockSchema).max(400, '段落过多。')),
  /** Table cells by table id. */
  tables: z.record(z.string(), tableCellsSchema),
  /** Totals as printed by a report taken from elsewhere, by table id. */
  printedTotals: z.record(z.string(), printedTotalsSchema).optional(),
  /** Cells filled from the previous year's report, by cellKey() (./cell-key.ts). */
  carried: z.array(z.string()).default([]),
  /** 落款: the issuing organisation and the date printed under the report. */
  signature: z.object({
    organization: z.string().max(100, '落款单位不能超过 100 字。'),
    date: isoDate.nullable(),
  }),
});

export type ReportContent = z.input<typeof reportContentSchema>;
export type ParsedReportContent = z.output<typeof reportContentSchema>;
