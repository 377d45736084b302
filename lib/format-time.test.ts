import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from './format-time';

describe('dates in China time', () => {
  it('gives the date in Beijing, not in UTC, for the data files and the pages alike', () => {
    // 07:30 on 1 February in Beijing is still 31 January in UTC.
    const early = new Date('2021-01-31T23:30:00Z');
    expect(isoDate(early)).toBe('2021-02-01');
    expect(formatDate(early)).toBe('2021年2月1日');
    expect(isoDate('2021-01-20T02:00:00Z')).toBe('2021-01-20');
  });
});
