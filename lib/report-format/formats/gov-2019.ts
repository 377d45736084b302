// 国办公开办函〔2019〕60号: 中华人民共和国政府信息公开工作年度报告格式（试行）,
// used for the 2019 and 2020 reports.
import type { ReportFormat, TableDef } from '../types';
import { APPLICATIONS_TABLE_2019, REVIEW_LITIGATION_TABLE, article20Table, column, reportSections } from './shared';

const itemsColumns = [column('prev_year_items', '上一年项目数量'), column('change', '本年增/减', 'signedCount')];
const decisions = column('decisions', '处理决定数量');

const tables: TableDef[] = [
  article20Table(
    '一',
    [column('newly_made', '本年新制作数量'), column('newly_published', '本年新公开数量'), column('total_published', '对外公开总数量')],
    [
      ['regulations', '规章'],
      ['normative_documents', '规范性文件'],
    ],
  ),
  article20Table('五', [...itemsColumns, decisions], [
    ['administrative_licensing', '行政许可'],
    ['other_external_services', '其他对外管理服务事项'],
  ]),
  article20Table('六', [...itemsColumns, decisions], [
    ['administrative_penalty', '行政处罚'],
    ['administrative_coercion', '行政强制'],
  ]),
  article20Table('八', itemsColumns, [['administrative_fees', '行政事业性收费']]),
  article20Table(
    '九',
    [column('procurement_items', '采购项目数量'), column('procurement_amount', '采购总金额', 'moneyWithUnit')],
    [['government_central_procurement', '政府集中采购']],
  ),
  APPLICATIONS_TABLE_2019,
  REVIEW_LITIGATION_TABLE,
];

export const GOV_2019: ReportFormat = {
  id: 'gov-2019',
  source: '国办公开办函〔2019〕60号',
  sourceTitle: '国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知',
  sourceDate: '2019-11-23',
  firstYear: 2019,
  lastYear: 2020,
  sections: reportSections(tables, {
    generalGuidance:
      '本机关上一年度政府信息公开工作总体情况综述；监督保障含条例第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”。',
    section6Placeholder: '（文字描述）',
  }),
  tables,
};
