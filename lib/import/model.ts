// What every input form (web page, text, Word) is reduced to before the
// report is read: a list of items in source order, each a line of text or a
// table row whose merged cells are already expanded into a grid.

export interface SourceCell {
  /** The cell's text as written (runs of white space collapsed). */
  text: string;
  /** Where it is, in Chinese: “第 2 个表格 第 5 行 第 3 列” or “第 120 行”. */
  where: string;
  /** Cells of one merged (rowspan / colspan) cell share their origin. */
  origin: number;
  /** Index into sourceLines, set once the report's lines are chosen. */
  line: number;
}

export type SourceItem =
  | { kind: 'text'; text: string; where: string; line: number }
  | { kind: 'row'; cells: SourceCell[]; where: string; line: number; table: number };

/** What an extractor gives: items and, for a web page, what its head says. */
export interface ExtractedSource {
  items: SourceItem[];
  /** The page's <title>, a fallback for the report's title. */
  pageTitle?: string | null;
  /** A publication date from the page's <meta> tags (YYYY-MM-DD). */
  metaDate?: string | null;
  /** Text of the page outside the items (e.g. dropped navigation), searched for 发布时间. */
  extraText?: string;
}

/** The line shown for an item in sourceLines: a table row as its cells separated by TABs. */
export function itemDisplay(item: SourceItem): string {
  if (item.kind === 'text') return item.text;
  const seen = new Set<number>();
  const own: string[] = [];
  for (const cell of item.cells) {
    if (seen.has(cell.origin)) continue;
    seen.add(cell.origin);
    own.push(cell.text);
  }
  return own.join('\t');
}
