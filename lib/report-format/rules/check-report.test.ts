import { describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema, type ParsedReportContent } from '../content';
import { GOV_2019 } from '../formats/gov-2019';
import { GOV_2021 } from '../formats/gov-2021';
import { sample2019, sample2021 } from '../testing/sample-content';
import type { ReportFormat } from '../types';
import { RULES, RULE_IDS, rulesForFormat } from './catalogue';
import { checkReport, countIssues, type CheckOptions } from './check-report';

const FORMATS: [ReportFormat, () => ParsedReportContent][] = [
  [GOV_2019, sample2019],
  [GOV_2021, sample2021],
];

/** The issues that ask for a change (info left out). */
function only(format: ReportFormat, content: ParsedReportContent, options?: CheckOptions) {
  return checkReport(format, content, options).filter((issue) => issue.severity !== 'info');
}

describe('the rule catalogue', () => {
  it('describes every rule in Chinese and tells which format it belongs to', () => {
    for (const id of RULE_IDS) expect(RULES[id].description).toMatch(/[\u4e00-\u9fff]/);
    expect(rulesForFormat('gov-2019').map((rule) => rule.id)).toContain('t2_items_cross_year');
    expect(rulesForFormat('gov-2019').map((rule) => rule.id)).not.toContain('s6_fee_disclosure');
    expect(rulesForFormat('gov-2021').map((rule) => rule.id)).toContain('t2_in_force_cross_year');
  });

  it('lists only rules the checker raises', () => {
    const raised = new Set<string>();
    for (const [index, [format, sample]] of FORMATS.entries()) {
      const content = sample();
      const t3 = content.tables.t3_applications!;
      t3.carried_forward!.natural_person = 0;
      t3.new_received!.legal_research = null;
      content.tables.t4_review_litigation!.count!.review_corrected = -1;
      content.printedTotals = {
        t3_applications: { new_received: { total: 99 }, total_processed: { natural_person: 99 } },
        t4_review_litigation: { count: { review_total: 99, litigation_direct_total: 99, litigation_after_review_total: 99 } },
      };
      content.sections.s1 = [
        { type: 'paragraph', text: '政'.repeat(2000) },
        { type: 'paragraph', text: '依申请提供政府信息，不收取信息处理费。' },
        { type: 'heading', text: '（一）主动公开' },
      ];
      // One format without 五, the other with only a placeholder in it.
      content.sections.s5 = index === 0 ? [] : [{ type: 'paragraph', text: '暂无。' }];
      content.sections.s6 = [{ type: 'paragraph', text: '无。' }];
      // A year that is neither 2022 nor 2023, and a count that table 三 does not hold.
      content.preamble = '2015年，我局认真贯彻《条例》。全年收到政府信息公开申请 99 件。';
      if (format.id === 'gov-2021') t3.other_fee_unpaid!.natural_person = 1;
      // One format without a 落款日期, the other dated outside the year after.
      content.signature.date = index === 0 ? null : '2030-01-20';
      const previous = sample();
      previous.tables.t3_applications!.carried_forward!.natural_person = 5;
      previous.tables.t2_art20_1 = {};
      for (const issue of checkReport(format, content, { previous: { format, content: previous }, year: 2022 })) raised.add(issue.ruleId);
    }
    expect([...raised].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe.each(FORMATS.map(([format, sample]) => [format.id, format, sample] as const))('rules on a %s report', (_id, format, sample) => {
  it('a complete, consistent report has no issue', () => {
    expect(checkReport(format, sample())).toEqual([]);
  });

  it('t3_balance (official): 一 + 二 must equal 三 + 四 in every column', () => {
    const content = sample();
    content.tables.t3_applications!.carried_forward!.natural_person = 0;
    const issues = only(format, content);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ruleId: 't3_balance',
      severity: 'error',
      key: 't3_balance:t3_applications.carried_forward.natural_person',
      expected: 2,
      actual: 0,
      location: { kind: 'cell', tableId: 't3_applications', rowKey: 'carried_forward', columnKey: 'natural_person' },
    });
    expect(issues[0]?.message).toBe(
      '表三 “四、结转下年度继续办理” · 自然人：按勾稽关系（第一项加第二项之和，等于第三项加第四项之和）应为 2，填报为 0',
    );
  });

  it('t3_balance: results exceeding the intake name the （七）总计 row', () => {
    const content = sample();
    content.tables.t3_applications!.granted!.legal_research = 3;
    const [issue] = only(format, content);
    expect(issue?.ruleId).toBe('t3_balance');
    expect(issue?.message).toBe(
      '表三 “（七）总计” · 科研机构：各项办理结果之和 3 超过本年新收与上年结转之和 0（第一项加第二项之和，应等于第三项加第四项之和）',
    );
  });

  it('t3_results_total: a printed （七）总计 that disagrees with its rows is flagged', () => {
    const content = sample();
    content.printedTotals = { t3_applications: { total_processed: { natural_person: 9 } } };
    expect(only(format, content)).toEqual([]);
    content.printedTotals.t3_applications!.total_processed!.natural_person = 7;
    const [issue] = only(format, content);
    expect(issue).toMatchObject({ ruleId: 't3_results_total', expected: 9, actual: 7 });
    expect(issue?.message).toBe('表三 “（七）总计” · 自然人：各项办理结果之和为 9，填报为 7');
  });

  it('t3_row_total: a printed 总计 column that disagrees with its row is flagged', () => {
    const content = sample();
    content.printedTotals = { t3_applications: { new_received: { total: 12 } } };
    expect(only(format, content)).toEqual([]);
    content.printedTotals.t3_applications!.new_received!.total = 11;
    const [issue] = only(format, content);
    expect(issue?.ruleId).toBe('t3_row_total');
    expect(issue?.message).toBe('表三 “一、本年新收政府信息公开申请数量” · 总计：自然人与法人或其他组织各项之和为 12，填报为 11');
  });

  it.each([
    ['t4_review_total', 'review_total', '表四 · 行政复议·总计：行政复议四项结果之和为 1，填报为 2'],
    ['t4_litigation_direct_total', 'litigation_direct_total', '表四 · 行政诉讼（未经复议直接起诉）·总计：未经复议直接起诉四项结果之和为 0，填报为 2'],
    ['t4_litigation_after_review_total', 'litigation_after_review_total', '表四 · 行政诉讼（复议后起诉）·总计：复议后起诉四项结果之和为 0，填报为 2'],
  ])('%s: a printed 总计 that disagrees with its four results is flagged', (ruleId, columnKey, message) => {
    const content = sample();
    const correct = columnKey === 'review_total' ? 1 : 0;
    content.printedTotals = { t4_review_litigation: { count: { [columnKey]: correct } } };
    expect(only(format, content)).toEqual([]);
    content.printedTotals.t4_review_litigation!.count![columnKey] = 2;
    const [issue] = only(format, content);
    expect(issue?.ruleId).toBe(ruleId);
    expect(issue?.message).toBe(message);
  });

  it('non_negative_integers: counts are whole numbers of at least 0', () => {
    const content = sample();
    content.tables.t4_review_litigation!.count!.review_corrected = -1;
    content.tables.t3_applications!.granted!.legal_other = 1.5;
    const issues = only(format, content).filter((issue) => issue.ruleId === 'non_negative_integers');
    expect(issues.map((issue) => issue.message)).toEqual([
      '表三 “（一）予以公开” · 法人或其他组织（其他）：应为不小于 0 的整数，填报为 1.5',
      '表四 · 行政复议·结果纠正：应为不小于 0 的整数，填报为 -1',
    ]);
  });

  it('section_text_required: each text section needs a body', () => {
    const content = sample();
    content.sections.s5 = [{ type: 'paragraph', text: '   ' }];
    content.sections.s1 = [{ type: 'heading', text: '（一）主动公开情况' }];
    const issues = only(format, content);
    expect(issues.map((issue) => issue.message)).toEqual(['“一、总体情况”尚未填写正文。', '“五、存在的主要问题及改进情况”尚未填写正文。']);
    expect(issues.every((issue) => issue.ruleId === 'section_text_required' && issue.severity === 'error')).toBe(true);
  });

  it('signature_required: the 落款 needs an organisation and a date', () => {
    const content = sample();
    content.signature.date = null;
    expect(only(format, content).map((issue) => issue.message)).toEqual(['落款日期未填写。']);
    content.signature.organization = '';
    expect(only(format, content).map((issue) => issue.message)).toEqual(['落款单位未填写。']);
  });

  it('blank_vs_zero (info): blank cells are counted as 0 and reported as blank', () => {
    const content = sample();
    content.tables.t3_applications!.new_received!.legal_research = null;
    delete content.tables.t3_applications!.carried_over!.legal_other;
    const issues = checkReport(format, content);
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 'blank_vs_zero',
        severity: 'info',
        message: '表三有 2 个单元格未填写：核对时按 0 计算，公开时显示为空白。',
        actual: 2,
      }),
    ]);
  });

  it('cross_year_carry_forward (warning): 上年结转 equals last year’s 结转下年度', () => {
    const previous = { format, content: sample() };
    const content = sample();
    const carry = () => only(format, content, { previous }).filter((issue) => issue.ruleId === 'cross_year_carry_forward');
    expect(carry()).toEqual([
      expect.objectContaining({
        ruleId: 'cross_year_carry_forward',
        severity: 'warning',
        message: '表三 “二、上年结转政府信息公开申请数量” · 自然人：上一年度报告“四、结转下年度继续办理”为 2，本年度填报为 1',
      }),
    ]);
    content.tables.t3_applications!.carried_over!.natural_person = 2;
    content.tables.t3_applications!.carried_forward!.natural_person = 3;
    expect(carry()).toEqual([]);
    expect(only(format, content).filter((issue) => issue.ruleId === 't3_balance')).toEqual([]);
  });
});

describe('rules that belong to one format', () => {
  it('t2_items_cross_year (2019 format, warning): 上一年项目数量 carries 上一年项目数量 + 本年增/减', () => {
    const previous = { format: GOV_2019, content: sample2019() };
    const content = sample2019();
    // Last year: 44 行政处罚 items and 减2, so this year starts from 42.
    Object.assign(content.tables.t3_applications!.carried_over!, { natural_person: 2 });
    Object.assign(content.tables.t3_applications!.carried_forward!, { natural_person: 3 });
    const issues = only(GOV_2019, content, { previous });
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 't2_items_cross_year',
        severity: 'warning',
        expected: 42,
        actual: 44,
        message: '表二（第二十条第（六）项） “行政处罚” · 上一年项目数量：按上一年度报告（上一年项目数量 44，本年增/减 -2）应为 42，填报为 44',
      }),
    ]);
    content.tables.t2_art20_6!.administrative_penalty!.prev_year_items = 42;
    expect(only(GOV_2019, content, { previous })).toEqual([]);
  });

  it('t2_in_force_cross_year (2021 format, warning): 现行有效 = last year + 制发 − 废止', () => {
    const previous = { format: GOV_2021, content: sample2021() };
    const content = sample2021();
    Object.assign(content.tables.t3_applications!.carried_over!, { natural_person: 2 });
    Object.assign(content.tables.t3_applications!.carried_forward!, { natural_person: 3 });
    expect(only(GOV_2021, content, { previous })).toEqual([
      expect.objectContaining({
        ruleId: 't2_in_force_cross_year',
        expected: 11,
        actual: 10,
        message: '表二（第二十条第（一）项） “行政规范性文件” · 现行有效件数：上一年度现行有效 10 件，加本年制发 2 件、减本年废止 1 件，应为 11，填报为 10',
      }),
    ]);
    content.tables.t2_art20_1!.administrative_normative_documents!.in_force = 11;
    expect(only(GOV_2021, content, { previous })).toEqual([]);
  });

  it('carries table 三 across the 2020→2021 change of format', () => {
    const previous = { format: GOV_2019, content: sample2019() };
    const content = sample2021();
    expect(only(GOV_2021, content, { previous }).map((issue) => issue.ruleId)).toEqual(['cross_year_carry_forward']);
    Object.assign(content.tables.t3_applications!.carried_over!, { natural_person: 2 });
    Object.assign(content.tables.t3_applications!.carried_forward!, { natural_person: 3 });
    expect(only(GOV_2021, content, { previous })).toEqual([]);
  });

  it('s1_length (2021 format, warning): 总体情况 about 1000 characters at most', () => {
    const content = sample2021();
    content.sections.s1 = [{ type: 'paragraph', text: '政'.repeat(1000) }];
    expect(only(GOV_2021, content)).toEqual([]);
    content.sections.s1 = [
      { type: 'heading', text: '（一）主动公开情况' },
      { type: 'paragraph', text: '政'.repeat(995) },
    ];
    const [issue] = only(GOV_2021, content);
    expect(issue).toMatchObject({ ruleId: 's1_length', severity: 'warning', expected: 1000, actual: 1004 });
    expect(issue?.message).toBe('“一、总体情况”共 1004 字：国办公开办函〔2021〕30号要求篇幅原则上不超过 1000 字。');
    // Counted as the editor's counter counts: whitespace does not count.
    content.sections.s1 = [{ type: 'paragraph', text: `${'政'.repeat(1000)} \n ` }];
    expect(only(GOV_2021, content)).toEqual([]);
    // The 2019 format has no such limit.
    const old = sample2019();
    old.sections.s1 = [{ type: 'paragraph', text: '政'.repeat(3000) }];
    expect(only(GOV_2019, old)).toEqual([]);
  });

  it('s1_length follows the format: any text section with a length limit is checked', () => {
    const format: ReportFormat = {
      ...GOV_2019,
      sections: GOV_2019.sections.map((section) => (section.id === 's5' ? { ...section, maxLengthChars: 10 } : section)),
    };
    const content = sample2019();
    content.sections.s5 = [{ type: 'paragraph', text: '公开内容的深度和广度还需加强。' }];
    expect(only(format, content)).toEqual([
      expect.objectContaining({
        ruleId: 's1_length',
        location: { kind: 'section', sectionId: 's5' },
        expected: 10,
        actual: 15,
        message: '“五、存在的主要问题及改进情况”共 15 字：国办公开办函〔2019〕60号要求篇幅原则上不超过 10 字。',
      }),
    ]);
  });

  it('s6_fee_disclosure (2021 format, warning): section 六 states 信息处理费', () => {
    const content = sample2021();
    content.sections.s6 = [{ type: 'paragraph', text: '无其他需要报告的事项。' }];
    expect(only(GOV_2021, content)).toEqual([
      expect.objectContaining({ ruleId: 's6_fee_disclosure', severity: 'warning', location: { kind: 'section', sectionId: 's6' } }),
    ]);
    const old = sample2019();
    old.sections.s6 = [{ type: 'paragraph', text: '无其他需要报告的事项。' }];
    expect(only(GOV_2019, old)).toEqual([]);
  });
});

describe('real published reports', () => {
  it('the 2020 report of 章贡区财政局 passes every rule', () => {
    const content = reportContentSchema.parse(zhanggongFinance2020);
    const issues = checkReport(GOV_2019, content);
    expect(issues).toEqual([]);
    expect(countIssues(issues)).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('a report whose result rows add up to 26 while its printed （七）总计 says 20 is flagged', () => {
    const content = sample2021();
    const t3 = content.tables.t3_applications!;
    Object.assign(t3.new_received!, { natural_person: 26, legal_commercial: 2 });
    Object.assign(t3.carried_over!, { natural_person: 0 });
    Object.assign(t3.granted!, { natural_person: 20, legal_commercial: 1 });
    Object.assign(t3.partially_granted!, { natural_person: 3 });
    Object.assign(t3.unable_not_held!, { natural_person: 3, legal_commercial: 1 });
    Object.assign(t3.carried_forward!, { natural_person: 0 });
    content.printedTotals = { t3_applications: { total_processed: { natural_person: 20, legal_commercial: 2 } } };
    const issues = only(GOV_2021, content);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('表三 “（七）总计” · 自然人：各项办理结果之和为 26，填报为 20');
    expect(issues[0]?.severity).toBe('error');
  });
});
