// Which national format a report year uses, and lookups into a format.
import { UserError } from '@/lib/errors';
import type { ColumnDef, ReportFormat, RowDef, SectionDef, TableDef } from '../types';
import { GOV_2019 } from './gov-2019';
import { GOV_2021 } from './gov-2021';

export const FORMATS: readonly ReportFormat[] = [GOV_2019, GOV_2021];

/** The first year with a national format (the revised 条例 took effect in 2019). */
export const FIRST_REPORT_YEAR = 2019;

/** The calendar year in China (Asia/Shanghai) at `now`. */
export function currentYearInChina(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** The years a report may be written for at `now`, oldest first. */
export function reportYears(now: Date = new Date()): number[] {
  const last = currentYearInChina(now);
  return Array.from({ length: last - FIRST_REPORT_YEAR + 1 }, (_, index) => FIRST_REPORT_YEAR + index);
}

/** Why `year` cannot have a report at `now`, in Chinese, or null when it can. */
export function reportYearProblem(year: number, now: Date = new Date()): string | null {
  const last = currentYearInChina(now);
  if (!Number.isInteger(year)) return '报告年度应为四位数字年份。';
  if (year < FIRST_REPORT_YEAR) {
    return `报告年度不能早于 ${FIRST_REPORT_YEAR} 年：${FIRST_REPORT_YEAR} 年以前的年度报告没有全国统一格式。`;
  }
  if (year > last) return `报告年度不能晚于 ${last} 年：${year} 年度尚未开始。`;
  return null;
}

/** The format for reports of `year`; a year outside 2019…this year is refused. */
export function formatForYear(year: number, now: Date = new Date()): ReportFormat {
  const problem = reportYearProblem(year, now);
  if (problem) throw UserError.invalid(problem, { year: problem });
  const format = FORMATS.find((candidate) => year >= candidate.firstYear && (candidate.lastYear === null || year <= candidate.lastYear));
  if (!format) throw UserError.invalid(`没有适用于 ${year} 年度的报告格式。`, { year: '没有适用的报告格式。' });
  return format;
}

export function getFormat(id: string): ReportFormat {
  const format = FORMATS.find((candidate) => candidate.id === id);
  if (!format) throw new Error(`Unknown report format: ${id}`);
  return format;
}

export function getTable(format: ReportFormat, tableId: string): TableDef {
  const table = findTable(format, tableId);
  if (!table) throw new Error(`Format ${format.id} has no table ${tableId}`);
  return table;
}

export function findTable(format: ReportFormat, tableId: string): TableDef | undefined {
  return format.tables.find((candidate) => candidate.id === tableId);
}

/** Tolerant lookups, for keys read from stored content or a request. */
export function findColumn(table: TableDef, columnKey: string): ColumnDef | undefined {
  return table.columns.find((candidate) => candidate.key === columnKey);
}

export function findRow(table: TableDef, rowKey: string): RowDef | undefined {
  return table.rows.find((candidate) => candidate.key === rowKey);
}

export function getColumn(table: TableDef, columnKey: string): ColumnDef {
  const column = findColumn(table, columnKey);
  if (!column) throw new Error(`Table ${table.id} has no column ${columnKey}`);
  return column;
}

export function getRow(table: TableDef, rowKey: string): RowDef {
  const row = findRow(table, rowKey);
  if (!row) throw new Error(`Table ${table.id} has no row ${rowKey}`);
  return row;
}

export function textSections(format: ReportFormat): SectionDef[] {
  return format.sections.filter((section) => section.kind === 'text');
}

/** Rows that hold numbers (group labels excluded). */
export function dataRows(table: TableDef): RowDef[] {
  return table.rows.filter((row) => row.kind === 'data');
}

/** Whether a cell is typed by the user (not a total derived from others). */
export function isInputCell(row: RowDef, column: ColumnDef): boolean {
  return row.kind === 'data' && !row.sumOf && !column.sumOf;
}

export function isComputedCell(row: RowDef, column: ColumnDef): boolean {
  return row.kind === 'data' && Boolean(row.sumOf || column.sumOf);
}

/** How messages name a row: its label, after its group's for numbered sub-items. */
export function rowMessageLabel(table: TableDef, row: RowDef): string | null {
  if (row.label === null) return null;
  const parent = row.parent ? findRow(table, row.parent) : undefined;
  if (parent && parent.key !== 'results' && /^\d/.test(row.label)) return `${parent.label}·${row.label}`;
  return row.label;
}

/** How messages name a cell: 表三 “（七）总计” · 自然人 (table 四's unlabelled row adds no row label). */
export function cellMessageLabel(table: TableDef, row: RowDef, column: ColumnDef): string {
  const rowLabel = rowMessageLabel(table, row);
  return `${table.messageName}${rowLabel ? ` “${rowLabel}”` : ''} · ${column.messageLabel}`;
}
