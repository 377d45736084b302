import { describe, expect, it } from 'vitest';
import { cellFromHash } from './cell-hash';

describe('the cell a preview link names', () => {
  it.each([
    ['#cell:t3_applications.granted.total', 't3_applications.granted.total'],
    ['#cell:t2_art20_1.regulations.made', 't2_art20_1.regulations.made'],
    ['#cell:../x', null],
    ['#quality', null],
    ['', null],
  ])('%s', (hash, cell) => {
    expect(cellFromHash(hash)).toBe(cell);
  });
});
