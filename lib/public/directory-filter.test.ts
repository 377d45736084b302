import { describe, expect, it } from 'vitest';
import { parseDirectoryFilter } from './directory-filter';
import { departmentsHref, directoryHref } from './urls';

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

  it('takes a department by its key or by a name typed by hand', () => {
    expect(parse('department=%E8%B4%A2%E6%94%BF%E5%B1%80').ok && parse('department=财政局')).toMatchObject({ filter: { department: '财政局' } });
  });

  it('names every malformed value in Chinese', () => {
    const result = parse('year=20x4&department=%E8%B4%A2%00&page=0');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual(['年度“20x4”：年度应为四位数字，例如 2024', '部门“财\ufffd”：含有不可见的控制字符（第 2 个字符，U+0000），请删除后再提交。', '页码“0”：页码应为正整数']);
  });

  it('refuses control characters in the search text, and absurd page numbers, but caps no real page', () => {
    const nul = parse('q=%E8%B4%A2%00');
    expect(nul.ok ? [] : nul.problems).toEqual(['关键词“财\ufffd”：含有不可见的控制字符（第 2 个字符，U+0000），请删除后再提交。']);
    expect(parse(`q=${'字'.repeat(51)}`).ok).toBe(false);
    expect(parse('page=5000').ok).toBe(true);
    expect(parse('page=9999999').ok).toBe(true);
    expect(parse('page=10000000').ok).toBe(false);
  });

  it('refuses years without a report: before the national format, or not yet begun', () => {
    const early = parse('year=2007');
    expect(early.ok ? [] : early.problems[0]).toMatch(/^年度“2007”：报告年度不能早于 2019 年/);
    const future = parse(`year=${new Date().getFullYear() + 2}`);
    expect(future.ok).toBe(false);
  });

  it('links every view with only the fields it uses', () => {
    expect(directoryHref({ year: 2024, department: 'finance', page: 1 })).toBe('/reports?year=2024&department=finance');
    expect(directoryHref({ q: '采购', page: 2 })).toBe('/reports?q=%E9%87%87%E8%B4%AD&page=2');
    expect(directoryHref({})).toBe('/reports');
    expect(departmentsHref({ district: 'zhanggong', page: 3 })).toBe('/departments?district=zhanggong&page=3');
    expect(departmentsHref({})).toBe('/departments');
  });
});
