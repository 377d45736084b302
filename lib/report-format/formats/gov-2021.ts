// 国办公开办函〔2021〕30号: 中华人民共和国政府信息公开工作年度报告格式,
// used for the reports of 2021 and later (no newer national format exists).
import type { ReportFormat, TableDef } from '../types';
import { APPLICATIONS_TABLE_2021, REVIEW_LITIGATION_TABLE, article20Table, column, reportSections } from './shared';

const decisions = column('decisions', '本年处理决定数量');

const tables: TableDef[] = [
  article20Table(
    '一',
    [column('issued', '本年制发件数'), column('repealed', '本年废止件数'), column('in_force', '现行有效件数')],
    [
      ['regulations', '规章'],
      ['administrative_normative_documents', '行政规范性文件'],
    ],
  ),
  article20Table('五', [decisions], [['administrative_licensing', '行政许可']]),
  article20Table('六', [decisions], [
    ['administrative_penalty', '行政处罚'],
    ['administrative_coercion', '行政强制'],
  ]),
  article20Table(
    '八',
    [{ key: 'fee_amount', label: '本年收费金额（单位：万元）', messageLabel: '本年收费金额', valueType: 'amount', unit: '万元' }],
    [['administrative_fees', '行政事业性收费']],
  ),
  APPLICATIONS_TABLE_2021,
  REVIEW_LITIGATION_TABLE,
];

export const GOV_2021: ReportFormat = {
  id: 'gov-2021',
  source: '国办公开办函〔2021〕30号',
  sourceTitle: '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
  sourceDate: '2021-09-26',
  firstYear: 2021,
  lastYear: null,
  sections: reportSections(tables, {
    generalGuidance:
      '对本机关贯彻落实条例情况进行综述；监督保障含条例第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”；重在聚焦主题、简明客观，篇幅原则上不超过一千字。',
    maxLengthChars: 1000,
    tablesGuidance: '各项数据核定时间点为报告年度的12月31日；处理决定数量包括已公开和依法未公开的全部处理决定。',
    section6Placeholder: '（文字描述，收取信息处理费情况在此处报告。）',
  }),
  tables,
};
