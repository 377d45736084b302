// How long a text section is, as the 2021 format's “篇幅原则上不超过一千字”
// is read: the characters of its headings and paragraphs, whitespace not
// counted. The editor's counter and the length rule both use this, so the
// number the editor shows is the number the rule checks.
import type { TextBlock } from './content';

export function textLength(blocks: readonly TextBlock[]): number {
  // Spread by code point, so a character outside the BMP counts once.
  return [...blocks.map((block) => block.text).join('').replace(/\s/g, '')].length;
}
