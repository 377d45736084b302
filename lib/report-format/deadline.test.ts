import { describe, expect, it } from 'vitest';
import { deadlineStatus, effectiveDeadline, formatChineseDate, statutoryDeadline } from './deadline';

describe('deadlines', () => {
  it('a report for year Y is due by 31 January of Y+1 (条例第四十九条)', () => {
    const deadline = statutoryDeadline(2025);
    expect(deadline.date).toBe('2026-01-31');
    expect(deadline.basis).toContain('第四十九条');
    expect(deadline.dueAt.toISOString()).toBe('2026-01-31T15:59:59.999Z');
    expect(formatChineseDate(deadline.date)).toBe('2026年1月31日');
  });

  it('an earlier internal date of the district applies; a later one does not', () => {
    expect(effectiveDeadline(2025, { month: 1, day: 20 }).date).toBe('2026-01-20');
    expect(effectiveDeadline(2025, { month: 2, day: 10 }).date).toBe('2026-01-31');
    expect(effectiveDeadline(2025, null).date).toBe('2026-01-31');
  });

  it('tells how many days are left, and when it is overdue', () => {
    const deadline = statutoryDeadline(2025);
    expect(deadlineStatus(deadline, new Date('2026-01-30T12:00:00+08:00'))).toMatchObject({ overdue: false, daysLeft: 2 });
    expect(deadlineStatus(deadline, new Date('2026-01-31T23:00:00+08:00')).overdue).toBe(false);
    expect(deadlineStatus(deadline, new Date('2026-02-01T00:00:01+08:00')).overdue).toBe(true);
  });
});
