// What of a text section is printed: its written paragraphs, and a sub-heading
// only when something is written under it. Empty paragraphs and bare
// sub-headings (a new draft starts with five) never reach a published page,
// a Word copy or the open data. The rules flag them in the editor (rules/text-rules.ts).
import type { TextBlock } from './content';

const written = (block: TextBlock) => block.text.trim() !== '';

/** The blocks of a section as they are printed, in order. */
export function printedBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const kept = blocks.filter(written);
  return kept.filter((block, index) => {
    if (block.type === 'paragraph') return true;
    const next = kept[index + 1];
    return next !== undefined && next.type === 'paragraph';
  });
}
