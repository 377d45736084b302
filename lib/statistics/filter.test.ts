import { describe, expect, it } from 'vitest';
import { currentYearInChina } from '@/lib/report-format/formats';
import { parseStatisticsFilter, parseStatisticsSearchParams } from './filter';
import { statisticsCsvHref, statisticsHref } from './urls';

const parse = (query: string) => parseStatisticsFilter(new URLSearchParams(query));

describe('the statistics’ filters', () => {
  it('read the year range, department, comparison year and figure; empty fields are no filter', () => {
    expect(parse('')).toEqual({ ok: true, filter: { from: null, to: null, department: null, year: null, metric: null } });
    expect(parse('from=2020&to=2024&department=finance&year=2023&metric=review')).toEqual({
      ok: true,
      filter: { from: 2020, to: 2024, department: 'finance', year: 2023, metric: 'review' },
    });
    expect(parse('from=&to=&department=+&year=&metric=')).toEqual({ ok: true, filter: { from: null, to: null, department: null, year: null, metric: null } });
    expect(parseStatisticsSearchParams({ from: ['2021', '2019'], department: '财政局' })).toMatchObject({ ok: true, filter: { from: 2021, department: '财政局' } });
  });

  it('name each malformed value, in Chinese', () => {
    expect(parse('from=abc')).toEqual({ ok: false, problems: ['起始年度“abc”：年度应为四位数字，例如 2024'] });
    expect(parse('to=2018')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^截止年度“2018”：报告年度不能早于 2019 年/)] });
    expect(parse(`year=${currentYearInChina() + 1}`)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^对比年度“\d{4}”：报告年度不能晚于/)] });
    expect(parse('from=2024&to=2020')).toEqual({ ok: false, problems: ['起始年度“2024”晚于截止年度“2020”：请选择从早到晚的年度范围。'] });
    expect(parse('metric=all')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^对比指标“all”：对比指标应为以下之一：applications（本年新收政府信息公开申请数量）/)] });
    expect(parse('department=%01x')).toEqual({ ok: false, problems: ['部门“\ufffdx”：含有不可见的控制字符（第 1 个字符，U+0001），请删除后再提交。'] });
    expect(parse(`department=${'局'.repeat(51)}`)).toMatchObject({ ok: false, problems: [expect.stringContaining('部门不能超过 50 个字')] });
  });

  it('write every view and its CSV as a link that reads back the same', () => {
    const filter = { from: 2020, to: 2024, department: 'finance', year: 2023, metric: 'litigation' as const };
    expect(statisticsHref(filter)).toBe('/statistics?from=2020&to=2024&department=finance&year=2023&metric=litigation');
    expect(statisticsHref({})).toBe('/statistics');
    expect(statisticsCsvHref('on-time', { from: 2021 })).toBe('/statistics/on-time.csv?from=2021');
    expect(parse(statisticsHref(filter).split('?')[1]!)).toEqual({ ok: true, filter });
    expect(statisticsHref({ department: '财政 局' })).toBe('/statistics?department=%E8%B4%A2%E6%94%BF+%E5%B1%80');
  });
});
