import { describe, expect, it } from 'vitest';
import { checkDeadlines, daysBetween, deadlineProblem, describeCheck, latenessOf, yearDeadlines, type Milestones } from './deadlines';

const deadlines = yearDeadlines(2025, { submitBy: '2026-01-20', publishBy: '2026-01-28' });
const none: Milestones = { forwardedOn: null, publishedOn: null };

describe('deadlines of a year', () => {
  it('are the district’s and the legal one (31 January of the next year)', () => {
    expect(deadlines).toEqual({ year: 2025, submit: '2026-01-20', publish: '2026-01-28', legal: '2026-01-31' });
    expect(yearDeadlines(2025, null)).toEqual({ year: 2025, submit: null, publish: null, legal: '2026-01-31' });
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2025-12-31', '2026-01-31')).toBe(31);
    expect(daysBetween('2026-02-01', '2026-01-31')).toBe(-1);
  });

  it.each<[string, Milestones, string, string[]]>([
    ['nothing done, three weeks before', none, '2025-12-30', ['还剩 21 天', '还剩 29 天', '还剩 32 天']],
    ['nothing done, on the submit day', none, '2026-01-20', ['今天截止', '还剩 8 天', '还剩 11 天']],
    ['nothing done, the day after', none, '2026-01-21', ['逾期 1 天', '还剩 7 天', '还剩 10 天']],
    ['forwarded on time, not published, after everything', { forwardedOn: '2026-01-19', publishedOn: null }, '2026-02-03', ['按时完成', '逾期 6 天', '逾期 3 天']],
    ['published late for the district, on time by law', { forwardedOn: '2026-01-22', publishedOn: '2026-01-30' }, '2026-06-01', ['晚 2 天完成', '晚 2 天完成', '按时完成']],
    // A report published without a recorded forwarding (imported) met the 报送 deadline when it was published by then.
    ['published, never forwarded', { forwardedOn: null, publishedOn: '2026-01-15' }, '2026-06-01', ['按时完成', '按时完成', '按时完成']],
  ])('%s', (_name, milestones, today, phrases) => {
    expect(checkDeadlines(deadlines, milestones, today).map(describeCheck)).toEqual(phrases);
  });

  it.each([
    [none, '2025-12-01', 'open'],
    [none, '2026-01-14', 'soon'],
    [none, '2026-01-21', 'overdue'],
    [{ forwardedOn: '2026-01-22', publishedOn: '2026-01-30' }, '2026-06-01', 'late'],
    [{ forwardedOn: '2026-01-10', publishedOn: '2026-01-12' }, '2026-06-01', 'met'],
  ] as const)('lateness %#', (milestones, today, lateness) => {
    expect(latenessOf(checkDeadlines(deadlines, milestones, today))).toBe(lateness);
  });

  it('only applies the deadlines that exist', () => {
    expect(checkDeadlines(yearDeadlines(2025, null), none, '2026-01-01').map((check) => check.kind)).toEqual(['legal']);
  });

  it('keeps district deadlines between December and the legal date', () => {
    expect(deadlineProblem(2025, '报送', '2026-01-20')).toBeNull();
    expect(deadlineProblem(2025, '发布', '2026-02-05')).toBe('发布期限不能晚于法定公开期限（2026-01-31）。');
    expect(deadlineProblem(2025, '报送', '2025-06-01')).toBe('报送期限应在2025年12月1日之后（统计期结束前后）。');
    expect(deadlineProblem(2025, '报送', null)).toBeNull();
  });
});
