// Test reports in the 2021 format (国办公开办函〔2021〕30号), written in the
// official style. What each exercises is in its `covers`.
import type { Fixture } from './fixture';

export const HEADINGS_2021 = { s2: '二、主动公开政府信息情况', s3: '三、收到和处理政府信息公开申请情况', s4: '四、政府信息公开行政复议、行政诉讼情况' };

export const EDUCATION_2021: Fixture = {
  name: '章贡区教育局 2021',
  covers: ['2021 format', 'printed 总计 20 over result rows adding up to 26 (kept as printed, rule raised)', '规范性文件 for 行政规范性文件', 'table 二 as one grid with caption rows', 'headers broken over two lines', 'sub-headings on their own lines'],
  formatId: 'gov-2021',
  year: 2021,
  department: '章贡区教育局',
  title: '章贡区教育局2021年政府信息公开工作年度报告',
  publishedOn: '2022-01-18',
  preamble: [
    '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，请与章贡区教育局办公室联系（电话：0797-8123456）。',
  ],
  sections: {
    s1: {
      heading: '一、总体情况',
      lines: [
        '2021年，章贡区教育局认真贯彻落实《条例》和上级关于政务公开工作的部署，围绕教育重点工作，扎实推进政府信息公开工作。',
        '（一）主动公开',
        '全年通过章贡区人民政府网站教育局栏目主动公开政府信息326条，其中政策文件18条，招生入学信息47条，教育经费和项目信息29条。',
        '（二）依申请公开',
        '全年新收政府信息公开申请27件，上年结转2件，均在法定期限内答复。',
        '（三）政府信息管理',
        '严格执行信息发布审核制度，对拟公开信息进行保密审查，全年未发生泄密事件。',
        '（四）政府信息公开平台建设',
        '持续优化政府网站教育栏目，及时更新“章贡教育”微信公众号内容。',
        '（五）监督保障',
        '将政务公开工作纳入股室年度考核，全年未发生因政务公开工作引发的责任追究。',
      ],
      expect: [
        { type: 'paragraph', text: '2021年，章贡区教育局认真贯彻落实《条例》和上级关于政务公开工作的部署，围绕教育重点工作，扎实推进政府信息公开工作。' },
        { type: 'heading', text: '（一）主动公开' },
        { type: 'paragraph', text: '全年通过章贡区人民政府网站教育局栏目主动公开政府信息326条，其中政策文件18条，招生入学信息47条，教育经费和项目信息29条。' },
        { type: 'heading', text: '（二）依申请公开' },
        { type: 'paragraph', text: '全年新收政府信息公开申请27件，上年结转2件，均在法定期限内答复。' },
        { type: 'heading', text: '（三）政府信息管理' },
        { type: 'paragraph', text: '严格执行信息发布审核制度，对拟公开信息进行保密审查，全年未发生泄密事件。' },
        { type: 'heading', text: '（四）政府信息公开平台建设' },
        { type: 'paragraph', text: '持续优化政府网站教育栏目，及时更新“章贡教育”微信公众号内容。' },
        { type: 'heading', text: '（五）监督保障' },
        { type: 'paragraph', text: '将政务公开工作纳入股室年度考核，全年未发生因政务公开工作引发的责任追究。' },
      ],
    },
    s5: {
      heading: '五、存在的主要问题及改进情况',
      lines: ['一是主动公开的深度和广度还需加强，部分信息更新不够及时；二是依申请公开答复的规范性有待提高。', '下一步，我局将加强业务培训，完善信息发布审核机制，提高答复文书质量。'],
      expect: [
        { type: 'paragraph', text: '一是主动公开的深度和广度还需加强，部分信息更新不够及时；二是依申请公开答复的规范性有待提高。' },
        { type: 'paragraph', text: '下一步，我局将加强业务培训，完善信息发布审核机制，提高答复文书质量。' },
      ],
    },
    s6: { heading: '六、其他需要报告的事项', lines: ['本年度未收取信息处理费。'], expect: [{ type: 'paragraph', text: '本年度未收取信息处理费。' }] },
  },
  tableHeadings: HEADINGS_2021,
  labels: { administrative_normative_documents: '规范性文件' },
  tables: {
    t2_art20_1: { rows: { regulations: { cells: '0|0|0', expect: [0, 0, 0] }, administrative_normative_documents: { cells: '3|1|25', expect: [3, 1, 25] } } },
    t2_art20_5: { rows: { administrative_licensing: { cells: '1286', expect: [1286] } } },
    t2_art20_6: { rows: { administrative_penalty: { cells: '12', expect: [12] }, administrative_coercion: { cells: '0', expect: [0] } } },
    t2_art20_8: { rows: { administrative_fees: { cells: '0', expect: [0] } } },
    t3_applications: {
      rows: {
        new_received: { cells: '24|3|0|0|0|0|27', expect: [24, 3, 0, 0, 0, 0, 27] },
        carried_over: { cells: '2|0|0|0|0|0|2', expect: [2, 0, 0, 0, 0, 0, 2] },
        granted: { cells: '14|2|0|0|0|0|16', expect: [14, 2, 0, 0, 0, 0, 16] },
        partially_granted: { cells: '3|0|0|0|0|0|3', expect: [3, 0, 0, 0, 0, 0, 3] },
        denied_third_party_rights: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        unable_not_held: { cells: '5|1|0|0|0|0|6', expect: [5, 1, 0, 0, 0, 0, 6] },
        not_processed_duplicate: { cells: '1|0|0|0|0|0|1', expect: [1, 0, 0, 0, 0, 0, 1] },
        other_no_correction: { cells: '2|0|0|0|0|0|2', expect: [2, 0, 0, 0, 0, 0, 2] },
        // The report printed 20 although its result rows add up to 26 (and 23 for 29).
        total_processed: { cells: '20|3|0|0|0|0|23', expect: [20, 3, 0, 0, 0, 0, 23] },
      },
    },
    t4_review_litigation: { rows: { count: { cells: '1|0|0|1|2|1|0|0|0|1|0|0|0|0|0', expect: [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] } } },
  },
  layout: { t2: 'grid', brokenHeaders: true },
  signature: { lines: ['章贡区教育局', '2022年1月18日'], organization: '章贡区教育局', date: '2022-01-18' },
  problems: [],
  printedTotalIssues: ['t3_results_total:t3_applications.total_processed.natural_person', 't3_results_total:t3_applications.total_processed.total'],
};
