// Assertions of a parsed fixture against what it was written to read as:
// every cell of every table (values, blanks, printed totals, sources), the
// text, the 落款, the problems and the printed-total rule issues.
import { expect } from 'vitest';
import { cellKey } from '@/lib/report-format/cell-key';
import { dataRows, getFormat, isComputedCell } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { validateContent } from '@/lib/report-format/validate-content';
import type { ParsedImport } from '../result';
import type { Expected, Fixture } from './fixture';
import { printedCells } from './printed';

const PRINTED_TOTAL_RULES = new Set(['t3_results_total', 't3_row_total', 't4_review_total', 't4_litigation_direct_total', 't4_litigation_after_review_total']);

/** Asserts every cell; returns how many cells were asserted. */
export function expectCells(fixture: Fixture, parsed: ParsedImport): number {
  const format = getFormat(fixture.formatId);
  let asserted = 0;
  for (const table of format.tables) {
    const spec = fixture.tables[table.id];
    for (const row of dataRows(table)) {
      const expected: Expected[] =
        spec === 'absent' || !spec ? table.columns.map(() => null) : (spec.rows[row.key] ?? spec.defaults)?.expect ?? table.columns.map(() => 0);
      const printed = spec === 'absent' || !spec ? null : printedCells(fixture, table, row);
      table.columns.forEach((column, index) => {
        const key = cellKey(table.id, row.key, column.key);
        const want = expected[index];
        const value = isComputedCell(row, column) ? (parsed.content.printedTotals?.[table.id]?.[row.key]?.[column.key] ?? null) : parsed.content.tables[table.id]?.[row.key]?.[column.key];
        expect(value, `${fixture.name}: ${key}`).toEqual(want === 'unreadable' ? null : want);
        if (printed) {
          const source = parsed.sources[key];
          expect(source?.text, `${fixture.name}: source of ${key}`).toBe(printed[index]!.replace(/\s/g, ''));
          expect(source!.where).toMatch(/^第 \d+ (个表格 第 \d+ 行 第 \d+ 列|行( 第 \d+ 列)?)$/);
          expect(parsed.sourceLines[source!.line!], `${fixture.name}: source line of ${key}`).toContain(source!.text);
        } else {
          expect(parsed.sources[key], `${fixture.name}: ${key} has no source`).toBeUndefined();
        }
        asserted++;
      });
    }
    const unreadable = spec && spec !== 'absent' ? dataRows(table).flatMap((row) => (spec.rows[row.key] ?? spec.defaults)?.expect ?? []).filter((want) => want === 'unreadable').length : 0;
    const size = dataRows(table).length * table.columns.length;
    expect(parsed.confidence.find((entry) => entry.tableId === table.id)).toEqual({
      tableId: table.id,
      expected: size,
      found: spec === 'absent' ? 0 : size - unreadable,
      unreadable,
    });
  }
  return asserted;
}

export function expectReport(fixture: Fixture, parsed: ParsedImport, options: { publishedOn: boolean }): number {
  expect(parsed.title).toBe(fixture.title);
  expect(parsed.departmentName).toBe(fixture.department);
  expect(parsed.year).toBe(fixture.year);
  expect(parsed.formatId).toBe(fixture.formatId);
  expect(parsed.publishedOn).toBe(options.publishedOn ? fixture.publishedOn : null);
  const format = getFormat(fixture.formatId);
  const validation = validateContent(format, parsed.content);
  expect(validation.ok ? [] : validation.problems).toEqual([]);
  expect(parsed.content.preamble).toBe(fixture.preamble.join('\n'));
  expect(parsed.content.sections).toEqual({ s1: fixture.sections.s1.expect, s5: fixture.sections.s5.expect, s6: fixture.sections.s6.expect });
  expect(parsed.content.signature).toEqual({ organization: fixture.signature.organization, date: fixture.signature.date });
  expect(parsed.sourceLines[0]).toBe(fixture.title);
  expect(parsed.sourceLines.join('\n')).not.toMatch(/关怀版|访问量|主办单位|版权所有|往年报告|打印本页|分享到/);

  const asserted = expectCells(fixture, parsed);

  expect(parsed.problems.map((problem) => ({ level: problem.level, tableId: problem.tableId, rowKey: problem.rowKey, columnKey: problem.columnKey }))).toEqual(
    fixture.problems.map((problem) => ({ level: problem.level, tableId: problem.tableId, rowKey: problem.rowKey, columnKey: problem.columnKey })),
  );
  fixture.problems.forEach((problem, index) => {
    for (const words of problem.says) expect(parsed.problems[index]!.message).toContain(words);
  });

  const issues = checkReport(format, parsed.content, { year: fixture.year })
    .filter((issue) => PRINTED_TOTAL_RULES.has(issue.ruleId))
    .map((issue) => `${issue.ruleId}:${issue.location.kind === 'cell' ? cellKey(issue.location.tableId, issue.location.rowKey, issue.location.columnKey) : issue.location.kind}`);
  expect(issues.sort()).toEqual([...fixture.printedTotalIssues].sort());
  return asserted;
}
