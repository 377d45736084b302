// Every consistency rule, defined once. The checks are in ./check-report.ts.
//
// Severity: an error blocks submission; a warning needs the editor's written
// explanation at submission (shown to the approver); info is shown only.
// Blank cells count as 0 in every arithmetic rule (rule blank_vs_zero says so).
//
// Only rules the checker raises belong here. The counting convention for
// table 四 (行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量)
// cannot be checked from the numbers of one report; it is shown as the
// table's guidance in the editor instead (formats/shared.ts).
import type { FormatId } from '../types';

export type Severity = 'error' | 'warning' | 'info';
export type Provenance = 'official' | 'inferred';

interface RuleSpec {
  severity: Severity;
  provenance: Provenance;
  scope: 'report' | 'cross-year';
  formats: readonly FormatId[];
  /** What the rule says, in Chinese: the tooltip of each issue in the editor's issue list. */
  description: string;
  source?: string;
}

const BOTH: readonly FormatId[] = ['gov-2019', 'gov-2021'];

// Keyed by rule id; the ids, their order (the order of RULE_IDS) and each
// rule's `id` all come from these keys, so they cannot disagree.
const SPECS = {
  t3_balance: {
    severity: 'error',
    provenance: 'official',
    scope: 'report',
    formats: BOTH,
    description: '表三每一列：第一项（本年新收）加第二项（上年结转）之和，等于第三项（办理结果总计）加第四项（结转下年度继续办理）之和。',
    source: '表三表头注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  },
  t3_row_total: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '表三每一行的“总计”等于自然人与五类法人或其他组织之和（系统自动计算；核对外来报告印发的数值）。',
  },
  t3_results_total: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '表三“（七）总计”等于（一）至（六）各项办理结果之和（系统自动计算；核对外来报告印发的数值）。',
  },
  t4_review_total: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '表四行政复议“总计”等于结果维持、结果纠正、其他结果、尚未审结之和。',
  },
  t4_litigation_direct_total: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '表四行政诉讼（未经复议直接起诉）“总计”等于四项结果之和。',
  },
  t4_litigation_after_review_total: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '表四行政诉讼（复议后起诉）“总计”等于四项结果之和。',
  },
  non_negative_integers: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '件数、数量为非负整数；“本年增/减”为整数；金额不小于 0。',
  },
  section_text_required: {
    severity: 'error',
    provenance: 'official',
    scope: 'report',
    formats: BOTH,
    description: '总体情况、存在的主要问题及改进情况、其他需要报告的事项均须填写。',
    source: '《中华人民共和国政府信息公开条例》第五十条',
  },
  empty_text_block: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '每个小标题下须有正文，段落不能为空；不需要的小标题和段落请删除（空的小标题和段落不会公开）。',
  },
  signature_required: {
    severity: 'error',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '报告须有落款单位和落款日期。',
  },
  signature_date: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '落款日期应在报告年度的次年（报告于次年1月31日前公布），且不晚于发布日期。',
    source: '《中华人民共和国政府信息公开条例》第四十九条',
  },
  blank_vs_zero: {
    severity: 'info',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '未填写的单元格按 0 参与核对；公开时保留空白，与填写 0 不同。',
  },
  cross_year_carry_forward: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'cross-year',
    formats: BOTH,
    description: '表三“二、上年结转”应等于上一年度报告的“四、结转下年度继续办理”（2020 年与 2021 年之间同样适用）。',
  },
  t2_items_cross_year: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'cross-year',
    formats: ['gov-2019'],
    description: '表二“上一年项目数量”应等于上一年度报告的“上一年项目数量”加“本年增/减”。',
  },
  t2_in_force_cross_year: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'cross-year',
    formats: ['gov-2021'],
    description: '表二“现行有效件数”应等于上一年度的现行有效件数加本年制发件数减本年废止件数。',
  },
  s1_length: {
    severity: 'warning',
    provenance: 'official',
    scope: 'report',
    formats: ['gov-2021'],
    description: '总体情况篇幅原则上不超过一千字。',
    source: '国办公开办函〔2021〕30号',
  },
  s6_fee_disclosure: {
    severity: 'warning',
    provenance: 'official',
    scope: 'report',
    formats: ['gov-2021'],
    description: '“六、其他需要报告的事项”须报告收取信息处理费的情况（未收取的也应说明）。',
    source: '国办公开办函〔2021〕30号',
  },
  // Quality rules (./quality-rules.ts): what evaluators of published reports point out.
  narrative_numbers: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '正文写明的申请件数（本年新收、上年结转、结转下年度、予以公开）和行政复议、行政诉讼件数，应与表三、表四的总计一致。',
  },
  text_year: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '正文中的年份应为报告年度或其次年；文件名称、文号、法规的修订施行时间和同比等比较除外（多为沿用往年报告的文字）。',
  },
  placeholder_section: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '总体情况、存在的主要问题及改进情况不能只写“无”“略”“（文字描述）”等占位文字；其他需要报告的事项可以写“无”，但不能只写占位文字。',
    source: '《中华人民共和国政府信息公开条例》第五十条',
  },
  fee_consistency: {
    severity: 'warning',
    provenance: 'inferred',
    scope: 'report',
    formats: BOTH,
    description: '正文关于信息处理费的说法应与表三一致：称不收取信息处理费的，表三不应有“申请人逾期未按收费通知要求缴纳费用”的申请；称收取了信息处理费的，表三应有政府信息公开申请。',
  },
} satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof SPECS;

export interface RuleDef extends RuleSpec {
  id: RuleId;
}

export const RULE_IDS = Object.keys(SPECS) as RuleId[];

export const RULES = Object.fromEntries(RULE_IDS.map((id) => [id, { id, ...SPECS[id] }])) as Record<RuleId, RuleDef>;

export function rulesForFormat(formatId: FormatId): RuleDef[] {
  return RULE_IDS.map((id) => RULES[id]).filter((rule) => rule.formats.includes(formatId));
}
