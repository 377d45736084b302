import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../content';
import { GOV_2021 } from '../formats/gov-2021';
import { sample2021 } from '../testing/sample-content';
import { checkReport, type CheckOptions } from './check-report';

const paragraph = (text: string): TextBlock => ({ type: 'paragraph', text });
const heading = (text: string): TextBlock => ({ type: 'heading', text });

function textIssues(s1: TextBlock[]) {
  const content = sample2021();
  content.sections.s1 = s1;
  return checkReport(GOV_2021, content)
    .filter((issue) => issue.ruleId === 'empty_text_block' || issue.ruleId === 'section_text_required')
    .map((issue) => [issue.ruleId, issue.severity, issue.location, issue.message]);
}

describe("empty sub-headings and paragraphs (the new draft's five bare headings)", () => {
  it.each<[string, TextBlock[], unknown[][]]>([
    ['a written section', [paragraph('本年度……'), heading('（一）主动公开'), paragraph('全年主动公开……')], []],
    ['whitespace only is empty', [paragraph('本年度……'), heading('（一）主动公开'), paragraph('  \n ')], [
      ['empty_text_block', 'error', { kind: 'block', sectionId: 's1', index: 1 }, '“一、总体情况”小标题“（一）主动公开”下没有正文：请填写，或删除这个小标题。'],
      ['empty_text_block', 'error', { kind: 'block', sectionId: 's1', index: 2 }, '“一、总体情况”第 2 段为空：请填写，或删除这一段。'],
    ]],
    ['a bare heading at the end', [paragraph('本年度……'), heading('（五）平台建设')], [
      ['empty_text_block', 'error', { kind: 'block', sectionId: 's1', index: 1 }, '“一、总体情况”小标题“（五）平台建设”下没有正文：请填写，或删除这个小标题。'],
    ]],
    ['a heading followed by another heading', [paragraph('本年度……'), heading('（一）主动公开'), heading('（二）依申请公开'), paragraph('收到申请……')], [
      ['empty_text_block', 'error', { kind: 'block', sectionId: 's1', index: 1 }, '“一、总体情况”小标题“（一）主动公开”下没有正文：请填写，或删除这个小标题。'],
    ]],
    ['an empty heading', [paragraph('本年度……'), heading(''), paragraph('收到申请……')], [
      ['empty_text_block', 'error', { kind: 'block', sectionId: 's1', index: 1 }, '“一、总体情况”第 1 个小标题为空：请填写，或删除这个小标题。'],
    ]],
    // Nothing written at all is one issue for the section, not one per block.
    ['only headings, no text', [heading('（一）主动公开'), paragraph(''), heading('（二）依申请公开'), paragraph('')], [
      ['section_text_required', 'error', { kind: 'section', sectionId: 's1' }, '“一、总体情况”尚未填写正文。'],
    ]],
  ])('%s', (_name, blocks, expected) => {
    expect(textIssues(blocks)).toEqual(expected);
  });
});

describe('落款日期', () => {
  function signatureIssues(date: string | null, options: CheckOptions) {
    const content = sample2021();
    content.signature.date = date;
    return checkReport(GOV_2021, content, options)
      .filter((issue) => issue.location.kind === 'signature')
      .map((issue) => [issue.ruleId, issue.severity, issue.message]);
  }

  it.each<[string | null, CheckOptions, unknown[][]]>([
    ['2027-01-20', { year: 2026, today: '2027-01-25' }, []],
    ['2027-12-31', { year: 2026, today: '2028-01-02' }, []],
    [null, { year: 2026 }, [['signature_required', 'error', '落款日期未填写。']]],
    ['2027-01-15', { year: 2026, today: '2026-11-30' }, [['signature_date', 'warning', '落款日期2027年1月15日晚于今天（2026年11月30日）：落款日期不应晚于发布日期。']]],
    ['2026-06-30', { year: 2026, today: '2026-11-30' }, [
      ['signature_date', 'warning', '落款日期2026年6月30日不在2027年：2026年度报告应于2027年1月31日前公布，落款日期一般在2027年1月。'],
    ]],
    ['2029-01-20', { year: 2026, today: '2029-02-01' }, [
      ['signature_date', 'warning', '落款日期2029年1月20日不在2027年：2026年度报告应于2027年1月31日前公布，落款日期一般在2027年1月。'],
    ]],
    // Without a year or a day to compare with, the date itself is not judged.
    ['2030-01-20', {}, []],
  ])('%s (%o)', (date, options, expected) => {
    expect(signatureIssues(date, options)).toEqual(expected);
  });
});
