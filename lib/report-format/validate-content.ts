// Checks that stored or submitted content fits a format: known sections,
// tables, rows and columns, and values of each column's type. Arithmetic
// consistency is not checked here but by the rules (./rules).
import { isCalendarDate, reportContentSchema, type CellValue, type ParsedReportContent, type TableCells } from './content';
import { cellMessageLabel, findColumn, findRow, findTable, isComputedCell, textSections } from './formats';
import type { ReportFormat, TableDef } from './types';
import { plainTextProblem } from '@/lib/plain-text';

export interface ContentProblem {
  /** e.g. tables.t3_applications.granted.natural_person */
  path: string;
  message: string;
}

export type ContentValidation = { ok: true; content: ParsedReportContent } | { ok: false; problems: ContentProblem[] };

/** Largest number a cell may hold (guards against typing slips such as 1e20). */
const MAX_CELL_VALUE = 1_000_000_000_000;

function checkTable(table: TableDef, cells: TableCells, problems: ContentProblem[]) {
  for (const [rowKey, rowCells] of Object.entries(cells)) {
    const row = findRow(table, rowKey);
    if (!row || row.kind !== 'data') {
      problems.push({ path: `tables.${table.id}.${rowKey}`, message: `${table.messageName}没有“${rowKey}”这一行。` });
      continue;
    }
    for (const [columnKey, value] of Object.entries(rowCells)) {
      const path = `tables.${table.id}.${rowKey}.${columnKey}`;
      const column = findColumn(table, columnKey);
      if (!column) {
        problems.push({ path, message: `${table.messageName}没有“${columnKey}”这一列。` });
        continue;
      }
      if (isComputedCell(row, column) && value !== null) {
        problems.push({ path, message: `${cellMessageLabel(table, row, column)}：合计单元格由系统自动计算，不能填写。` });
        continue;
      }
      const problem = valueProblem(column.valueType, value);
      if (problem) problems.push({ path, message: `${cellMessageLabel(table, row, column)}：${problem}` });
    }
  }
}

function valueProblem(valueType: string, value: CellValue): string | null {
  if (value === null) return null;
  if (valueType === 'moneyWithUnit') {
    const amount = typeof value === 'number' ? value : value.amount;
    return Math.abs(amount) > MAX_CELL_VALUE ? '数值过大，请核对。' : null;
  }
  if (typeof value !== 'number') return '应填写数字，不能带单位。';
  if (Math.abs(value) > MAX_CELL_VALUE) return '数值过大，请核对。';
  return null;
}

/** How a message names the text at `path`, e.g. 第一部分“总体情况”第 2 段 (`block`: the type of the text block it is in). */
function textLabel(format: ReportFormat, path: readonly string[], block?: unknown): string {
  const [area, key, index] = path;
  if (area === 'preamble') return '报告开头段落';
  if (area === 'signature' && key === 'organization') return '落款单位';
  if (area === 'signature' && key === 'date') return '落款日期';
  if (area === 'sections') {
    const section = format.sections.find((candidate) => candidate.id === key);
    if (!section) return '文字部分的编号';
    const where = `第${section.number}部分“${section.title}”`;
    if (index === undefined || !/^\d+$/.test(index)) return where;
    return `${where}第 ${Number(index) + 1} ${block === 'heading' ? '个小标题' : '段'}`;
  }
  if (area === 'tables' || area === 'printedTotals') {
    const table = key === undefined ? undefined : findTable(format, key);
    const row = table && index !== undefined ? findRow(table, index) : undefined;
    const column = table && row && path[3] !== undefined ? findColumn(table, path[3]) : undefined;
    return table && row && column ? cellMessageLabel(table, row, column) : '表格的行或列编号';
  }
  if (area === 'carried') return '沿用上年数据的单元格';
  // path[0] is a key already found clean (keys are checked before their values).
  return `报告内容（${path[0]}）`;
}

/**
 * Text that no report may hold (control characters, lone surrogates:
 * lib/plain-text.ts), anywhere in the content, keys included, each named
 * where the editor shows it. Checked before the content is parsed, so that
 * the message names the paragraph rather than a path.
 */
function plainTextProblems(format: ReportFormat, content: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: string[], block: unknown) => {
    // The content is four levels deep at most (tables.t3.row.column); nothing deeper is read.
    if (path.length > 5 || problems.length >= 20) return;
    if (typeof value === 'string') {
      const problem = plainTextProblem(value);
      if (problem) problems.push({ path: path.join('.'), message: `${textLabel(format, path, block)}${problem}` });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const type = path[0] === 'sections' && path.length === 3 ? (value as { type?: unknown }).type : block;
    for (const [key, child] of Object.entries(value)) {
      const problem = plainTextProblem(key);
      if (problem) problems.push({ path: path.join('.'), message: `${path.length ? textLabel(format, [...path, key]) : '报告内容的字段名'}${problem}` });
      else visit(child, [...path, key], type);
    }
  };
  visit(content, [], undefined);
  return problems;
}

export function validateContent(format: ReportFormat, raw: unknown): ContentValidation {
  const textProblems = plainTextProblems(format, raw);
  if (textProblems.length) return { ok: false, problems: textProblems };
  const parsed = reportContentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: `报告内容格式不正确（${issue.path.join('.') || '内容'}）：${issue.message}`,
      })),
    };
  }
  const content = parsed.data;
  const problems: ContentProblem[] = [];
  const { date } = content.signature;
  if (date && !isCalendarDate(date)) {
    problems.push({ path: 'signature.date', message: `落款日期“${date}”不是有效的日期，请填写实际存在的年、月、日。` });
  }

  const textIds = new Set(textSections(format).map((section) => section.id));
  for (const sectionId of Object.keys(content.sections)) {
    if (!textIds.has(sectionId as never)) {
      problems.push({ path: `sections.${sectionId}`, message: `${format.source}格式没有文字部分“${sectionId}”。` });
    }
  }
  for (const [tableId, cells] of Object.entries(content.tables)) {
    const table = findTable(format, tableId);
    if (!table) {
      problems.push({ path: `tables.${tableId}`, message: `${format.source}格式没有表格“${tableId}”。` });
      continue;
    }
    checkTable(table, cells, problems);
  }
  for (const [tableId, printed] of Object.entries(content.printedTotals ?? {})) {
    const table = findTable(format, tableId);
    if (!table) {
      problems.push({ path: `printedTotals.${tableId}`, message: `${format.source}格式没有表格“${tableId}”。` });
      continue;
    }
    for (const [rowKey, rowValues] of Object.entries(printed)) {
      const row = findRow(table, rowKey);
      for (const columnKey of Object.keys(rowValues)) {
        const column = findColumn(table, columnKey);
        if (!row || !column || !isComputedCell(row, column)) {
          problems.push({
            path: `printedTotals.${tableId}.${rowKey}.${columnKey}`,
            message: `${table.messageName}的“${rowKey}/${columnKey}”不是合计单元格，不能记录印发数值。`,
          });
        }
      }
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, content };
}
