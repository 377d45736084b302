import { describe, expect, it } from 'vitest';
import { filterSegment, parseDirectoryFilter, parseFilterSegment } from './directory-filter';
import { directoryHref } from './urls';

const parse = (query: string) => parseDirectoryFilter(new URLSearchParams(query));

describe('directory filters', () => {
  it('reads year, department, text and page', () => {
    expect(parse('year=2024&department=finance&q=%20采购%20&page=2')).toEqual({
      ok: true,
      filter: { year: 2024, department: 'finance', q: '采购', page: 2 },
    });
    expect(parse('')).toEqual({ ok: true, filter: { year: null, department: null, q: null, page: 1 } });
    expect(parse('year=&department=')).toEqual({ ok: true, filter: { year: null, department: null, q: null, page: 1 } });
  });

  it('names every malformed value in Chinese', () => {
    const result = parse('year=20x4&department=../../etc&page=0');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      '年度“20x4”：年度应为四位数字，例如 2024',
      '部门“../../etc”：部门参数不正确',
      '页码“0”：页码应为 1 到 999 之间的整数',
    ]);
  });

  it('refuses control characters in the search text and absurd page numbers', () => {
    const nul = parse('q=%E8%B4%A2%00');
    expect(nul.ok ? [] : nul.problems).toEqual(['关键词“财\u0000”：关键词含有无法识别的字符']);
    expect(parse('page=1000').ok).toBe(false);
    expect(parse('page=999').ok).toBe(true);
  });

  it('refuses years without a report: before the national format, or not yet begun', () => {
    const early = parse('year=2007');
    expect(early.ok ? [] : early.problems[0]).toMatch(/^年度“2007”：报告年度不能早于 2019 年/);
    const future = parse(`year=${new Date().getFullYear() + 2}`);
    expect(future.ok).toBe(false);
  });

  it('round-trips the canonical segment and the public link', () => {
    for (const filter of [
      { year: 2024, department: 'finance', page: 1 },
      { year: null, department: null, page: 3 },
      { year: 2019, department: null, page: 1 },
    ]) {
      expect(parseFilterSegment(filterSegment(filter))).toEqual(filter);
    }
    expect(parseFilterSegment('y2024_d../x_p1')).toBeNull();
    expect(parseFilterSegment('y2024_dFinance_p1')).toBeNull();
    expect(directoryHref({ year: 2024, department: 'finance', page: 1 })).toBe('/reports?year=2024&department=finance');
    expect(directoryHref({ q: '采购', page: 2 })).toBe('/reports?q=%E9%87%87%E8%B4%AD&page=2');
    expect(directoryHref({})).toBe('/reports');
  });
});
