// Plain text as source items: what a browser copy of a report page gives.
// A line with TABs is a table row (a copy of an HTML table: one row per
// line, cells separated by TABs; merged cells appear once, in their first
// row). Any other line is a line of text, which may also be one table cell
// of a table flattened to one cell per line; empty lines are kept, because
// in such a copy they may stand for blank cells.
import { MAX_SOURCE_LINES, tooManyLines } from './errors';
import type { ExtractedSource, SourceItem } from './model';
import { collapseSpace } from './normalize';

export function textToSource(text: string): ExtractedSource {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  if (lines.length > MAX_SOURCE_LINES) throw tooManyLines(lines.length);
  const items: SourceItem[] = [];
  let origin = 0;
  lines.forEach((raw, index) => {
    const where = `第 ${index + 1} 行`;
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((cell, column) => ({
        text: collapseSpace(cell),
        where: `第 ${index + 1} 行 第 ${column + 1} 列`,
        origin: ++origin,
        line: -1,
      }));
      items.push({ kind: 'row', cells, where, line: -1, table: 0 });
    } else {
      items.push({ kind: 'text', text: collapseSpace(raw), where, line: -1 });
    }
  });
  return { items };
}
