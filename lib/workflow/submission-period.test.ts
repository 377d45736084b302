import { describe, expect, it } from 'vitest';
import { submissionPeriodProblem } from './submission-period';

describe('when a year’s report may be submitted', () => {
  it.each([
    [2026, '2026-11-30', false, false],
    [2026, '2026-12-31', false, false],
    [2026, '2027-01-01', false, true],
    [2025, '2026-11-30', false, true],
    [2026, '2026-11-30', true, true],
  ])('%i on %s (early submission %s): allowed %s', (year, today, early, allowed) => {
    expect(submissionPeriodProblem(year, today, early) === null).toBe(allowed);
  });

  it('says when it opens and how to allow it earlier', () => {
    expect(submissionPeriodProblem(2026, '2026-11-30', false)).toBe(
      '2026年度的统计期到2026年12月31日结束，2027年1月1日起才能提交该年度报告（系统管理员可为测试和演示开启“允许提前提交”）。',
    );
  });
});
