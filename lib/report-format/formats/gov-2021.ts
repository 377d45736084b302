// 国办公开办函〔2021〕30号: 中华人民共和国政府信息公开工作年度报告格式,
// used for the reports of 2021 and later (no newer national format exists).
import type { ReportFormat } from '../types';
import { APPLICATIONS_TABLE_2021, REVIEW_LITIGATION_TABLE, laterSections } from './shared';

const decisions = { key: 'decisions', label: '本年处理决定数量', messageLabel: '本年处理决定数量', valueType: 'count' } as const;

export const GOV_2021: ReportFormat = {
  id: 'gov-2021',
  source: '国办公开办函〔2021〕30号',
  sourceTitle: '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
  sourceDate: '2021-09-26',
  firstYear: 2021,
  lastYear: null,
  sections: [
    {
      id: 's1',
      number: '一',
      title: '总体情况',
      kind: 'text',
      placeholder: '（文字描述）',
      subtopics: ['（一）主动公开情况', '（二）依申请公开情况', '（三）政府信息管理', '（四）平台建设情况', '（五）监督保障'],
      guidance:
        '对本机关贯彻落实条例情况进行综述；监督保障含条例第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”；重在聚焦主题、简明客观，篇幅原则上不超过一千字。',
      maxLengthChars: 1000,
    },
    {
      id: 's2',
      number: '二',
      title: '主动公开政府信息情况',
      kind: 'tables',
      tables: ['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8'],
      guidance: '各项数据核定时间点为报告年度的12月31日；处理决定数量包括已公开和依法未公开的全部处理决定。',
    },
    ...laterSections('（文字描述，收取信息处理费情况在此处报告。）'),
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
        { key: 'issued', label: '本年制发件数', messageLabel: '本年制发件数', valueType: 'count' },
        { key: 'repealed', label: '本年废止件数', messageLabel: '本年废止件数', valueType: 'count' },
        { key: 'in_force', label: '现行有效件数', messageLabel: '现行有效件数', valueType: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', kind: 'data' },
        { key: 'administrative_normative_documents', label: '行政规范性文件', kind: 'data' },
      ],
    },
    {
      id: 't2_art20_5',
      sectionNumber: '二',
      title: '第二十条第（五）项',
      messageName: '表二（第二十条第（五）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [decisions],
      rows: [{ key: 'administrative_licensing', label: '行政许可', kind: 'data' }],
    },
    {
      id: 't2_art20_6',
      sectionNumber: '二',
      title: '第二十条第（六）项',
      messageName: '表二（第二十条第（六）项）',
      rowHeaderLabel: '信息内容',
      layout: 'item-list',
      columns: [decisions],
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
      columns: [
        {
          key: 'fee_amount',
          label: '本年收费金额（单位：万元）',
          messageLabel: '本年收费金额',
          valueType: 'amount',
          unit: '万元',
        },
      ],
      rows: [{ key: 'administrative_fees', label: '行政事业性收费', kind: 'data' }],
    },
    APPLICATIONS_TABLE_2021,
    REVIEW_LITIGATION_TABLE,
  ],
};
