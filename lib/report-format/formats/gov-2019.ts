// 国办公开办函〔2019〕60号: 中华人民共和国政府信息公开工作年度报告格式（试行）,
// used for the 2019 and 2020 reports.
import type { ReportFormat } from '../types';
import { APPLICATIONS_TABLE_2019, REVIEW_LITIGATION_TABLE, laterSections } from './shared';

const itemsColumns = [
  { key: 'prev_year_items', label: '上一年项目数量', messageLabel: '上一年项目数量', valueType: 'count' },
  { key: 'change', label: '本年增/减', messageLabel: '本年增/减', valueType: 'signedCount' },
] as const;
const decisions = { key: 'decisions', label: '处理决定数量', messageLabel: '处理决定数量', valueType: 'count' } as const;

export const GOV_2019: ReportFormat = {
  id: 'gov-2019',
  source: '国办公开办函〔2019〕60号',
  sourceTitle: '国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知',
  sourceDate: '2019-11-23',
  firstYear: 2019,
  lastYear: 2020,
  sections: [
    {
      id: 's1',
      number: '一',
      title: '总体情况',
      kind: 'text',
      placeholder: '（文字描述）',
      subtopics: ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理', '（四）平台建设情况', '（五）监督保障'],
      guidance:
        '本机关上一年度政府信息公开工作总体情况综述；监督保障含条例第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”。',
    },
    {
      id: 's2',
      number: '二',
      title: '主动公开政府信息情况',
      kind: 'tables',
      tables: ['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8', 't2_art20_9'],
    },
    ...laterSections('（文字描述）'),
  ],
  tables: [
    {
      id: 't2_art20_1',
      sectionNumber: '二',
      title: '第二十条第（一）项',
      messageName: '表二（第二十条第（一）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [
        { key: 'newly_made', label: '本年新制作数量', messageLabel: '本年新制作数量', valueType: 'count' },
        { key: 'newly_published', label: '本年新公开数量', messageLabel: '本年新公开数量', valueType: 'count' },
        { key: 'total_published', label: '对外公开总数量', messageLabel: '对外公开总数量', valueType: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', kind: 'data' },
        { key: 'normative_documents', label: '规范性文件', kind: 'data' },
      ],
    },
    {
      id: 't2_art20_5',
      sectionNumber: '二',
      title: '第二十条第（五）项',
      messageName: '表二（第二十条第（五）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [...itemsColumns, decisions],
      rows: [
        { key: 'administrative_licensing', label: '行政许可', kind: 'data' },
        { key: 'other_external_services', label: '其他对外管理服务事项', kind: 'data' },
      ],
    },
    {
      id: 't2_art20_6',
      sectionNumber: '二',
      title: '第二十条第（六）项',
      messageName: '表二（第二十条第（六）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [...itemsColumns, decisions],
      rows: [
        { key: 'administrative_penalty', label: '行政处罚', kind: 'data' },
        { key: 'administrative_coercion', label: '行政强制', kind: 'data' },
      ],
    },
    {
      id: 't2_art20_8',
      sectionNumber: '二',
      title: '第二十条第（八）项',
      messageName: '表二（第二十条第（八）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [...itemsColumns],
      rows: [{ key: 'administrative_fees', label: '行政事业性收费', kind: 'data' }],
    },
    {
      id: 't2_art20_9',
      sectionNumber: '二',
      title: '第二十条第（九）项',
      messageName: '表二（第二十条第（九）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [
        { key: 'procurement_items', label: '采购项目数量', messageLabel: '采购项目数量', valueType: 'count' },
        { key: 'procurement_amount', label: '采购总金额', messageLabel: '采购总金额', valueType: 'moneyWithUnit' },
      ],
      rows: [{ key: 'government_central_procurement', label: '政府集中采购', kind: 'data' }],
    },
    APPLICATIONS_TABLE_2019,
    REVIEW_LITIGATION_TABLE,
  ],
};
