import { describe, expect, it } from 'vitest';
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import { reportContentSchema, type ParsedReportContent } from '../content';
import { GOV_2019 } from '../formats/gov-2019';
import { GOV_2021 } from '../formats/gov-2021';
import { sample2019, sample2021 } from '../testing/sample-content';
import type { ReportFormat } from '../types';
import { checkReport } from './check-report';

const QUALITY_RULES = ['narrative_numbers', 'text_year', 'placeholder_section', 'fee_consistency'];

function quality(format: ReportFormat, content: ParsedReportContent, year?: number) {
  return checkReport(format, content, { year }).filter((issue) => QUALITY_RULES.includes(issue.ruleId));
}

/** sample2021 (table 三: 新收 12, 上年结转 1, 予以公开 7, 结转下年度 2; 表四: 行政复议 1, 行政诉讼 0) with one paragraph in 一. */
function withParagraph(text: string, change?: (content: ParsedReportContent) => void) {
  const content = sample2021();
  content.sections.s1 = [{ type: 'paragraph', text }];
  change?.(content);
  return content;
}

const keys = (format: ReportFormat, content: ParsedReportContent, year?: number) => quality(format, content, year).map((issue) => issue.key);

describe('the real and the sample reports raise no quality warning', () => {
  it.each<[string, ReportFormat, () => ParsedReportContent, number]>([
    ['sample2019', GOV_2019, sample2019, 2020],
    ['sample2021', GOV_2021, sample2021, 2025],
    ['章贡区财政局 2020 (published)', GOV_2019, () => reportContentSchema.parse(zhanggongFinance2020), 2020],
  ])('%s', (_name, format, content, year) => {
    expect(quality(format, content(), year)).toEqual([]);
    expect(quality(format, content())).toEqual([]);
  });
});

describe('narrative_numbers: counts in the text against tables 三 and 四', () => {
  it('quotes the sentence and the table', () => {
    const [issue] = quality(GOV_2021, withParagraph('2025年，全年收到政府信息公开申请15件，均在法定期限内答复。'), 2025);
    expect(issue).toMatchObject({
      ruleId: 'narrative_numbers',
      severity: 'warning',
      key: 'narrative_numbers:s1.0:received',
      location: { kind: 'block', sectionId: 's1', index: 0 },
      expected: 12,
      actual: 15,
      message: '“一、总体情况”第 1 段“2025年，全年收到政府信息公开申请15件，均在法定期限内答复”称本年新收申请 15 件，表三“一、本年新收政府信息公开申请数量”总计为 12。',
    });
  });

  it.each<[string, string[]]>([
    ['新收政府信息公开申请１２件，上年结转３件。', ['narrative_numbers:s1.0:carried_over']],
    ['共收到申请12件（含依申请公开），其中予以公开9件，部分公开2件。', ['narrative_numbers:s1.0:granted']],
    ['因政府信息公开被申请行政复议2件，提起行政诉讼1起。', ['narrative_numbers:s1.0:review', 'narrative_numbers:s1.0:litigation']],
    ['本年度未收到政府信息公开申请。', ['narrative_numbers:s1.0:received']],
    ['全年收到政府信息公开申请十五件。', ['narrative_numbers:s1.0:received']],
    ['全年共收到10件政府信息公开申请。', ['narrative_numbers:s1.0:received']],
    ['办结政府信息公开申请11件，结转下年度继续办理5件。', ['narrative_numbers:s1.0:carried_forward']],
    ['收到政府信息公开申请14件，上年结转1件，其中6件予以公开。', ['narrative_numbers:s1.0:received', 'narrative_numbers:s1.0:granted']],
    // Agreeing with the tables.
    ['全年收到政府信息公开申请12件，上年结转1件，其中予以公开7件，结转下年度继续办理2件。', []],
    ['2025年，本单位新收政府信息公开申请 12 件，因政府信息公开被申请行政复议1件，行政诉讼0件。', []],
    // Not this year's count, or not a count of these applications.
    ['2024年收到政府信息公开申请20件。', []],
    ['自2008年以来累计收到政府信息公开申请120件。', []],
    ['与上年相比，收到政府信息公开申请增加3件。', []],
    ['不予公开3件，部分予以公开2件，均已告知申请人。', []],
    ['全年办理行政复议案件25件，其中涉及政府信息公开的1件。', []],
    ['收到申请50件，其中政府信息公开申请12件。', []],
    ['全年共受理政府信息公开申请13件（含上年结转1件）。', []],
    ['收到政府信息公开申请10件予以公开。', []],
    ['印发《关于收到政府信息公开申请5件的情况通报》。', []],
    ['收到政府信息公开申请后3个工作日内登记。', []],
    ['收到政府信息公开申请12件，第二十件予以公开的申请已办结。', []],
    ['全年主动公开政府信息 120 条。', []],
  ])('%s', (text, expected) => {
    expect(keys(GOV_2021, withParagraph(text), 2025).filter((key) => key.startsWith('narrative_numbers'))).toEqual(expected);
  });

  it('reads the opening paragraph too, and 行政诉讼 adds both of table 四’s groups', () => {
    const content = withParagraph('因政府信息公开被提起行政诉讼2件。', (each) => {
      each.preamble = '本报告依据《中华人民共和国政府信息公开条例》编制。全年收到政府信息公开申请 20 件。';
      Object.assign(each.tables.t4_review_litigation!.count!, { litigation_direct_upheld: 1, litigation_after_review_pending: 1 });
    });
    const issues = quality(GOV_2021, content, 2025);
    expect(issues.map((issue) => [issue.key, issue.location])).toEqual([
      ['narrative_numbers:preamble:received', { kind: 'preamble' }],
    ]);
    expect(issues[0]?.message).toBe('报告开头段落“全年收到政府信息公开申请 20 件”称本年新收申请 20 件，表三“一、本年新收政府信息公开申请数量”总计为 12。');
    content.sections.s1 = [{ type: 'paragraph', text: '因政府信息公开被提起行政诉讼3件。' }];
    expect(quality(GOV_2021, content, 2025).map((issue) => issue.message)).toContain(
      '“一、总体情况”第 1 段“因政府信息公开被提起行政诉讼3件”称行政诉讼 3 件，表四行政诉讼“总计”为 2（未经复议直接起诉 1，复议后起诉 1）。',
    );
  });

  it('compares only with a table that is filled in, and a sentence of another year only when the year is known', () => {
    const blank = withParagraph('全年收到政府信息公开申请15件。', (content) => (content.tables.t3_applications = {}));
    expect(keys(GOV_2021, blank, 2025)).toEqual([]);
    const dated = withParagraph('2025年，全年收到政府信息公开申请15件。');
    expect(keys(GOV_2021, dated)).toEqual([]);
    expect(keys(GOV_2021, dated, 2025)).toEqual(['narrative_numbers:s1.0:received']);
  });
});

describe('text_year: a year that is neither the report’s nor the next', () => {
  it('quotes the phrase and names the years', () => {
    const content = sample2019();
    content.preamble = '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。';
    expect(quality(GOV_2019, content, 2020)).toEqual([
      expect.objectContaining({
        ruleId: 'text_year',
        key: 'text_year:preamble:2019',
        location: { kind: 'preamble' },
        expected: 2020,
        actual: 2019,
        message:
          '报告开头段落写有“本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止”：本报告为2020年度报告，文中的2019年既不是报告年度，也不是2021年。如系沿用往年报告的文字，请改正；如确需提及2019年，请说明。',
      }),
    ]);
  });

  it.each<[string, string[]]>([
    ['2018年，我局认真贯彻落实《条例》，2018年全年主动公开信息300条。', ['text_year:s1.0:2018']],
    ['2018年，我局认真贯彻落实《条例》，2017年全年主动公开信息300条。', ['text_year:s1.0:2018', 'text_year:s1.0:2017']],
    ['下一步，我局将在２０２２年继续推进。', ['text_year:s1.0:2022']],
    ['2020年，我局认真贯彻落实《条例》；2021年1月将继续完善。', []],
    ['印发《国务院办公厅关于印发2019年政务公开工作要点的通知》（国办发〔2019〕14号）。', []],
    ['《条例》于2019年4月3日修订，2019年5月15日起施行。', []],
    ['主动公开信息300条，较2019年增长10%。', []],
    ['与2019年相比，主动公开信息增加50条。', []],
    ['比2019年增加50条，同比增长20%。', []],
    ['上年（2019年）收到申请5件。', []],
    ['“十三五”时期（2016年至2020年）政务公开成效明显。', []],
    ['自2008年以来，我局持续推进政务公开。', []],
    ['依据国家税务总局公告2018年第3号办理。', []],
    ['荣获“2019年度政务公开先进单位”称号。', []],
    ['按时发布2019年政府信息公开工作年度报告。', []],
    ['自2019年5月15日新《条例》施行以来，我局严格执行。', []],
    ['力争到2025年基本建成全域覆盖的政务公开标准体系。', []],
    ['对照国民经济和社会发展第十四个五年规划和2035年远景目标，谋划下一步工作。', []],
    ['2019年我局全年主动公开政府信息300条。', ['text_year:s1.0:2019']],
  ])('%s (2020年度)', (text, expected) => {
    const content = sample2019();
    content.sections.s1 = [{ type: 'paragraph', text }];
    expect(keys(GOV_2019, content, 2020)).toEqual(expected);
  });

  it('is not checked when the report’s year is not known', () => {
    const content = sample2019();
    content.sections.s1 = [{ type: 'paragraph', text: '2015年，我局认真贯彻落实《条例》。' }];
    expect(keys(GOV_2019, content)).toEqual([]);
  });
});

describe('placeholder_section: a section that only holds a placeholder', () => {
  it.each<[string, string, string, string[]]>([
    ['五', 's5', '无', ['placeholder_section:s5']],
    ['五', 's5', '暂无。', ['placeholder_section:s5']],
    ['五', 's5', ' 略 ', ['placeholder_section:s5']],
    ['五', 's5', '（文字描述）', ['placeholder_section:s5']],
    ['五', 's5', 'XXXX', ['placeholder_section:s5']],
    ['五', 's5', '……', ['placeholder_section:s5']],
    ['一', 's1', '同上。', ['placeholder_section:s1']],
    ['六', 's6', '（文字描述，收取信息处理费情况在此处报告。）', ['placeholder_section:s6']],
    ['六', 's6', '待补充', ['placeholder_section:s6']],
    // 六 may truly have nothing else to report (2021: the 信息处理费 statement is s6_fee_disclosure's matter).
    ['六', 's6', '无。', []],
    ['六', 's6', '无其他需要报告的事项。本年度未收取信息处理费。', []],
    ['五', 's5', '无明显问题，下一步将继续加强政策解读。', []],
  ])('%s: “%s”', (_number, sectionId, text, expected) => {
    const content = sample2021();
    content.sections[sectionId] = [{ type: 'paragraph', text }];
    expect(keys(GOV_2021, content, 2025)).toEqual(expected);
  });

  it('names the section and quotes it; an empty section is left to section_text_required', () => {
    const content = sample2019();
    content.sections.s5 = [{ type: 'paragraph', text: '暂无。' }];
    expect(quality(GOV_2019, content, 2020).map((issue) => [issue.location, issue.message])).toEqual([
      [
        { kind: 'section', sectionId: 's5' },
        '“五、存在的主要问题及改进情况”只写了“暂无。”，这是占位文字，不是实际内容：《中华人民共和国政府信息公开条例》第五十条要求如实报告存在的主要问题及改进情况，请填写。',
      ],
    ]);
    content.sections.s5 = [{ type: 'paragraph', text: '  ' }];
    expect(checkReport(GOV_2019, content, { year: 2020 }).map((issue) => issue.ruleId)).toEqual(['section_text_required']);
  });
});

describe('fee_consistency: 信息处理费 in the text against table 三', () => {
  function fees(format: ReportFormat, sample: () => ParsedReportContent, s6: string, change?: (content: ParsedReportContent) => void) {
    const content = sample();
    content.sections.s6 = [{ type: 'paragraph', text: s6 }];
    change?.(content);
    return quality(format, content, format.id === 'gov-2021' ? 2025 : 2020);
  }
  const unpaid = (content: ParsedReportContent) => (content.tables.t3_applications!.other_fee_unpaid!.natural_person = 1);
  const noApplications = (content: ParsedReportContent) => {
    const t3 = content.tables.t3_applications!;
    for (const row of Object.values(t3)) for (const column of Object.keys(row)) row[column] = 0;
  };

  it.each<[string, ReportFormat, () => ParsedReportContent, string, ((content: ParsedReportContent) => void) | undefined, string[]]>([
    ['不收取 with fee notices unpaid', GOV_2021, sample2021, '本机关依申请提供政府信息，不收取任何费用。', unpaid, ['fee_consistency:s6.0:unpaid']],
    ['no fee notice sent, with fee notices unpaid', GOV_2021, sample2021, '本年度未向申请人发出收费通知，未收取信息处理费。', unpaid, ['fee_consistency:s6.0:unpaid']],
    ['未收取 is still true when nobody paid', GOV_2021, sample2021, '本年度未收取信息处理费。', unpaid, []],
    ['不收取 without fee notices', GOV_2021, sample2021, '本机关不收取信息处理费。', undefined, []],
    ['不收费 with the lawful exception', GOV_2021, sample2021, '依申请提供政府信息不收费，但申请数量、频次明显超过合理范围的，依法收取信息处理费。', unpaid, []],
    ['a fee without any application (2021)', GOV_2021, sample2021, '本年度收取信息处理费200元。', noApplications, ['fee_consistency:s6.0:collected']],
    ['a fee without any application (2019)', GOV_2019, sample2019, '本年度共收取信息处理费0.02万元。', noApplications, ['fee_consistency:s6.0:collected']],
    ['a fee with applications', GOV_2021, sample2021, '本年度收取信息处理费200元。', undefined, []],
    ['a rate is not an amount collected', GOV_2021, sample2021, '信息处理费每件100元，本年度未收取信息处理费。', noApplications, []],
    // 行政事业性收费 (table 二（八）: 1.25 万元 in sample2021) is another kind of fee.
    ['table 二 fees are not 信息处理费', GOV_2021, sample2021, '本年度未收取信息处理费。', undefined, []],
  ])('%s', (_name, format, sample, s6, change, expected) => {
    expect(fees(format, sample, s6, change).map((issue) => issue.key)).toEqual(expected);
  });

  it('quotes the text and the table', () => {
    expect(fees(GOV_2021, sample2021, '本机关依申请提供政府信息，不收取任何费用。', unpaid)[0]?.message).toBe(
      '“六、其他需要报告的事项”第 1 段“本机关依申请提供政府信息，不收取任何费用”称不收取信息处理费（或未发出收费通知），但表三“（六）其他处理·2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”总计为 1：本年度曾向申请人发出收费通知。',
    );
    expect(fees(GOV_2021, sample2021, '本年度依据《政府信息公开信息处理费管理办法》收取信息处理费96元。', noApplications)[0]?.message).toBe(
      '“六、其他需要报告的事项”第 1 段“……《政府信息公开信息处理费管理办法》收取信息处理费96元”称收取信息处理费 96 元，但表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”总计均为 0：没有政府信息公开申请，就不会收取信息处理费。',
    );
  });
});
