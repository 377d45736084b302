// Re-applies an editor's unsaved changes on top of a version someone else
// saved meanwhile (a three-way merge per cell, per text section and per field).
// Where both changed the same place, the editor's own change is kept and the
// place is reported, so nothing typed is lost.
import type { ParsedReportContent, TableCells } from './content';
import { storedValue } from './derive';
import { cellMessageLabel, isInputCell, textSections } from './formats';
import type { ReportFormat } from './types';

export interface MergeResult {
  content: ParsedReportContent;
  /** Places both sides changed (the editor's version was kept). */
  overlaps: string[];
  /** How many places the editor had changed. */
  reapplied: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * `base` is the version `mine` was edited from. When it is unknown (null),
 * nothing tells which side changed a place, so every place where `mine` and
 * `theirs` differ keeps `mine` and is reported as an overlap to check.
 */
export function reapplyEdits(
  format: ReportFormat,
  base: ParsedReportContent | null,
  mine: ParsedReportContent,
  theirs: ParsedReportContent,
): MergeResult {
  const overlaps: string[] = [];
  let reapplied = 0;
  const pick = <T,>(place: string, read: (content: ParsedReportContent) => T): T => {
    const m = read(mine);
    const t = read(theirs);
    if (base === null) {
      if (same(m, t)) return t;
      reapplied++;
      overlaps.push(place);
      return m;
    }
    const b = read(base);
    if (same(m, b)) return t;
    reapplied++;
    if (!same(t, b) && !same(t, m)) overlaps.push(place);
    return m;
  };

  const sections = { ...theirs.sections };
  for (const section of textSections(format)) {
    sections[section.id] = pick(`${section.number}、${section.title}`, (content) => content.sections[section.id] ?? []);
  }

  // Only typed cells are merged: totals are derived, never stored.
  const tables: Record<string, TableCells> = structuredClone(theirs.tables);
  for (const table of format.tables) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        if (!isInputCell(row, column)) continue;
        const read = (content: ParsedReportContent) => storedValue(content.tables[table.id], row.key, column.key);
        const merged = pick(cellMessageLabel(table, row, column), read);
        // A cell kept as they saved it is left as stored (absent stays absent).
        if (merged !== read(theirs)) ((tables[table.id] ??= {})[row.key] ??= {})[column.key] = merged;
      }
    }
  }

  const content: ParsedReportContent = {
    ...theirs,
    preamble: pick('报告开头', (content) => content.preamble),
    sections,
    tables,
    signature: {
      organization: pick('落款单位', (content) => content.signature.organization),
      date: pick('落款日期', (content) => content.signature.date),
    },
  };
  return { content, overlaps, reapplied };
}
