// What a year's report takes over from the department's report of the year
// before, defined once for the prefill of a new draft, the cross-year rules
// and the demo data:
//   表三 二、上年结转 ← last year's 四、结转下年度继续办理 (also from 2020 to 2021)
//   表二 上一年项目数量 (2019 format) ← last year's 上一年项目数量 + 本年增/减
//   表二 现行有效件数 (2021 format) ← last year's 现行有效件数 (this year's
//     figure then adds 本年制发 and takes off 本年废止)
// A carry applies where both years' tables have the columns it reads and
// writes, so it follows the formats without naming them.
import { cellKey } from './cell-key';
import type { ParsedReportContent } from './content';
import { deriveTable, numericValue, storedValue } from './derive';
import { findColumn, findTable } from './formats';
import { APPLICANT_COLUMN_KEYS } from './formats/shared';
import type { ReportFormat, TableDef } from './types';

export interface PreviousReport {
  format: ReportFormat;
  content: ParsedReportContent;
}

export type CarryRule = 'cross_year_carry_forward' | 't2_items_cross_year' | 't2_in_force_cross_year';

export interface CarriedValue {
  /** The rule (rules/catalogue.ts) that checks this year's figure against it. */
  rule: CarryRule;
  tableId: string;
  rowKey: string;
  columnKey: string;
  /** Last year's figure; null when last year left every part of it blank (nothing to carry). */
  value: number | null;
  /** For 上一年项目数量: last year's two parts, for messages. */
  parts?: { before: number; change: number };
}

/** The tables of this year's format that also exist last year, both having `columnKey`. */
function sharedTables(format: ReportFormat, previous: ReportFormat, columnKey: string): TableDef[] {
  return format.tables.filter((table) => {
    const before = findTable(previous, table.id);
    return findColumn(table, columnKey) !== undefined && before !== undefined && findColumn(before, columnKey) !== undefined;
  });
}

export function carriedValues(format: ReportFormat, previous: PreviousReport): CarriedValue[] {
  const carried: CarriedValue[] = [];
  const lastYear = previous.content.tables;

  const previousT3 = findTable(previous.format, 't3_applications');
  if (previousT3 && findTable(format, 't3_applications')) {
    const derived = deriveTable(previousT3, lastYear.t3_applications);
    for (const columnKey of APPLICANT_COLUMN_KEYS) {
      const value = derived.carried_forward?.[columnKey] ?? null;
      const rowKey = 'carried_over';
      carried.push({ rule: 'cross_year_carry_forward', tableId: 't3_applications', rowKey, columnKey, value: value === null ? null : numericValue(value) });
    }
  }

  for (const table of sharedTables(format, previous.format, 'prev_year_items')) {
    for (const row of table.rows) {
      const before = storedValue(lastYear[table.id], row.key, 'prev_year_items');
      const change = storedValue(lastYear[table.id], row.key, 'change');
      const parts = { before: numericValue(before), change: numericValue(change) };
      const value = before === null && change === null ? null : parts.before + parts.change;
      carried.push({ rule: 't2_items_cross_year', tableId: table.id, rowKey: row.key, columnKey: 'prev_year_items', value, parts });
    }
  }

  for (const table of sharedTables(format, previous.format, 'in_force')) {
    for (const row of table.rows) {
      const value = storedValue(lastYear[table.id], row.key, 'in_force');
      carried.push({ rule: 't2_in_force_cross_year', tableId: table.id, rowKey: row.key, columnKey: 'in_force', value: value === null ? null : numericValue(value) });
    }
  }
  return carried;
}

/** Last year's figure for one cell of this year's report (0 when it was blank), or null when the cell carries nothing over. */
export function carriedValueOf(carried: readonly CarriedValue[], tableId: string, rowKey: string, columnKey: string): number | null {
  const key = cellKey(tableId, rowKey, columnKey);
  const found = carried.find((each) => cellKey(each.tableId, each.rowKey, each.columnKey) === key);
  return found ? numericValue(found.value) : null;
}
