import { describe, expect, it } from 'vitest';
import { segments } from './highlight';
import { matchedPassages } from './similarity';

describe('segments of a text for highlighting', () => {
  it.each([
    ['abcdefghij', [], [['abcdefghij', false]]],
    ['abcdefghij', [{ start: 2, end: 5 }], [['ab', false], ['cde', true], ['fghij', false]]],
    ['abcdefghij', [{ start: 6, end: 12 }, { start: 0, end: 2 }], [['ab', true], ['cdef', false], ['ghij', true]]],
    ['abcdefghij', [{ start: 1, end: 5 }, { start: 3, end: 7 }], [['a', false], ['bcde', true], ['fg', true], ['hij', false]]],
  ] as const)('%s %j', (text, ranges, expected) => {
    expect(segments(text, ranges).map((segment) => [segment.text, segment.shared])).toEqual(expected);
  });

  it('marks in both texts the passages they share', () => {
    const a = '本年度我局认真贯彻落实政府信息公开条例，全年主动公开政府信息一百二十条。另有新内容。';
    const b = '去年，我局认真贯彻落实政府信息公开条例，全年主动公开政府信息一百二十条。';
    const { passages } = matchedPassages(a, b);
    const shared = (text: string, ranges: { start: number; end: number }[]) => segments(text, ranges).filter((segment) => segment.shared).map((segment) => segment.text).join('');
    expect(shared(a, passages.map((passage) => passage.a))).toBe(shared(b, passages.map((passage) => passage.b)));
    expect(shared(a, passages.map((passage) => passage.a))).toContain('认真贯彻落实政府信息公开条例');
  });
});
