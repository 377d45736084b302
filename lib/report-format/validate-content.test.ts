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
