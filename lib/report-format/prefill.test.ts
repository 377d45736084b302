import { describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema } from './content';
import { GOV_2019 } from './formats/gov-2019';
import { GOV_2021 } from './formats/gov-2021';
import { prefillFromPrevious } from './prefill';
import { checkReport } from './rules/check-report';
import { newReportContent } from './skeleton';
import { sample2019, sample2021 } from './testing/sample-content';

const party = {
  department: { name: '章贡区教育局', address: '章贡区文清路26号', phone: '0797-8100203', email: 'education@zhanggong.example.gov.cn' },
  district: { portalName: '章贡区人民政府网站' },
};

describe('prefill from the previous year', () => {
  it('fills 上年结转 from last year’s 结转下年度 and marks the cells as carried', () => {
    const previous = sample2021();
    previous.tables.t3_applications!.carried_forward!.legal_commercial = 0;
    const draft = prefillFromPrevious(GOV_2021, newReportContent(GOV_2021, 2026, party), { format: GOV_2021, content: previous });
    expect(draft.tables.t3_applications?.carried_over).toEqual({
      natural_person: 2,
      legal_commercial: 0,
      legal_research: 0,
      legal_public_interest: 0,
      legal_legal_services: 0,
      legal_other: 0,
    });
    expect(draft.carried).toContain('t3_applications.carried_over.natural_person');
    // The carried values satisfy the cross-year rule.
    const issues = checkReport(GOV_2021, draft, { previous: { format: GOV_2021, content: previous } });
    expect(issues.filter((issue) => issue.ruleId === 'cross_year_carry_forward')).toEqual([]);
  });

  it('2019 format: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    const draft = prefillFromPrevious(GOV_2019, newReportContent(GOV_2019, 2020, party), { format: GOV_2019, content: sample2019() });
    expect(draft.tables.t2_art20_6?.administrative_penalty?.prev_year_items).toBe(42);
    expect(draft.carried).toContain('t2_art20_6.administrative_penalty.prev_year_items');
    expect(draft.tables.t2_art20_6?.administrative_penalty?.change).toBeUndefined();
  });

  it('2021 format: 现行有效件数 starts from last year’s', () => {
    const draft = prefillFromPrevious(GOV_2021, newReportContent(GOV_2021, 2026, party), { format: GOV_2021, content: sample2021() });
    expect(draft.tables.t2_art20_1?.administrative_normative_documents?.in_force).toBe(10);
    expect(draft.carried).toContain('t2_art20_1.administrative_normative_documents.in_force');
  });

  it('carries table 三 from the real 2020 report into a 2021-format draft, and nothing of the changed table 二', () => {
    const previous = { format: GOV_2019, content: reportContentSchema.parse(zhanggongFinance2020) };
    const draft = prefillFromPrevious(GOV_2021, newReportContent(GOV_2021, 2021, party), previous);
    expect(draft.tables.t3_applications?.carried_over?.natural_person).toBe(0);
    expect(draft.tables.t2_art20_1).toBeUndefined();
    // All six applicant columns, and nothing else.
    expect(draft.carried).toHaveLength(6);
    expect(draft.carried.every((key) => key.startsWith('t3_applications.carried_over.'))).toBe(true);
  });

  it('leaves blank what last year left blank', () => {
    const previous = sample2021();
    previous.tables.t3_applications!.carried_forward = {};
    const draft = prefillFromPrevious(GOV_2021, newReportContent(GOV_2021, 2026, party), { format: GOV_2021, content: previous });
    expect(draft.tables.t3_applications?.carried_over).toBeUndefined();
    expect(draft.carried.filter((key) => key.startsWith('t3_applications.'))).toEqual([]);
  });
});

describe('a new draft', () => {
  it('offers section 一’s sub-parts, the opening paragraph and the 落款', () => {
    const draft = newReportContent(GOV_2021, 2025, party);
    expect(draft.sections.s1?.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '（三）政府信息管理',
      '（四）平台建设情况',
      '（五）监督保障',
    ]);
    // The notice is cited by its full title; a title inside it takes 〈〉.
    expect(draft.preamble).toContain(
      '和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求',
    );
    expect(draft.preamble).toContain('自2025年1月1日起至2025年12月31日止');
    expect(draft.preamble).toContain('章贡区人民政府网站');
    expect(draft.preamble).toContain('电话：0797-8100203');
    expect(draft.signature).toEqual({ organization: '章贡区教育局', date: null });
    expect(newReportContent(GOV_2019, 2020, party).preamble).toContain(
      '和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求',
    );
  });

  it('is refused at submission until its text is written (errors) but never for blanks (info)', () => {
    const issues = checkReport(GOV_2021, newReportContent(GOV_2021, 2025, party));
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.ruleId)).toEqual([
      'section_text_required',
      'section_text_required',
      'section_text_required',
      'signature_required',
    ]);
    expect(issues.filter((issue) => issue.ruleId === 'blank_vs_zero')).toHaveLength(6);
  });
});
