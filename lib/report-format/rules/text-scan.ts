// Reading a report's text for the quality rules (./quality-rules.ts): each
// paragraph, sub-heading and the opening paragraph as a unit with its place,
// sentences and clauses, numbers (with 一 … 九十九), the parts inside 《…》
// titles and “…” quotes, and short quotations for messages.
import type { ParsedReportContent } from '../content';
import { textSections } from '../formats';
import type { ReportFormat } from '../types';
import type { IssueLocation } from './check-report';

export interface TextUnit {
  location: IssueLocation;
  /** How messages name the place: 报告开头段落, “一、总体情况”第 2 段, … */
  place: string;
  sectionId: string | null;
  /** The text as written. */
  text: string;
  /**
   * The same text, character for character (same length, same offsets), with
   * the full-width forms of ASCII and the ideographic space replaced as NFKC
   * replaces them: ０–９ become 0–9, ，；：！？（） become ,;:!?(). Patterns
   * run on this; quotes are cut from `text`.
   */
  scan: string;
  /** Per offset: inside a 《…》/〈…〉 title or a “…” quotation. */
  quoted: readonly boolean[];
}

const scanText = (text: string) => text.replace(/[\uff01-\uff5e\u3000]/g, (char) => char.normalize('NFKC'));

const OPENERS = new Set(['《', '〈', '“']);
const CLOSERS = new Set(['》', '〉', '”']);

/** Per UTF-16 unit (so offsets match the string's): inside a title or quotation, its marks included. */
function quotedMask(text: string): boolean[] {
  let depth = 0;
  const mask = new Array<boolean>(text.length);
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (OPENERS.has(char)) depth++;
    mask[index] = depth > 0;
    if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
  }
  return mask;
}

function unit(location: IssueLocation, place: string, sectionId: string | null, text: string): TextUnit {
  return { location, place, sectionId, text, scan: scanText(text), quoted: quotedMask(text) };
}

/** The opening paragraph and every written block of the text sections, in order. */
export function textUnits(format: ReportFormat, content: ParsedReportContent): TextUnit[] {
  const units: TextUnit[] = [];
  if (content.preamble.trim()) units.push(unit({ kind: 'preamble' }, '报告开头段落', null, content.preamble));
  for (const section of textSections(format)) {
    const name = `“${section.number}、${section.title}”`;
    let paragraph = 0;
    (content.sections[section.id] ?? []).forEach((block, index) => {
      if (block.type === 'paragraph') paragraph++;
      if (block.text.trim() === '') return;
      const place = block.type === 'paragraph' ? `${name}第 ${paragraph} 段` : `${name}小标题“${block.text.trim()}”`;
      units.push(unit({ kind: 'block', sectionId: section.id, index }, place, section.id, block.text));
    });
  }
  return units;
}

const SENTENCE_END = new Set(['。', ';', '!', '?', '\n']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ':']);

function spanAround(scan: string, start: number, end: number, boundary: ReadonlySet<string>): { start: number; end: number } {
  let from = start;
  while (from > 0 && !boundary.has(scan[from - 1]!)) from--;
  let to = end;
  while (to < scan.length && !boundary.has(scan[to]!)) to++;
  return { start: from, end: to };
}

/** The sentence (up to 。；！？ or a line break) holding scan[start, end). */
export const sentenceAround = (scan: string, start: number, end: number) => spanAround(scan, start, end, SENTENCE_END);

/** The clause (up to a comma, colon or the sentence's end) holding scan[start, end). */
export const clauseAround = (scan: string, start: number, end: number) => spanAround(scan, start, end, CLAUSE_END);

/** The words of the match's sentence, cut to `reach` characters either side: “……予以公开258件……”. */
export function quote(unit: TextUnit, start: number, end: number, reach = 14): string {
  const sentence = sentenceAround(unit.scan, start, end);
  let from = Math.max(sentence.start, start - reach);
  let to = Math.min(sentence.end, end + reach);
  // Start and end at a comma when one is a few characters further.
  const clauseStart = clauseAround(unit.scan, from, from).start;
  const clauseEnd = clauseAround(unit.scan, to, to).end;
  if (from - clauseStart <= 8) from = clauseStart;
  if (clauseEnd - to <= 8) to = clauseEnd;
  // Never cut a 《title》 or a “quotation” in two.
  while (from > sentence.start && unit.quoted[from - 1] && unit.quoted[from]) from--;
  while (to < sentence.end && unit.quoted[to - 1] && unit.quoted[to]) to++;
  const body = unit.text.slice(from, to).trim();
  return `${from > sentence.start ? '……' : ''}${body}${to < sentence.end ? '……' : ''}`;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A count written in digits or in Chinese numerals from 零 to 九十九; null when it is neither. */
export function parseCount(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(written);
  if (written.length === 1 && written in DIGITS) return DIGITS[written]!;
  if (!match || !match[2]) return null;
  return (match[1] ? DIGITS[match[1]]! : 1) * 10 + (match[3] ? DIGITS[match[3]]! : 0);
}

/** A count as it may be written in a report: 12, １２, 十二, 两. */
export const COUNT = '(\\d+|[零〇一二两三四五六七八九十]{1,3})';

/** “2019年” mentions (1980–2099) in scan, with their offsets. */
export function yearMentions(scan: string): { year: number; start: number; end: number }[] {
  const mentions: { year: number; start: number; end: number }[] = [];
  for (const match of scan.matchAll(/(?<!\d)((?:19[89]|20\d)\d)\s*年/g)) {
    mentions.push({ year: Number(match[1]), start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}
