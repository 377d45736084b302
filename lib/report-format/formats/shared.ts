// Parts both national formats share, with labels exactly as printed: the six
// sections (reportSections), table 二's sub-tables and columns (article20Table,
// column), table 三 (applications; 2021 only splits （六）其他处理 into three
// rows) and table 四 (administrative review and litigation).
import type { ColumnDef, RowDef, SectionDef, TableDef, ValueType } from '../types';

/** A column whose printed label is also clear in messages. */
export function column(key: string, label: string, valueType: ValueType = 'count', extra: Partial<ColumnDef> = {}): ColumnDef {
  return { key, label, messageLabel: label, valueType, ...extra };
}

const ARTICLE_20_ITEMS = { 一: 1, 五: 5, 六: 6, 八: 8, 九: 9 } as const;

/** A sub-table of table 二: 条例第二十条第（item）项, one row per kind of information. */
export function article20Table(
  item: keyof typeof ARTICLE_20_ITEMS,
  columns: readonly ColumnDef[],
  rows: readonly (readonly [key: string, label: string])[],
): TableDef {
  return {
    id: `t2_art20_${ARTICLE_20_ITEMS[item]}`,
    sectionNumber: '二',
    title: `第二十条第（${item}）项`,
    messageName: `表二（第二十条第（${item}）项）`,
    rowHeaderLabel: '信息内容',
    layout: 'item-list',
    columns,
    rows: rows.map(([key, label]) => ({ key, label, kind: 'data' })),
  };
}

/** Section 一's customary sub-parts, the skeleton of a new draft. */
const SECTION_1_SUBTOPICS = ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理', '（四）平台建设情况', '（五）监督保障'];

const APPLICANTS = ['申请人情况'] as const;
const LEGAL_PERSONS = ['申请人情况', '法人或其他组织'] as const;

const APPLICANT_COLUMNS: readonly ColumnDef[] = [
  column('natural_person', '自然人', 'count', { group: APPLICANTS }),
  column('legal_commercial', '商业企业', 'count', { group: LEGAL_PERSONS }),
  column('legal_research', '科研机构', 'count', { group: LEGAL_PERSONS }),
  column('legal_public_interest', '社会公益组织', 'count', { group: LEGAL_PERSONS }),
  column('legal_legal_services', '法律服务机构', 'count', { group: LEGAL_PERSONS }),
  { key: 'legal_other', label: '其他', messageLabel: '法人或其他组织（其他）', valueType: 'count', group: LEGAL_PERSONS },
];

export const APPLICANT_COLUMN_KEYS = APPLICANT_COLUMNS.map((column) => column.key);

const T3_COLUMNS: readonly ColumnDef[] = [
  ...APPLICANT_COLUMNS,
  column('total', '总计', 'count', { group: APPLICANTS, sumOf: APPLICANT_COLUMN_KEYS }),
];

const RESULT_ROWS_BEFORE_OTHER: readonly RowDef[] = [
  { key: 'granted', label: '（一）予以公开', kind: 'data', parent: 'results' },
  { key: 'partially_granted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', kind: 'data', parent: 'results' },
  { key: 'denied', label: '（三）不予公开', kind: 'group', parent: 'results' },
  { key: 'denied_state_secret', label: '1.属于国家秘密', kind: 'data', parent: 'denied' },
  { key: 'denied_prohibited_by_law', label: '2.其他法律行政法规禁止公开', kind: 'data', parent: 'denied' },
  { key: 'denied_three_safeties_one_stability', label: '3.危及“三安全一稳定”', kind: 'data', parent: 'denied' },
  { key: 'denied_third_party_rights', label: '4.保护第三方合法权益', kind: 'data', parent: 'denied' },
  { key: 'denied_internal_affairs', label: '5.属于三类内部事务信息', kind: 'data', parent: 'denied' },
  { key: 'denied_process_information', label: '6.属于四类过程性信息', kind: 'data', parent: 'denied' },
  { key: 'denied_enforcement_files', label: '7.属于行政执法案卷', kind: 'data', parent: 'denied' },
  { key: 'denied_administrative_query', label: '8.属于行政查询事项', kind: 'data', parent: 'denied' },
  { key: 'unable', label: '（四）无法提供', kind: 'group', parent: 'results' },
  { key: 'unable_not_held', label: '1.本机关不掌握相关政府信息', kind: 'data', parent: 'unable' },
  { key: 'unable_needs_creation', label: '2.没有现成信息需要另行制作', kind: 'data', parent: 'unable' },
  { key: 'unable_unclear_after_correction', label: '3.补正后申请内容仍不明确', kind: 'data', parent: 'unable' },
  { key: 'not_processed', label: '（五）不予处理', kind: 'group', parent: 'results' },
  { key: 'not_processed_petition_complaint', label: '1.信访举报投诉类申请', kind: 'data', parent: 'not_processed' },
  { key: 'not_processed_duplicate', label: '2.重复申请', kind: 'data', parent: 'not_processed' },
  { key: 'not_processed_publication', label: '3.要求提供公开出版物', kind: 'data', parent: 'not_processed' },
  { key: 'not_processed_excessive', label: '4.无正当理由大量反复申请', kind: 'data', parent: 'not_processed' },
  { key: 'not_processed_confirm_or_reissue', label: '5.要求行政机关确认或重新出具已获取信息', kind: 'data', parent: 'not_processed' },
];

const OTHER_2019: readonly RowDef[] = [{ key: 'other', label: '（六）其他处理', kind: 'data', parent: 'results' }];

const OTHER_2021: readonly RowDef[] = [
  { key: 'other', label: '（六）其他处理', kind: 'group', parent: 'results' },
  {
    key: 'other_no_correction',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    kind: 'data',
    parent: 'other',
  },
  {
    key: 'other_fee_unpaid',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    kind: 'data',
    parent: 'other',
  },
  { key: 'other_other', label: '3.其他', kind: 'data', parent: 'other' },
];

function applicationsTable(otherRows: readonly RowDef[]): TableDef {
  const resultLeaves = [...RESULT_ROWS_BEFORE_OTHER, ...otherRows]
    .filter((row) => row.kind === 'data')
    .map((row) => row.key);
  return {
    id: 't3_applications',
    sectionNumber: '三',
    title: '收到和处理政府信息公开申请情况',
    messageName: '表三',
    cornerNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    layout: 'cross-tab',
    columns: T3_COLUMNS,
    rows: [
      { key: 'new_received', label: '一、本年新收政府信息公开申请数量', kind: 'data' },
      { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', kind: 'data' },
      { key: 'results', label: '三、本年度办理结果', kind: 'group' },
      ...RESULT_ROWS_BEFORE_OTHER,
      ...otherRows,
      { key: 'total_processed', label: '（七）总计', kind: 'data', parent: 'results', sumOf: resultLeaves },
      { key: 'carried_forward', label: '四、结转下年度继续办理', kind: 'data' },
    ],
  };
}

export const APPLICATIONS_TABLE_2019 = applicationsTable(OTHER_2019);
export const APPLICATIONS_TABLE_2021 = applicationsTable(OTHER_2021);

function reviewColumns(prefix: string, group: readonly string[], messagePrefix: string): ColumnDef[] {
  const results = [
    ['upheld', '结果维持'],
    ['corrected', '结果纠正'],
    ['other', '其他结果'],
    ['pending', '尚未审结'],
  ] as const;
  const columns: ColumnDef[] = results.map(([suffix, label]) => ({
    key: `${prefix}_${suffix}`,
    label,
    messageLabel: `${messagePrefix}·${label}`,
    valueType: 'count',
    group,
  }));
  columns.push({
    key: `${prefix}_total`,
    label: '总计',
    messageLabel: `${messagePrefix}·总计`,
    valueType: 'count',
    group,
    sumOf: columns.map((column) => column.key),
  });
  return columns;
}

export const REVIEW_LITIGATION_TABLE: TableDef = {
  id: 't4_review_litigation',
  sectionNumber: '四',
  title: '政府信息公开行政复议、行政诉讼情况',
  messageName: '表四',
  guidance:
    '统计口径：行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量（国办公开办函〔2019〕60号、〔2021〕30号）。',
  layout: 'cross-tab',
  columns: [
    ...reviewColumns('review', ['行政复议'], '行政复议'),
    ...reviewColumns('litigation_direct', ['行政诉讼', '未经复议直接起诉'], '行政诉讼（未经复议直接起诉）'),
    ...reviewColumns('litigation_after_review', ['行政诉讼', '复议后起诉'], '行政诉讼（复议后起诉）'),
  ],
  rows: [{ key: 'count', label: null, kind: 'data' }],
};

/** What the two formats word differently in their six sections. */
interface SectionTexts {
  /** Section 一 (总体情况): the format's guidance, and the length it asks to keep to. */
  generalGuidance: string;
  maxLengthChars?: number;
  /** Section 二: guidance on the tables, where the format gives any. */
  tablesGuidance?: string;
  section6Placeholder: string;
}

/** The six sections (titles unchanged between the formats); section 二 holds the format's table-二 sub-tables, in order. */
export function reportSections(tables: readonly TableDef[], texts: SectionTexts): SectionDef[] {
  return [
    {
      id: 's1',
      number: '一',
      title: '总体情况',
      kind: 'text',
      placeholder: '（文字描述）',
      subtopics: SECTION_1_SUBTOPICS,
      guidance: texts.generalGuidance,
      ...(texts.maxLengthChars ? { maxLengthChars: texts.maxLengthChars } : {}),
    },
    {
      id: 's2',
      number: '二',
      title: '主动公开政府信息情况',
      kind: 'tables',
      tables: tables.filter((table) => table.sectionNumber === '二').map((table) => table.id),
      ...(texts.tablesGuidance ? { guidance: texts.tablesGuidance } : {}),
    },
    { id: 's3', number: '三', title: '收到和处理政府信息公开申请情况', kind: 'tables', tables: ['t3_applications'] },
    { id: 's4', number: '四', title: '政府信息公开行政复议、行政诉讼情况', kind: 'tables', tables: ['t4_review_litigation'] },
    { id: 's5', number: '五', title: '存在的主要问题及改进情况', kind: 'text', placeholder: '（文字描述）' },
    { id: 's6', number: '六', title: '其他需要报告的事项', kind: 'text', placeholder: texts.section6Placeholder },
  ];
}
