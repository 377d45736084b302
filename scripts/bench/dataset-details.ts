// The detail rows of a bench report (public_report_cells, public_report_issues,
// public_report_texts: what the district summary, the statistics and the 雷同
// check read), computed once per template with the app's own functions, as
// lib/public/public-details.ts writePublicDetails computes them for one report:
// every non-blank cell (reportCells), the error-level rule failures by key
// (checkReport with the report's year), the fingerprints of every non-empty
// text section (sectionTexts + fingerprints). A bench report has its
// template's content, so it has its template's rows (./dataset-sql.ts copies
// them for every report with INSERT … SELECT). ./dataset-check.ts compares a
// sample with what the app computes, demo reports (written by the app itself)
// included, so this copy of writePublicDetails cannot drift unnoticed.
//
// Also the faulty variant of a template: the same report with one typed
// number of a table off by one, so that a table rule fails (error), as in
// reports imported with their printed figures. Some bench departments use it
// (./dataset.ts), so that district sums fail a rule and the summary looks up
// the departments behind it (public_report_issues), as it would for real.
import { reportCells, sectionTexts, type CellRow } from '@/lib/public/public-details';
import { fingerprints } from '@/lib/quality/similarity';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { dataRows, getFormat, isInputCell } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';

export interface DetailRows {
  cells: CellRow[];
  issues: { key: string; ruleId: string }[];
  texts: { sectionId: string; fingerprints: number[] }[];
}

/** What writePublicDetails writes for a report of `year` with this content (owner columns aside). */
export function detailRows(formatId: string, content: ParsedReportContent, year: number): DetailRows {
  const format = getFormat(formatId);
  const errors = checkReport(format, content, { year }).filter((issue) => issue.severity === 'error');
  const keys = new Map(errors.map((issue) => [issue.key, issue.ruleId]));
  return {
    cells: reportCells(format, content),
    issues: [...keys].map(([key, ruleId]) => ({ key, ruleId })),
    texts: sectionTexts(format, content)
      .filter((section) => section.text !== '')
      .map((section) => ({ sectionId: section.sectionId, fingerprints: fingerprints(section.text) })),
  };
}

const tableErrors = (formatId: string, content: ParsedReportContent, year: number) =>
  new Set(
    checkReport(getFormat(formatId), content, { year })
      .filter((issue) => issue.severity === 'error' && 'tableId' in issue.location)
      .map((issue) => issue.key),
  );

/**
 * The content with the first typed number (table order) whose increase by one
 * makes a table rule fail; the cell changed, and the keys of the new errors.
 */
export function faultyVariant(formatId: string, content: ParsedReportContent, year: number): { content: ParsedReportContent; cell: string; errors: string[] } {
  const format = getFormat(formatId);
  const before = tableErrors(formatId, content, year);
  for (const table of format.tables) {
    for (const row of dataRows(table)) {
      for (const column of table.columns) {
        const value = content.tables[table.id]?.[row.key]?.[column.key];
        if (!isInputCell(row, column) || typeof value !== 'number') continue;
        const variant = structuredClone(content);
        variant.tables[table.id]![row.key]![column.key] = value + 1;
        const errors = [...tableErrors(formatId, variant, year)].filter((key) => !before.has(key));
        if (errors.length) return { content: variant, cell: `${table.id}.${row.key}.${column.key}`, errors };
      }
    }
  }
  throw new Error(`no typed number of this ${formatId} report makes a table rule fail`);
}
