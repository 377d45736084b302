import { describe, expect, it } from 'vitest';
import { GOV_2021 } from '@/lib/report-format/formats/gov-2021';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { countsFromIssues, PART_MAX, qualityScore, SIMILARITY_COPY, SIMILARITY_WARNING, type QualityInput, type QualityPartKey } from './score';

/** A 2025 report published on time with nothing to find. */
const GOOD: QualityInput = {
  year: 2025,
  publishedAt: '2026-01-20T10:00:00+08:00',
  now: '2026-03-01T00:00:00+08:00',
  errors: 0,
  warnings: 0,
  missingSections: 0,
  placeholderSections: 0,
  blankCells: 0,
  resemblanceToPrevious: 0.12,
  resemblanceToOthers: 0.08,
};

function part(input: Partial<QualityInput>, key: QualityPartKey) {
  const score = qualityScore({ ...GOOD, ...input });
  const found = score.parts.find((each) => each.key === key)!;
  return [found.points, found.explanation];
}

describe('the quality score', () => {
  it('is the sum of four visible parts of 25 points', () => {
    const score = qualityScore(GOOD);
    expect(score.total).toBe(100);
    expect(score.parts.map((each) => [each.key, each.label, each.max])).toEqual([
      ['on_time', '按时公布', 25],
      ['rules', '规则核对', 25],
      ['completeness', '内容完整', 25],
      ['originality', '原创性', 25],
    ]);
    const poor = qualityScore({ ...GOOD, publishedAt: '2026-02-20T10:00:00+08:00', warnings: 2, blankCells: 3, resemblanceToOthers: 0.6 });
    expect(poor.parts.map((each) => each.points)).toEqual([12, 19, 22, 10]);
    expect(poor.total).toBe(63);
  });

  it.each<[string, Partial<QualityInput>, number, string]>([
    ['published on time', {}, 25, '于2026年1月20日公布，在法定期限（2026年1月31日）内。'],
    ['on the last day, late evening in China', { publishedAt: '2026-01-31T15:30:00Z' }, 25, '于2026年1月31日公布，在法定期限（2026年1月31日）内。'],
    ['not published, not yet due', { publishedAt: null, now: '2026-01-10T09:00:00+08:00' }, 25, '尚未公布，法定期限（2026年1月31日）尚未到期。'],
    ['one day late', { publishedAt: '2026-02-01T09:00:00+08:00' }, 20, '于2026年2月1日公布，比法定期限（2026年1月31日）晚 1 天（逾期 7 天以内得 20 分）。'],
    ['20 days late', { publishedAt: '2026-02-20T10:00:00+08:00' }, 12, '于2026年2月20日公布，比法定期限（2026年1月31日）晚 20 天（逾期 30 天以内得 12 分）。'],
    ['not published, 45 days overdue', { publishedAt: null, now: '2026-03-17T12:00:00+08:00' }, 5, '尚未公布，法定期限（2026年1月31日）已过 45 天（逾期 90 天以内得 5 分）。'],
    ['half a year late', { publishedAt: '2026-07-01T10:00:00+08:00', now: '2026-08-01T00:00:00+08:00' }, 0, '于2026年7月1日公布，比法定期限（2026年1月31日）晚 151 天（逾期超过 90 天不得分）。'],
  ])('on time: %s', (_name, input, points, explanation) => {
    expect(part(input, 'on_time')).toEqual([points, explanation]);
  });

  it.each<[Partial<QualityInput>, number, string]>([
    [{}, 25, '规则核对没有错误和警告。'],
    [{ warnings: 2 }, 19, '规则核对有 0 个错误、2 个警告（每个错误扣 10 分，每个警告扣 3 分）。'],
    [{ errors: 1, warnings: 1 }, 12, '规则核对有 1 个错误、1 个警告（每个错误扣 10 分，每个警告扣 3 分）。'],
    [{ errors: 3 }, 0, '规则核对有 3 个错误、0 个警告（每个错误扣 10 分，每个警告扣 3 分）。'],
  ])('rules: %o', (input, points, explanation) => {
    expect(part(input, 'rules')).toEqual([points, explanation]);
  });

  it.each<[Partial<QualityInput>, number, string]>([
    [{}, 25, '总体情况、存在的主要问题及改进情况、其他需要报告的事项均已如实填写，表三、表四没有空白单元格。'],
    [{ placeholderSections: 1 }, 17, '1 个文字部分只有占位文字（每个扣 8 分）。'],
    [{ missingSections: 1, blankCells: 4 }, 11, '1 个文字部分未填写（每个扣 10 分）；表三、表四有 4 个单元格空白（每个扣 1 分，最多扣 10 分）。'],
    [{ blankCells: 40 }, 15, '表三、表四有 40 个单元格空白（每个扣 1 分，最多扣 10 分）。'],
    [{ missingSections: 3 }, 0, '3 个文字部分未填写（每个扣 10 分）。'],
  ])('completeness: %o', (input, points, explanation) => {
    expect(part(input, 'completeness')).toEqual([points, explanation]);
  });

  it.each<[Partial<QualityInput>, number, string]>([
    [{}, 25, '与本部门上一年度报告相同的文字占 12%，与同年其他部门的报告相同的文字占 8%，均低于 50%。'],
    [{ resemblanceToPrevious: SIMILARITY_WARNING }, 10, '与本部门上一年度报告相同的文字占 50%，与同年其他部门的报告相同的文字占 8%；与本部门上一年度报告的相同文字达到 50%（未到 80%），得 10 分。'],
    [{ resemblanceToOthers: 0.93 }, 0, '与本部门上一年度报告相同的文字占 12%，与同年其他部门的报告相同的文字占 93%；与同年其他部门的报告的相同文字达到 80%，视为照搬，不得分。'],
    // A copy of the report of two years before, only the year changed, resembles last year's too.
    [{ resemblanceToPrevious: 1, resemblanceToOthers: null }, 0, '与本部门上一年度报告相同的文字占 100%；与本部门上一年度报告的相同文字达到 80%，视为照搬，不得分。'],
    [{ resemblanceToPrevious: null, resemblanceToOthers: null }, 25, '没有可比较的报告（本部门上一年度报告或同年其他部门的报告），按原创计。'],
  ])('originality: %o', (input, points, explanation) => {
    expect(part(input, 'originality')).toEqual([points, explanation]);
  });

  it('keeps its thresholds in order and every part within its maximum', () => {
    expect(SIMILARITY_WARNING).toBeLessThan(SIMILARITY_COPY);
    const worst = qualityScore({ ...GOOD, publishedAt: null, now: '2027-01-01T00:00:00+08:00', errors: 9, warnings: 9, missingSections: 3, placeholderSections: 3, blankCells: 99, resemblanceToOthers: 1 });
    expect(worst.total).toBe(0);
    expect(worst.parts.every((each) => each.points >= 0 && each.points <= PART_MAX)).toBe(true);
  });

  it.each<[Partial<QualityInput>, string]>([
    [{ now: 'yesterday' }, 'now is not an ISO 8601 date: yesterday'],
    [{ publishedAt: '2026-13-45' }, 'publishedAt is not an ISO 8601 date: 2026-13-45'],
    [{ warnings: -1 }, 'warnings must be a whole number of at least 0: -1'],
    [{ resemblanceToOthers: 1.2 }, 'resemblanceToOthers must be between 0 and 1: 1.2'],
  ])('refuses %o', (input, message) => {
    expect(() => qualityScore({ ...GOOD, ...input })).toThrow(message);
  });
});

describe('countsFromIssues', () => {
  it('takes the counts from checkReport, counting completeness issues once', () => {
    const content = sample2021();
    content.sections.s5 = [{ type: 'paragraph', text: '暂无。' }];
    content.sections.s6 = [];
    content.tables.t3_applications!.new_received!.legal_research = null;
    content.tables.t4_review_litigation!.count!.review_other = null;
    content.tables.t2_art20_5!.administrative_licensing!.decisions = null;
    content.signature.date = '2027-03-01';
    const issues = checkReport(GOV_2021, content, { year: 2025 });
    expect(issues.map((issue) => issue.ruleId).sort()).toEqual(
      ['blank_vs_zero', 'blank_vs_zero', 'blank_vs_zero', 'placeholder_section', 'section_text_required', 'signature_date'].sort(),
    );
    expect(countsFromIssues(issues)).toEqual({ errors: 0, warnings: 1, missingSections: 1, placeholderSections: 1, blankCells: 2 });
  });
});
