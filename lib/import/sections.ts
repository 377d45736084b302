// The text of the preamble and of sections 一, 五 and 六 as paragraphs and
// sub-headings. A sub-heading is a line numbered （一）…（十）: on a line of
// its own, or run in before the first 。 or ：, as in
// “(一)主动公开情况。2020年，……”, which becomes the heading “(一)主动公开情况”
// and a paragraph. Text is kept as written (its own punctuation).
import type { TextBlock } from '@/lib/report-format/content';
import { startsWithSubNumbering } from './normalize';

const MAX_HEADING = 200;
const MAX_PARAGRAPH = 20000;
const MAX_BLOCKS = 400;
export const MAX_PREAMBLE = 5000;

/** The format's placeholder, printed by reports that left a section unwritten. */
const PLACEHOLDER = /^[（(]\s*文字描述/u;

function splitHeading(line: string): { heading: string; rest: string } | null {
  if (!startsWithSubNumbering(line)) return null;
  const whole = line.replace(/[。：:．.]\s*$/u, '');
  if (whole.length <= 30 && !/[。；;！!？?，,]/u.test(whole)) return { heading: whole, rest: '' };
  const runIn = /^(.{2,30}?)[。：:]\s*(.+)$/u.exec(line);
  if (runIn && !/[，,；;、]/u.test(runIn[1]!.replace(/^[（(][^）)]*[）)]/u, ''))) return { heading: runIn[1]!.trim(), rest: runIn[2]!.trim() };
  return null;
}

export interface SectionText {
  blocks: TextBlock[];
  /** Chinese notes on text that had to be shortened or left out. */
  notes: string[];
}

export function textBlocks(lines: readonly string[], name: string): SectionText {
  const blocks: TextBlock[] = [];
  const notes: string[] = [];
  const paragraph = (text: string) => {
    if (text.length > MAX_PARAGRAPH) notes.push(`${name}有一段超过 ${MAX_PARAGRAPH} 字，已截断。`);
    blocks.push({ type: 'paragraph', text: text.slice(0, MAX_PARAGRAPH) });
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || PLACEHOLDER.test(line)) continue;
    const split = splitHeading(line);
    if (split && split.heading.length <= MAX_HEADING) {
      blocks.push({ type: 'heading', text: split.heading });
      if (split.rest) paragraph(split.rest);
    } else {
      paragraph(line);
    }
  }
  if (blocks.length > MAX_BLOCKS) notes.push(`${name}超过 ${MAX_BLOCKS} 段，第 ${MAX_BLOCKS + 1} 段起未导入。`);
  return { blocks: blocks.slice(0, MAX_BLOCKS), notes };
}
