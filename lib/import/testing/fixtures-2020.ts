// A 2020 report (2019 format) as a department's Word document broke it:
// table 三 split at a page break with its header and the rowspan labels
// 三、本年度办理结果 and （三）不予公开 repeated, table 二 as five small tables,
// a cell that cannot be read (若干), money with six decimals and no unit,
// and a 落款 dated in Chinese numerals.
import type { Fixture } from './fixture';

export const HOUSING_2020: Fixture = {
  name: '章贡区住房和城乡建设局 2020',
  covers: [
    'table 三 split in two at a page break, header and rowspan group labels repeated',
    'table 二 as five small tables, captions above them',
    'a cell that cannot be read (若干): a problem names table, row and column; nothing guessed',
    '采购总金额 with decimals and no unit: 5949.088667',
    '本年增/减 of -1',
    '落款 dated 二〇二一年一月二十五日',
    'a preamble of two paragraphs; sub-headings in section 五',
    'an image (a seal) in the Word document',
  ],
  formatId: 'gov-2019',
  year: 2020,
  department: '章贡区住房和城乡建设局',
  title: '章贡区住房和城乡建设局2020年政府信息公开工作年度报告',
  publishedOn: '2021-01-26',
  preamble: [
    '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2019〕60号文件要求，特向社会公布2020年度章贡区住房和城乡建设局政府信息公开工作年度报告。',
    '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。如对本报告有任何疑问，请与章贡区住房和城乡建设局办公室联系（地址：章贡区长征大道8号，邮编：341000，电话：0797-8212345）。',
  ],
  sections: {
    s1: {
      heading: '一、总体情况',
      lines: [
        '2020年，我局紧紧围绕住房保障、城市建设、建筑市场监管等重点领域，扎实做好政府信息公开工作。',
        '（一）主动公开情况',
        '全年主动公开政府信息463条。',
        '（二）依申请公开情况',
        '全年新收政府信息公开申请37件，上年结转3件。',
        '（三）政府信息管理情况',
        '严格落实“三审三校”制度。',
        '（四）平台建设情况',
        '建成住房保障信息公开专栏。',
        '（五）监督保障情况',
        '将政务公开纳入年度目标考核。',
      ],
      expect: [
        { type: 'paragraph', text: '2020年，我局紧紧围绕住房保障、城市建设、建筑市场监管等重点领域，扎实做好政府信息公开工作。' },
        { type: 'heading', text: '（一）主动公开情况' },
        { type: 'paragraph', text: '全年主动公开政府信息463条。' },
        { type: 'heading', text: '（二）依申请公开情况' },
        { type: 'paragraph', text: '全年新收政府信息公开申请37件，上年结转3件。' },
        { type: 'heading', text: '（三）政府信息管理情况' },
        { type: 'paragraph', text: '严格落实“三审三校”制度。' },
        { type: 'heading', text: '（四）平台建设情况' },
        { type: 'paragraph', text: '建成住房保障信息公开专栏。' },
        { type: 'heading', text: '（五）监督保障情况' },
        { type: 'paragraph', text: '将政务公开纳入年度目标考核。' },
      ],
    },
    s5: {
      heading: '五、存在的主要问题及改进情况',
      lines: ['（一）存在的主要问题', '重点领域信息公开的及时性有待提高。', '（二）改进措施', '建立重点领域信息公开台账，定期督查。'],
      expect: [
        { type: 'heading', text: '（一）存在的主要问题' },
        { type: 'paragraph', text: '重点领域信息公开的及时性有待提高。' },
        { type: 'heading', text: '（二）改进措施' },
        { type: 'paragraph', text: '建立重点领域信息公开台账，定期督查。' },
      ],
    },
    s6: { heading: '六、其他需要报告的事项', lines: ['无其他需要报告的事项。'], expect: [{ type: 'paragraph', text: '无其他需要报告的事项。' }] },
  },
  tableHeadings: { s2: '二、主动公开政府信息情况', s3: '三、收到和处理政府信息公开申请情况', s4: '四、政府信息公开行政复议、行政诉讼情况' },
  tables: {
    t2_art20_1: { rows: { regulations: { cells: '0|0|0', expect: [0, 0, 0] }, normative_documents: { cells: '4|4|31', expect: [4, 4, 31] } } },
    t2_art20_5: {
      rows: { administrative_licensing: { cells: '22|0|2143', expect: [22, 0, 2143] }, other_external_services: { cells: '5|-1|318', expect: [5, -1, 318] } },
    },
    t2_art20_6: {
      rows: { administrative_penalty: { cells: '16|0|9', expect: [16, 0, 9] }, administrative_coercion: { cells: '2|0|若干', expect: [2, 0, 'unreadable'] } },
    },
    t2_art20_8: { rows: { administrative_fees: { cells: '3|0', expect: [3, 0] } } },
    t2_art20_9: { rows: { government_central_procurement: { cells: '27|5949.088667', expect: [27, { amount: 5949.088667, unit: null }] } } },
    t3_applications: {
      rows: {
        new_received: { cells: '31|5|0|0|1|0|37', expect: [31, 5, 0, 0, 1, 0, 37] },
        carried_over: { cells: '3|0|0|0|0|0|3', expect: [3, 0, 0, 0, 0, 0, 3] },
        granted: { cells: '18|3|0|0|1|0|22', expect: [18, 3, 0, 0, 1, 0, 22] },
        partially_granted: { cells: '4|0|0|0|0|0|4', expect: [4, 0, 0, 0, 0, 0, 4] },
        denied_process_information: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        unable_not_held: { cells: '6|2|0|0|0|0|8', expect: [6, 2, 0, 0, 0, 0, 8] },
        unable_needs_creation: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        not_processed_petition_complaint: { cells: '2|0|0|0|0|0|2', expect: [2, 0, 0, 0, 0, 0, 2] },
        other: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        total_processed: { cells: '33|5|0|0|1|0|39', expect: [33, 5, 0, 0, 1, 0, 39] },
        carried_forward: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
      },
    },
    t4_review_litigation: { rows: { count: { cells: '1|0|0|0|1|0|0|0|1|1|0|0|0|0|0', expect: [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0] } } },
  },
  layout: { t2: 'separate', t3SplitBefore: 'denied_internal_affairs', seal: true },
  signature: { lines: ['章贡区住房和城乡建设局', '二〇二一年一月二十五日'], organization: '章贡区住房和城乡建设局', date: '2021-01-25' },
  problems: [{ level: 'error', tableId: 't2_art20_6', rowKey: 'administrative_coercion', columnKey: 'decisions', says: ['表二（第二十条第（六）项）', '行政强制', '处理决定数量', '若干'] }],
  printedTotalIssues: [],
};
