// A 2022 report (2021 format) written with full-width digits and punctuation,
// blank cells, a title with the year first and a renamed section 五.
import type { Fixture } from './fixture';
import { HEADINGS_2021 } from './fixtures-2021';

const B = null;

export const MARKET_2022: Fixture = {
  name: '章贡区市场监督管理局 2022',
  covers: [
    'title with the year first (2022年度…)',
    '五、存在的主要问题及整改措施',
    'full-width digits and punctuation in cells, text and 落款 date',
    'blank cells (empty and —) read as blank, not 0; a blank printed total left out of printedTotals',
    '本年收费金额 written with its unit (0.35万元)',
    'run-in sub-headings “（一）主动公开情况。……”',
    'table 二 as separate small tables with the caption above each',
  ],
  formatId: 'gov-2021',
  year: 2022,
  department: '章贡区市场监督管理局',
  title: '2022年度章贡区市场监督管理局政府信息公开工作年度报告',
  publishedOn: '2023-01-16',
  preamble: ['根据《中华人民共和国政府信息公开条例》规定，现公布2022年度章贡区市场监督管理局政府信息公开工作年度报告。本报告中所列数据的统计期限自２０２２年１月１日起至２０２２年１２月３１日止。'],
  sections: {
    s1: {
      heading: '一、总体情况',
      lines: [
        '２０２２年，我局坚持以公开为常态、不公开为例外，围绕市场监管中心工作，全面推进政务公开。',
        '（一）主动公开情况。全年主动公开政府信息５１２条，其中行政处罚决定４１２件，“双随机、一公开”抽查结果３６批次。',
        '（二）依申请公开情况。全年新收政府信息公开申请１９件，全部按期答复。',
        '（三）政府信息管理。建立健全信息公开审查机制，做到先审后发。',
        '（四）平台建设情况：依托区政府门户网站和“章贡市监”公众号发布信息。',
        '（五）监督保障。将政务公开纳入年度绩效考核。',
      ],
      expect: [
        { type: 'paragraph', text: '２０２２年，我局坚持以公开为常态、不公开为例外，围绕市场监管中心工作，全面推进政务公开。' },
        { type: 'heading', text: '（一）主动公开情况' },
        { type: 'paragraph', text: '全年主动公开政府信息５１２条，其中行政处罚决定４１２件，“双随机、一公开”抽查结果３６批次。' },
        { type: 'heading', text: '（二）依申请公开情况' },
        { type: 'paragraph', text: '全年新收政府信息公开申请１９件，全部按期答复。' },
        { type: 'heading', text: '（三）政府信息管理' },
        { type: 'paragraph', text: '建立健全信息公开审查机制，做到先审后发。' },
        { type: 'heading', text: '（四）平台建设情况' },
        { type: 'paragraph', text: '依托区政府门户网站和“章贡市监”公众号发布信息。' },
        { type: 'heading', text: '（五）监督保障' },
        { type: 'paragraph', text: '将政务公开纳入年度绩效考核。' },
      ],
    },
    s5: {
      heading: '五、存在的主要问题及整改措施',
      lines: ['存在的问题：部分执法信息公开不够及时。', '整改措施：进一步规范行政执法公示，做到执法信息在法定期限内公开。'],
      expect: [
        { type: 'paragraph', text: '存在的问题：部分执法信息公开不够及时。' },
        { type: 'paragraph', text: '整改措施：进一步规范行政执法公示，做到执法信息在法定期限内公开。' },
      ],
    },
    s6: { heading: '六、其他需要报告的事项', lines: ['本年度我局未收取信息处理费。'], expect: [{ type: 'paragraph', text: '本年度我局未收取信息处理费。' }] },
  },
  tableHeadings: HEADINGS_2021,
  tables: {
    t2_art20_1: { rows: { regulations: { cells: '0|0|0', expect: [0, 0, 0] }, administrative_normative_documents: { cells: '２|０|１４', expect: [2, 0, 14] } } },
    t2_art20_5: { rows: { administrative_licensing: { cells: '３２６５', expect: [3265] } } },
    t2_art20_6: { rows: { administrative_penalty: { cells: '４１２', expect: [412] }, administrative_coercion: { cells: '１８', expect: [18] } } },
    t2_art20_8: { rows: { administrative_fees: { cells: '0.35万元', expect: [0.35] } } },
    t3_applications: {
      // 科研机构 and 社会公益组织 left blank throughout, 法律服务机构 marked —.
      defaults: { cells: '0|0|||—|0|0', expect: [0, 0, B, B, B, 0, 0] },
      rows: {
        new_received: { cells: '１５|４|||—|0|１９', expect: [15, 4, B, B, B, 0, 19] },
        carried_over: { cells: '1|0|||—|0|1', expect: [1, 0, B, B, B, 0, 1] },
        granted: { cells: '9|3|||—|0|12', expect: [9, 3, B, B, B, 0, 12] },
        partially_granted: { cells: '2|0|||—|0|2', expect: [2, 0, B, B, B, 0, 2] },
        unable_not_held: { cells: '3|0|||—|0|3', expect: [3, 0, B, B, B, 0, 3] },
        unable_needs_creation: { cells: '0|1|||—|0|1', expect: [0, 1, B, B, B, 0, 1] },
        not_processed_petition_complaint: { cells: '1|0|||—|0|1', expect: [1, 0, B, B, B, 0, 1] },
        other_other: { cells: '1|0|||—|0|1', expect: [1, 0, B, B, B, 0, 1] },
        total_processed: { cells: '１６|４|||—|0|２０', expect: [16, 4, B, B, B, 0, 20] },
      },
    },
    t4_review_litigation: {
      rows: { count: { cells: '２|１|||３|１||||１|||||', expect: [2, 1, B, B, 3, 1, B, B, B, 1, B, B, B, B, B] } },
    },
  },
  layout: { t2: 'separate' },
  signature: { lines: ['章贡区市场监督管理局', '２０２３年１月１６日'], organization: '章贡区市场监督管理局', date: '2023-01-16' },
  problems: [],
  printedTotalIssues: [],
};
