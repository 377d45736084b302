import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window';

const show = (current: number, pages: number) =>
  pageWindow(current, pages)
    .map((link) => (link.kind === 'gap' ? '…' : String(link.page)))
    .join(' ');

describe('page links', () => {
  it.each([
    [1, 1, '1'],
    [1, 5, '1 2 3 4 5'],
    [1, 7, '1 2 3 … 7'],
    [4, 7, '1 2 3 4 5 6 7'],
    [2500, 5000, '1 … 2498 2499 2500 2501 2502 … 5000'],
    [5000, 5000, '1 … 4998 4999 5000'],
    [5, 10, '1 2 3 4 5 6 7 … 10'],
  ])('page %i of %i: %s', (current, pages, expected) => {
    expect(show(current, pages)).toBe(expected);
  });

  it('stays small however long the list', () => {
    expect(pageWindow(123_456, 999_999).length).toBeLessThanOrEqual(9);
  });
});
