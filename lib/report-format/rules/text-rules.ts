// The rules on the report's text and 落款: every required section written,
// no empty paragraph or bare sub-heading, the 总体情况 length, the fee
// statement, and the 落款 with a date in the year after the report's.
import type { ParsedReportContent, TextBlock } from '../content';
import { textSections } from '../formats';
import { textLength } from '../text-length';
import type { ReportFormat } from '../types';
import { RULES, type RuleId } from './catalogue';
import type { IssueLocation } from './check-report';

interface IssueSink {
  add(ruleId: RuleId, location: IssueLocation, message: string, values?: { expected?: number; actual?: number }): void;
}

export interface DateContext {
  /** The report's year; the 落款 belongs in the next. */
  year?: number;
  /** Today in China (YYYY-MM-DD): a report is dated no later than it is published. */
  today?: string;
}

function blockText(blocks: readonly TextBlock[] | undefined): string {
  return (blocks ?? []).map((block) => block.text).join('');
}

function checkBlocks(name: string, sectionId: string, blocks: readonly TextBlock[], issues: IssueSink) {
  let paragraph = 0;
  let heading = 0;
  blocks.forEach((block, index) => {
    const location = { kind: 'block', sectionId, index } as const;
    if (block.type === 'paragraph') {
      paragraph++;
      if (block.text.trim() === '') issues.add('empty_text_block', location, `${name}第 ${paragraph} 段为空：请填写，或删除这一段。`);
      return;
    }
    heading++;
    if (block.text.trim() === '') {
      issues.add('empty_text_block', location, `${name}第 ${heading} 个小标题为空：请填写，或删除这个小标题。`);
      return;
    }
    // Something written before the next sub-heading.
    const following = blocks.slice(index + 1);
    const until = following.findIndex((next) => next.type === 'heading');
    const body = (until === -1 ? following : following.slice(0, until)).some((next) => next.text.trim() !== '');
    if (!body) issues.add('empty_text_block', location, `${name}小标题“${block.text.trim()}”下没有正文：请填写，或删除这个小标题。`);
  });
}

export function checkText(format: ReportFormat, content: ParsedReportContent, issues: IssueSink) {
  for (const section of textSections(format)) {
    const blocks = content.sections[section.id] ?? [];
    const name = `“${section.number}、${section.title}”`;
    const hasBody = blocks.some((block) => block.type === 'paragraph' && block.text.trim() !== '');
    if (!hasBody) issues.add('section_text_required', { kind: 'section', sectionId: section.id }, `${name}尚未填写正文。`);
    else checkBlocks(name, section.id, blocks, issues);
    // The format sets the limit (2021: 总体情况, about 1000 characters); without one there is no such rule.
    const limit = section.maxLengthChars;
    const length = textLength(blocks);
    if (limit !== undefined && length > limit) {
      issues.add('s1_length', { kind: 'section', sectionId: section.id }, `${name}共 ${length} 字：${format.source}要求篇幅原则上不超过 ${limit} 字。`, {
        expected: limit,
        actual: length,
      });
    }
  }
  if (RULES.s6_fee_disclosure.formats.includes(format.id)) {
    const s6 = blockText(content.sections.s6);
    if (s6.trim() !== '' && !s6.includes('信息处理费')) {
      issues.add(
        's6_fee_disclosure',
        { kind: 'section', sectionId: 's6' },
        '“六、其他需要报告的事项”未报告收取信息处理费的情况（未收取的也应说明，例如“本年度未收取信息处理费”）。',
      );
    }
  }
}

const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

export function checkSignature(content: ParsedReportContent, dates: DateContext, issues: IssueSink) {
  const { organization, date } = content.signature;
  if (!organization.trim()) {
    issues.add('signature_required', { kind: 'signature' }, '落款单位未填写。');
    return;
  }
  if (!date) {
    issues.add('signature_required', { kind: 'signature' }, '落款日期未填写。');
    return;
  }
  if (dates.year !== undefined && Number(date.slice(0, 4)) !== dates.year + 1) {
    issues.add(
      'signature_date',
      { kind: 'signature' },
      `落款日期${chineseDate(date)}不在${dates.year + 1}年：${dates.year}年度报告应于${dates.year + 1}年1月31日前公布，落款日期一般在${dates.year + 1}年1月。`,
    );
  } else if (dates.today !== undefined && date > dates.today) {
    issues.add('signature_date', { kind: 'signature' }, `落款日期${chineseDate(date)}晚于今天（${chineseDate(dates.today)}）：落款日期不应晚于发布日期。`);
  }
}
