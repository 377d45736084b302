import { describe, expect, it } from 'vitest';
import { textLength } from './text-length';

describe('the length of a text section', () => {
  it('counts the characters of headings and paragraphs, not whitespace', () => {
    expect(
      textLength([
        { type: 'heading', text: '（一）主动公开情况' },
        { type: 'paragraph', text: '全年主动公开 300 条。\n\n' },
      ]),
    ).toBe(9 + 11);
    expect(textLength([])).toBe(0);
  });

  it('counts a character outside the basic plane once', () => {
    expect(textLength([{ type: 'paragraph', text: '𠀀政' }])).toBe(2);
  });
});
