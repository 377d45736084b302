// Re-applies an editor's unsaved changes on top of a version someone else
// saved meanwhile (a three-way merge per cell, per text section and per field).
// Where both changed the same place, the editor's own change is kept and the
// place is reported, so nothing typed is lost.
import type { CellValue, ParsedReportContent, TableCells } from './content';
import type { ReportFormat } from './types';
import { rowMessageLabel } from './formats';

export interface MergeResult {
  content: ParsedReportContent;
  /** Places both sides changed (the editor's version was kept). */
  overlaps: string[];
  /** How many places the editor had changed. */
  reapplied: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function reapplyEdits(
  format: ReportFormat,
  base: ParsedReportContent,
  mine: ParsedReportContent,
  theirs: ParsedReportContent,
): MergeResult {
  const overlaps: string[] = [];
  let reapplied = 0;
  const pick = <T,>(place: string, b: T, m: T, t: T): T => {
    if (same(m, b)) return t;
    reapplied++;
    if (!same(t, b) && !same(t, m)) overlaps.push(place);
    return m;
  };

  const sections = { ...theirs.sections };
  for (const section of format.sections.filter((candidate) => candidate.kind === 'text')) {
    sections[section.id] = pick(
      `${section.number}、${section.title}`,
      base.sections[section.id] ?? [],
      mine.sections[section.id] ?? [],
      theirs.sections[section.id] ?? [],
    );
  }

  const tables: Record<string, TableCells> = structuredClone(theirs.tables);
  for (const table of format.tables) {
    const keys = new Set<string>();
    for (const content of [base, mine]) {
      for (const [rowKey, cells] of Object.entries(content.tables[table.id] ?? {})) {
        for (const columnKey of Object.keys(cells)) keys.add(`${rowKey}\u0000${columnKey}`);
      }
    }
    for (const key of keys) {
      const [rowKey, columnKey] = key.split('\u0000') as [string, string];
      const value = (content: ParsedReportContent): CellValue => content.tables[table.id]?.[rowKey]?.[columnKey] ?? null;
      const row = table.rows.find((candidate) => candidate.key === rowKey);
      const column = table.columns.find((candidate) => candidate.key === columnKey);
      const place = `${table.messageName}${row && rowMessageLabel(table, row) ? ` “${rowMessageLabel(table, row)}”` : ''} · ${column?.messageLabel ?? columnKey}`;
      const merged = pick(place, value(base), value(mine), value(theirs));
      ((tables[table.id] ??= {})[rowKey] ??= {})[columnKey] = merged;
    }
  }

  const content: ParsedReportContent = {
    ...theirs,
    preamble: pick('报告开头', base.preamble, mine.preamble, theirs.preamble),
    sections,
    tables,
    signature: {
      organization: pick('落款单位', base.signature.organization, mine.signature.organization, theirs.signature.organization),
      date: pick('落款日期', base.signature.date, mine.signature.date, theirs.signature.date),
    },
  };
  return { content, overlaps, reapplied };
}
