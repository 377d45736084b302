// Runs every rule of a report's format over its content. Pure and fast: the
// editor runs it on every keystroke, the server on save, submit, publish and
// import. Each message names the table, the row and the column, and gives
// the expected and the actual value.
import { carriedValues, type PreviousReport } from '../carry';
import { cellKey } from '../cell-key';
import type { ParsedReportContent } from '../content';
import { deriveTable, numericValue, printedTotalMismatch, storedValue, type DerivedTable } from '../derive';
import { formatNumber } from '../display';
import { cellMessageLabel, getColumn, getRow, getTable, isInputCell } from '../formats';
import { APPLICANT_COLUMN_KEYS } from '../formats/shared';
import type { ColumnDef, ReportFormat, RowDef, SectionId, TableDef } from '../types';
import { RULES, type RuleId, type Severity } from './catalogue';
import { checkQuality } from './quality-rules';
import { checkSignature, checkText, type DateContext } from './text-rules';

export type IssueLocation =
  | { kind: 'cell'; tableId: string; rowKey: string; columnKey: string }
  | { kind: 'section'; sectionId: SectionId }
  /** A paragraph or sub-heading of a text section, by its place in the section. */
  | { kind: 'block'; sectionId: string; index: number }
  | { kind: 'table'; tableId: string }
  /** The opening paragraph (本报告依据……编制). */
  | { kind: 'preamble' }
  | { kind: 'signature' };

export interface RuleIssue {
  /** Stable per rule and place (and, where a rule raises several issues at one place, what each is about): warning explanations are stored under it. */
  key: string;
  ruleId: RuleId;
  severity: Severity;
  message: string;
  location: IssueLocation;
  expected?: number;
  actual?: number;
}


export interface CheckOptions extends DateContext {
  /** The same department's report for the year before, when there is one. */
  previous?: PreviousReport | null;
}

function locationKey(location: IssueLocation): string {
  switch (location.kind) {
    case 'cell':
      return cellKey(location.tableId, location.rowKey, location.columnKey);
    case 'section':
      return location.sectionId;
    case 'block':
      return `${location.sectionId}.${location.index}`;
    case 'table':
      return location.tableId;
    case 'preamble':
      return 'preamble';
    case 'signature':
      return 'signature';
  }
}

class Issues {
  readonly list: RuleIssue[] = [];

  add(ruleId: RuleId, location: IssueLocation, message: string, values: { expected?: number; actual?: number; detail?: string } = {}) {
    const { detail, ...numbers } = values;
    this.list.push({
      key: `${ruleId}:${locationKey(location)}${detail ? `:${detail}` : ''}`,
      ruleId,
      severity: RULES[ruleId].severity,
      message,
      location,
      ...numbers,
    });
  }
}

function cellLocation(table: TableDef, row: RowDef, column: ColumnDef): IssueLocation {
  return { kind: 'cell', tableId: table.id, rowKey: row.key, columnKey: column.key };
}

function checkValueTypes(table: TableDef, content: ParsedReportContent, issues: Issues) {
  const cells = content.tables[table.id];
  for (const row of table.rows) {
    for (const column of table.columns) {
      if (!isInputCell(row, column)) continue;
      const value = storedValue(cells, row.key, column.key);
      if (value === null) continue;
      const number = numericValue(value);
      const label = cellMessageLabel(table, row, column);
      if (column.valueType === 'count' && (!Number.isInteger(number) || number < 0)) {
        issues.add('non_negative_integers', cellLocation(table, row, column), `${label}：应为不小于 0 的整数，填报为 ${formatNumber(number)}`, {
          actual: number,
        });
      } else if (column.valueType === 'signedCount' && !Number.isInteger(number)) {
        issues.add('non_negative_integers', cellLocation(table, row, column), `${label}：应为整数，填报为 ${formatNumber(number)}`, {
          actual: number,
        });
      } else if ((column.valueType === 'amount' || column.valueType === 'moneyWithUnit') && number < 0) {
        issues.add('non_negative_integers', cellLocation(table, row, column), `${label}：金额不能为负数，填报为 ${formatNumber(number)}`, {
          actual: number,
        });
      }
    }
  }
}

function printedTotalRule(table: TableDef, row: RowDef, column: ColumnDef): RuleId {
  if (table.id === 't3_applications') return row.sumOf ? 't3_results_total' : 't3_row_total';
  if (column.key.startsWith('review_')) return 't4_review_total';
  if (column.key.startsWith('litigation_direct_')) return 't4_litigation_direct_total';
  return 't4_litigation_after_review_total';
}

function sumDescription(table: TableDef, row: RowDef, column: ColumnDef): string {
  if (row.sumOf) return '各项办理结果之和';
  if (table.id === 't3_applications') return '自然人与法人或其他组织各项之和';
  return `${column.group?.at(-1) ?? ''}四项结果之和`;
}

/** Totals printed by a report from elsewhere, against the totals derived from its cells. */
function checkPrintedTotals(table: TableDef, content: ParsedReportContent, derived: DerivedTable, issues: Issues) {
  const printed = content.printedTotals?.[table.id];
  if (!printed) return;
  for (const row of table.rows) {
    for (const column of table.columns) {
      const mismatch = printedTotalMismatch(printed, derived, row, column);
      if (!mismatch) continue;
      issues.add(
        printedTotalRule(table, row, column),
        cellLocation(table, row, column),
        `${cellMessageLabel(table, row, column)}：${sumDescription(table, row, column)}为 ${formatNumber(mismatch.derived)}，填报为 ${formatNumber(mismatch.printed)}`,
        { expected: mismatch.derived, actual: mismatch.printed },
      );
    }
  }
}

function checkBalance(table: TableDef, derived: DerivedTable, issues: Issues) {
  const value = (rowKey: string, columnKey: string) => numericValue(derived[rowKey]?.[columnKey] ?? null);
  const forwardRow = getRow(table, 'carried_forward');
  const processedRow = getRow(table, 'total_processed');
  for (const columnKey of APPLICANT_COLUMN_KEYS) {
    const column = getColumn(table, columnKey);
    const received = value('new_received', columnKey);
    const carriedOver = value('carried_over', columnKey);
    const processed = value('total_processed', columnKey);
    const carriedForward = value('carried_forward', columnKey);
    if (received + carriedOver === processed + carriedForward) continue;
    const expected = received + carriedOver - processed;
    const intake = received + carriedOver;
    const message =
      expected >= 0
        ? `${cellMessageLabel(table, forwardRow, column)}：按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 ${formatNumber(expected)}，填报为 ${formatNumber(carriedForward)}`
        : `${cellMessageLabel(table, processedRow, column)}：各项办理结果之和 ${formatNumber(processed)} 超过本年新收与上年结转之和 ${formatNumber(intake)}（第一项加第二项之和，应等于第三项加第四项之和）`;
    issues.add('t3_balance', cellLocation(table, forwardRow, column), message, {
      expected: Math.max(expected, 0),
      actual: carriedForward,
    });
  }
}

function checkBlanks(table: TableDef, content: ParsedReportContent, issues: Issues) {
  const cells = content.tables[table.id];
  let blanks = 0;
  for (const row of table.rows) {
    for (const column of table.columns) {
      if (isInputCell(row, column) && storedValue(cells, row.key, column.key) === null) blanks++;
    }
  }
  if (blanks > 0) {
    issues.add(
      'blank_vs_zero',
      { kind: 'table', tableId: table.id },
      `${table.messageName}有 ${blanks} 个单元格未填写：核对时按 0 计算，公开时显示为空白。`,
      { actual: blanks },
    );
  }
}

/** This year's figures against what they carry over from last year's report (../carry.ts). */
function checkCarries(format: ReportFormat, content: ParsedReportContent, previous: PreviousReport, issues: Issues) {
  for (const carry of carriedValues(format, previous)) {
    const table = getTable(format, carry.tableId);
    const row = getRow(table, carry.rowKey);
    const column = getColumn(table, carry.columnKey);
    const cells = content.tables[table.id];
    const carriedValue = numericValue(carry.value);
    const actual = numericValue(storedValue(cells, row.key, column.key));
    const label = cellMessageLabel(table, row, column);
    let expected = carriedValue;
    let message: string;
    if (carry.rule === 't2_in_force_cross_year') {
      const issued = numericValue(storedValue(cells, row.key, 'issued'));
      const repealed = numericValue(storedValue(cells, row.key, 'repealed'));
      expected = carriedValue + issued - repealed;
      message = `${label}：上一年度现行有效 ${formatNumber(carriedValue)} 件，加本年制发 ${formatNumber(issued)} 件、减本年废止 ${formatNumber(repealed)} 件，应为 ${formatNumber(expected)}，填报为 ${formatNumber(actual)}`;
    } else if (carry.rule === 't2_items_cross_year') {
      const { before, change } = carry.parts!;
      message = `${label}：按上一年度报告（上一年项目数量 ${formatNumber(before)}，本年增/减 ${formatNumber(change)}）应为 ${formatNumber(expected)}，填报为 ${formatNumber(actual)}`;
    } else {
      message = `${label}：上一年度报告“四、结转下年度继续办理”为 ${formatNumber(expected)}，本年度填报为 ${formatNumber(actual)}`;
    }
    if (expected !== actual) issues.add(carry.rule, cellLocation(table, row, column), message, { expected, actual });
  }
}

export function checkReport(format: ReportFormat, content: ParsedReportContent, options: CheckOptions = {}): RuleIssue[] {
  const issues = new Issues();
  checkText(format, content, issues);
  for (const table of format.tables) {
    checkValueTypes(table, content, issues);
    const derived = deriveTable(table, content.tables[table.id]);
    checkPrintedTotals(table, content, derived, issues);
    if (table.id === 't3_applications') checkBalance(table, derived, issues);
  }
  if (options.previous) checkCarries(format, content, options.previous, issues);
  checkSignature(content, options, issues);
  checkQuality(format, content, options.year, issues);
  for (const table of format.tables) checkBlanks(table, content, issues);
  return issues.list;
}

export interface IssueCounts {
  error: number;
  warning: number;
  info: number;
}

export function countIssues(issues: readonly RuleIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
