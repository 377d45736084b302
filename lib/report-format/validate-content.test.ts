import { describe, expect, it } from 'vitest';
import { GOV_2019 } from './formats/gov-2019';
import { GOV_2021 } from './formats/gov-2021';
import { sample2021 } from './testing/sample-content';
import { validateContent } from './validate-content';

describe('content validation', () => {
  it('accepts a complete report', () => {
    expect(validateContent(GOV_2021, sample2021())).toMatchObject({ ok: true });
  });

  it('names unknown tables, rows and columns, and typed totals, in Chinese', () => {
    const content = sample2021() as unknown as { tables: Record<string, Record<string, Record<string, unknown>>> };
    content.tables.t2_art20_9 = { government_central_procurement: { procurement_items: 1 } };
    content.tables.t3_applications!.nonsense = { natural_person: 1 };
    content.tables.t3_applications!.granted!.total = 5;
    content.tables.t4_review_litigation!.count!.bogus = 1;
    const result = validateContent(GOV_2021, content);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      '表三 “（一）予以公开” · 总计：合计单元格由系统自动计算，不能填写。',
      '表三没有“nonsense”这一行。',
      '表四没有“bogus”这一列。',
      '国办公开办函〔2021〕30号格式没有表格“t2_art20_9”。',
    ]);
  });

  it('refuses text in number cells and absurd numbers', () => {
    const content = sample2021() as unknown as { tables: Record<string, Record<string, Record<string, unknown>>> };
    content.tables.t3_applications!.granted!.natural_person = { amount: 3, unit: '元' };
    content.tables.t3_applications!.partially_granted!.natural_person = 1e15;
    const result = validateContent(GOV_2021, content);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      '表三 “（一）予以公开” · 自然人：应填写数字，不能带单位。',
      '表三 “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” · 自然人：数值过大，请核对。',
    ]);
  });

  it('refuses malformed content and sections the format does not have', () => {
    expect(validateContent(GOV_2019, { schemaVersion: 1 }).ok).toBe(false);
    const content = { ...sample2021(), sections: { ...sample2021().sections, s2: [] } };
    const result = validateContent(GOV_2021, content);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['sections.s2']);
  });

  it('accepts printed totals only on computed cells', () => {
    const content = { ...sample2021(), printedTotals: { t3_applications: { granted: { natural_person: 3 } } } };
    const result = validateContent(GOV_2021, content);
    expect(result.ok).toBe(false);
    content.printedTotals = { t3_applications: { granted: { total: 7 } } } as never;
    expect(validateContent(GOV_2021, content).ok).toBe(true);
  });
});

describe('落款日期', () => {
  it.each([
    ['2027-01-20', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2025-13-45', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['0001-01-01', false],
  ])('%s is a calendar date: %s', (date, valid) => {
    const content = { ...sample2021(), signature: { organization: '章贡区财政局', date } };
    const result = validateContent(GOV_2021, content);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'signature.date', message: `落款日期“${date}”不是有效的日期，请填写实际存在的年、月、日。` }]);
  });

  it('names the field when the date is not written as YYYY-MM-DD', () => {
    const result = validateContent(GOV_2021, { ...sample2021(), signature: { organization: '章贡区财政局', date: '2027/1/20' } });
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual(['报告内容格式不正确（signature.date）：落款日期格式应为 YYYY-MM-DD。']);
  });
});

describe('text that cannot be stored', () => {
  it('names the paragraph, heading or field holding a control character or a lone surrogate', () => {
    const content = sample2021() as unknown as Record<string, unknown> & { sections: Record<string, { type: string; text: string }[]> };
    const [heading, paragraph] = [content.sections.s1!.findIndex((block) => block.type === 'heading'), content.sections.s1!.findIndex((block) => block.type === 'paragraph')];
    content.sections.s1![paragraph]!.text = '依法\u0000公开';
    content.sections.s1![heading]!.text = '主动\ud800公开';
    content.preamble = '本报告\u0007';
    content.signature = { organization: '章贡区\uffff财政局', date: '2027-01-20' };
    content.carried = ['t3\u0000'];
    const result = validateContent(GOV_2021, content);
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(result.ok ? [] : result.problems.toSorted(byPath)).toEqual([
      { path: 'preamble', message: '报告开头段落含有不可见的控制字符（第 4 个字符，U+0007），请删除后再提交。' },
      { path: `sections.s1.${heading}.text`, message: `第一部分“总体情况”第 ${heading + 1} 个小标题含有无效的 Unicode 字符（不成对的代理项，约第 3 个字符），请删除后再提交。` },
      { path: `sections.s1.${paragraph}.text`, message: `第一部分“总体情况”第 ${paragraph + 1} 段含有不可见的控制字符（第 3 个字符，U+0000），请删除后再提交。` },
      { path: 'carried.0', message: '沿用上年数据的单元格含有不可见的控制字符（第 3 个字符，U+0000），请删除后再提交。' },
      { path: 'signature.organization', message: '落款单位含有无效字符（第 4 个字符，U+FFFF），请删除后再提交。' },
    ].toSorted(byPath));
  });

  it('checks keys too, and accepts tabs and line breaks', () => {
    const content = sample2021() as unknown as { tables: Record<string, Record<string, unknown>>; preamble: string };
    content.tables.t3_applications!['row\u0000'] = { natural_person: 1 };
    expect(validateContent(GOV_2021, content)).toEqual({
      ok: false,
      problems: [{ path: 'tables.t3_applications', message: '表格的行或列编号含有不可见的控制字符（第 4 个字符，U+0000），请删除后再提交。' }],
    });
    delete content.tables.t3_applications!['row\u0000'];
    content.preamble = '第一行\r\n\t第二行';
    expect(validateContent(GOV_2021, content).ok).toBe(true);
  });
});
