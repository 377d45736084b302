// Text folding for comparing labels: reports write the same label with
// full-width or half-width brackets and digits, spaces inside (行 政 许 可),
// different quotes and numbering punctuation (1. / 1、 / （1）).

const NUMERAL = '[一二三四五六七八九十]{1,3}';

/** Full-width forms folded (NFKC), white space collapsed to one space and trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b\ufeff]+/gu, ' ').trim();
}

/** Collapse white space of text kept as written (the report's own characters stay). */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u3000\u00a0\u200b\ufeff]+/gu, ' ').trim();
}

/** A label for comparison: folded, without white space, punctuation, quotes or symbols. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}\u200b\ufeff]/gu, '');
}

const NUMBERING = new RegExp(
  `^\\s*(?:[(\\[]\\s*(?:${NUMERAL}|\\d{1,2})\\s*[)\\]]|(?:${NUMERAL}|\\d{1,2})\\s*[、.,:])\\s*`,
  'u',
);

/** The label without its leading numbering (一、 / （三） / 1. / （1）). */
export function stripNumbering(text: string): string {
  return text.normalize('NFKC').replace(NUMBERING, '');
}

/** The label's core: no numbering and no bracketed note at its end (（区分处理的，…）). */
export function labelCore(text: string): string {
  const withoutNote = stripNumbering(text).replace(/\s*[(][^()]*[)]\s*$/u, '');
  return labelKey(withoutNote);
}

/** Whether a line begins with a sub-heading numbering such as （一）. */
export function startsWithSubNumbering(text: string): boolean {
  return new RegExp(`^\\s*[(]\\s*${NUMERAL}\\s*[)]`, 'u').test(text.normalize('NFKC'));
}
