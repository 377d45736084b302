// A 2023 report (2021 format) with a longer section 五 title, the three
// （六）其他处理 rows, a label broken over two lines, — for blank cells, and
// table 二（八） left out, which must be reported, not filled in.
import type { Fixture } from './fixture';
import { HEADINGS_2021 } from './fixtures-2021';

const B = null;

export const HUMAN_RESOURCES_2023: Fixture = {
  name: '章贡区人力资源和社会保障局 2023',
  covers: [
    '五、政府信息公开工作存在的主要问题及改进情况 (a longer section title)',
    '（六）其他处理 split into three rows (2021 format)',
    'the label of （二）部分公开 broken over two lines',
    '— for blank cells, and a blank printed total',
    'table 二（八） missing: reported as not found, cells left blank',
    'a preamble of two paragraphs, a 落款 with the full district name',
  ],
  formatId: 'gov-2021',
  year: 2023,
  department: '章贡区人力资源和社会保障局',
  title: '章贡区人力资源和社会保障局2023年政府信息公开工作年度报告',
  publishedOn: '2024-01-23',
  preamble: [
    '本年度报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号文件要求编制，统计期限自2023年1月1日起至2023年12月31日止。',
    '本报告电子版可在章贡区人民政府网站（www.zgq.gov.cn）下载。',
  ],
  sections: {
    s1: {
      heading: '一、总体情况',
      lines: [
        '2023年，我局认真贯彻落实《条例》，以人民群众关心关注的就业、社保、人才等信息为重点，做好政府信息公开工作。',
        '（一）主动公开',
        '全年主动公开就业创业、社会保险、人才服务等信息286条。',
        '（二）依申请公开',
        '全年新收政府信息公开申请49件，办结49件。',
        '（三）政府信息管理',
        '动态更新政府信息公开指南和目录。',
        '（四）政府信息公开平台建设',
        '推进政府网站与政务新媒体信息同步发布。',
        '（五）监督保障',
        '开展政务公开专题培训2次。',
      ],
      expect: [
        { type: 'paragraph', text: '2023年，我局认真贯彻落实《条例》，以人民群众关心关注的就业、社保、人才等信息为重点，做好政府信息公开工作。' },
        { type: 'heading', text: '（一）主动公开' },
        { type: 'paragraph', text: '全年主动公开就业创业、社会保险、人才服务等信息286条。' },
        { type: 'heading', text: '（二）依申请公开' },
        { type: 'paragraph', text: '全年新收政府信息公开申请49件，办结49件。' },
        { type: 'heading', text: '（三）政府信息管理' },
        { type: 'paragraph', text: '动态更新政府信息公开指南和目录。' },
        { type: 'heading', text: '（四）政府信息公开平台建设' },
        { type: 'paragraph', text: '推进政府网站与政务新媒体信息同步发布。' },
        { type: 'heading', text: '（五）监督保障' },
        { type: 'paragraph', text: '开展政务公开专题培训2次。' },
      ],
    },
    s5: {
      heading: '五、政府信息公开工作存在的主要问题及改进情况',
      lines: ['一是部分栏目信息更新不够及时。', '二是政策解读形式较为单一。', '2024年，我局将加强栏目日常维护，丰富图解、视频等解读形式。'],
      expect: [
        { type: 'paragraph', text: '一是部分栏目信息更新不够及时。' },
        { type: 'paragraph', text: '二是政策解读形式较为单一。' },
        { type: 'paragraph', text: '2024年，我局将加强栏目日常维护，丰富图解、视频等解读形式。' },
      ],
    },
    s6: {
      heading: '六、其他需要报告的事项',
      lines: ['本年度未收取信息处理费。', '本机关政府信息公开工作年度报告可在章贡区人民政府网站“政府信息公开”专栏查阅。'],
      expect: [
        { type: 'paragraph', text: '本年度未收取信息处理费。' },
        { type: 'paragraph', text: '本机关政府信息公开工作年度报告可在章贡区人民政府网站“政府信息公开”专栏查阅。' },
      ],
    },
  },
  tableHeadings: HEADINGS_2021,
  labels: { partially_granted: '（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）' },
  tables: {
    t2_art20_1: { rows: { regulations: { cells: '0|0|0', expect: [0, 0, 0] }, administrative_normative_documents: { cells: '1|0|6', expect: [1, 0, 6] } } },
    t2_art20_5: { rows: { administrative_licensing: { cells: '4315', expect: [4315] } } },
    t2_art20_6: { rows: { administrative_penalty: { cells: '7', expect: [7] }, administrative_coercion: { cells: '0', expect: [0] } } },
    t2_art20_8: 'absent',
    t3_applications: {
      rows: {
        new_received: { cells: '42|6|0|1|0|0|49', expect: [42, 6, 0, 1, 0, 0, 49] },
        granted: { cells: '25|4|0|1|0|0|30', expect: [25, 4, 0, 1, 0, 0, 30] },
        partially_granted: { cells: '5|0|0|0|0|0|5', expect: [5, 0, 0, 0, 0, 0, 5] },
        denied_third_party_rights: { cells: '2|0|0|0|0|0|2', expect: [2, 0, 0, 0, 0, 0, 2] },
        unable_not_held: { cells: '6|2|0|0|0|0|8', expect: [6, 2, 0, 0, 0, 0, 8] },
        unable_unclear_after_correction: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        not_processed_duplicate: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        other_no_correction: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        other_other: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        total_processed: { cells: '42|6|0|1|0|0|49', expect: [42, 6, 0, 1, 0, 0, 49] },
      },
    },
    t4_review_litigation: {
      rows: { count: { cells: '2|0|1|0|3|1|0|0|1|2|—|—|—|—|—', expect: [2, 0, 1, 0, 3, 1, 0, 0, 1, 2, B, B, B, B, B] } },
    },
  },
  layout: { t2: 'grid' },
  signature: { lines: ['赣州市章贡区人力资源和社会保障局', '2024年1月23日'], organization: '赣州市章贡区人力资源和社会保障局', date: '2024-01-23' },
  problems: [{ level: 'error', tableId: 't2_art20_8', says: ['表二（第二十条第（八）项）', '没有找到'] }],
  printedTotalIssues: [],
};
