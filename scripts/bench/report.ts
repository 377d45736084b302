// Printing the results: aligned text tables (Chinese characters count as two
// columns, as terminals show them) and the verdict lines, one per target.

/** Terminal width of a string: East Asian wide and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

export type Cell = string | number | null;

/** Columns whose header starts with '>' are right-aligned (numbers). */
export function table(headers: string[], rows: Cell[][]): string {
  const right = headers.map((header) => header.startsWith('>'));
  const titles = headers.map((header) => header.replace(/^>/, ''));
  const cells = rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))));
  const widths = titles.map((title, column) => Math.max(displayWidth(title), ...cells.map((row) => displayWidth(row[column] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (right[column] ? padStart(cell, widths[column]!) : padEnd(cell, widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(titles), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

export const heading = (title: string) => `\n== ${title} ${'='.repeat(Math.max(3, 74 - displayWidth(title)))}`;

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export type Outcome = 'PASS' | 'BELOW TARGET' | 'ERRORS' | 'SKIPPED';

export interface Verdict {
  target: string;
  outcome: Outcome;
  detail: string;
}

export function verdictLines(verdicts: Verdict[]): string {
  const width = Math.max(...verdicts.map((verdict) => verdict.outcome.length));
  return verdicts.map((verdict) => `${verdict.outcome.padEnd(width)}  ${verdict.target} — ${verdict.detail}`).join('\n');
}
