// Text cut into pieces at the passages another text shares, for showing two
// texts side by side with the same passages highlighted.
import type { Range } from './similarity';

export interface Segment {
  text: string;
  /** Part of a passage the other text has too. */
  shared: boolean;
}

/** `text` as segments; `ranges` (end exclusive) may come in any order and overlap. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const result: Segment[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) result.push({ text: text.slice(at, start), shared: false });
    result.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length) result.push({ text: text.slice(at), shared: false });
  return result;
}
