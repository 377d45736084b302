// A 2019 report (国办公开办函〔2019〕60号 format) with negative 本年增/减 written
// three ways, money with its unit, spaces inside labels and the longer title
// of section 四 that the notice's guidance uses.
import type { Fixture } from './fixture';

export const HEALTH_2019: Fixture = {
  name: '章贡区卫生健康委员会 2019',
  covers: [
    '2019 format with 第二十条第（九）项',
    '本年增/减 written -18, 减2 and 增3',
    '采购总金额 with its unit: 75394432.52元',
    'spaces inside labels (行 政 许 可, 行 政 处 罚)',
    '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况 (longer title)',
    'run-in sub-headings “（一）主动公开情况。……”',
  ],
  formatId: 'gov-2019',
  year: 2019,
  department: '章贡区卫生健康委员会',
  title: '章贡区卫生健康委员会2019年政府信息公开工作年度报告',
  publishedOn: '2020-01-21',
  preamble: [
    '本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，由章贡区卫生健康委员会编制。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
  ],
  sections: {
    s1: {
      heading: '一、总体情况',
      lines: [
        '2019年，我委在区委、区政府的领导下，认真贯彻落实新修订的《条例》，不断提升卫生健康领域政府信息公开质量。',
        '（一）主动公开情况。全年主动公开政府信息215条，重点公开医疗卫生机构信息、公共卫生服务项目和卫生健康执法信息。',
        '（二）依申请公开情况。全年收到政府信息公开申请9件，均按时答复。',
        '（三）政府信息管理情况。对拟公开的政府信息严格落实保密审查，做到应公开尽公开。',
        '（四）平台建设情况。完善区政府网站卫生健康栏目。',
        '（五）监督保障情况。成立政务公开工作领导小组，明确专人负责。',
      ],
      expect: [
        { type: 'paragraph', text: '2019年，我委在区委、区政府的领导下，认真贯彻落实新修订的《条例》，不断提升卫生健康领域政府信息公开质量。' },
        { type: 'heading', text: '（一）主动公开情况' },
        { type: 'paragraph', text: '全年主动公开政府信息215条，重点公开医疗卫生机构信息、公共卫生服务项目和卫生健康执法信息。' },
        { type: 'heading', text: '（二）依申请公开情况' },
        { type: 'paragraph', text: '全年收到政府信息公开申请9件，均按时答复。' },
        { type: 'heading', text: '（三）政府信息管理情况' },
        { type: 'paragraph', text: '对拟公开的政府信息严格落实保密审查，做到应公开尽公开。' },
        { type: 'heading', text: '（四）平台建设情况' },
        { type: 'paragraph', text: '完善区政府网站卫生健康栏目。' },
        { type: 'heading', text: '（五）监督保障情况' },
        { type: 'paragraph', text: '成立政务公开工作领导小组，明确专人负责。' },
      ],
    },
    s5: {
      heading: '五、存在的主要问题及改进情况',
      lines: ['我委政府信息公开工作仍存在公开内容不够丰富、解读不够深入等问题。', '下一步，我委将进一步加大主动公开力度，提升政策解读质量。'],
      expect: [
        { type: 'paragraph', text: '我委政府信息公开工作仍存在公开内容不够丰富、解读不够深入等问题。' },
        { type: 'paragraph', text: '下一步，我委将进一步加大主动公开力度，提升政策解读质量。' },
      ],
    },
    s6: { heading: '六、其他需要报告的事项', lines: ['无。'], expect: [{ type: 'paragraph', text: '无。' }] },
  },
  tableHeadings: { s2: '二、主动公开政府信息情况', s3: '三、收到和处理政府信息公开申请情况', s4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况' },
  labels: { administrative_licensing: '行 政 许 可', administrative_penalty: '行 政 处 罚' },
  tables: {
    t2_art20_1: { rows: { regulations: { cells: '0|0|0', expect: [0, 0, 0] }, normative_documents: { cells: '1|1|12', expect: [1, 1, 12] } } },
    t2_art20_5: {
      rows: {
        administrative_licensing: { cells: '36|-18|1520', expect: [36, -18, 1520] },
        other_external_services: { cells: '9|减2|46', expect: [9, -2, 46] },
      },
    },
    t2_art20_6: { rows: { administrative_penalty: { cells: '58|增3|27', expect: [58, 3, 27] }, administrative_coercion: { cells: '4|0|0', expect: [4, 0, 0] } } },
    t2_art20_8: { rows: { administrative_fees: { cells: '2|0', expect: [2, 0] } } },
    t2_art20_9: { rows: { government_central_procurement: { cells: '14|75394432.52元', expect: [14, { amount: 75394432.52, unit: '元' }] } } },
    t3_applications: {
      rows: {
        new_received: { cells: '8|0|1|0|0|0|9', expect: [8, 0, 1, 0, 0, 0, 9] },
        granted: { cells: '5|0|1|0|0|0|6', expect: [5, 0, 1, 0, 0, 0, 6] },
        partially_granted: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        unable_not_held: { cells: '2|0|0|0|0|0|2', expect: [2, 0, 0, 0, 0, 0, 2] },
        total_processed: { cells: '8|0|1|0|0|0|9', expect: [8, 0, 1, 0, 0, 0, 9] },
      },
    },
    t4_review_litigation: { rows: {} },
  },
  layout: { t2: 'grid' },
  signature: { lines: ['赣州市章贡区卫生健康委员会', '2020年1月21日'], organization: '赣州市章贡区卫生健康委员会', date: '2020-01-21' },
  problems: [],
  printedTotalIssues: [],
};
