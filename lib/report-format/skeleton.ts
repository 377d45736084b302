// A new report: the opening paragraph the format expects, section 一's
// customary sub-parts as headings, blank tables, and the department as 落款.
import { CONTENT_SCHEMA_VERSION, type ParsedReportContent, type TextBlock } from './content';
import type { ReportFormat } from './types';

export interface ReportParty {
  department: { name: string; address: string; phone: string; email: string };
  district: { portalName: string };
}

/** The format's notice as cited in running text: 《title》（number）, a title inside the title in 〈〉. */
function citedNotice(format: ReportFormat): string {
  const title = format.sourceTitle.replaceAll('《', '〈').replaceAll('》', '〉');
  return `《${title}》（${format.source}）`;
}

/** The customary opening paragraph: legal basis, period, contents, where to download, contacts. */
export function defaultPreamble(format: ReportFormat, year: number, party: ReportParty): string {
  const { department, district } = party;
  const contacts = [
    department.address && `地址：${department.address}`,
    department.phone && `电话：${department.phone}`,
    department.email && `电子邮箱：${department.email}`,
  ]
    .filter(Boolean)
    .join('，');
  return (
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${citedNotice(format)}要求，由${department.name}结合有关统计数据编制。` +
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
    '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。' +
    `本报告的电子版可在${district.portalName}下载。` +
    `如对本报告有任何疑问，请与${department.name}联系${contacts ? `（${contacts}）` : ''}。`
  );
}

function sectionOneSkeleton(format: ReportFormat): TextBlock[] {
  const s1 = format.sections.find((section) => section.id === 's1');
  const blocks: TextBlock[] = [{ type: 'paragraph', text: '' }];
  for (const heading of s1?.subtopics ?? []) {
    blocks.push({ type: 'heading', text: heading }, { type: 'paragraph', text: '' });
  }
  return blocks;
}

export function newReportContent(format: ReportFormat, year: number, party: ReportParty): ParsedReportContent {
  return {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    preamble: defaultPreamble(format, year, party),
    sections: {
      s1: sectionOneSkeleton(format),
      s5: [{ type: 'paragraph', text: '' }],
      s6: [{ type: 'paragraph', text: '' }],
    },
    tables: {},
    carried: [],
    signature: { organization: party.department.name, date: null },
  };
}
