// Rule narrative_numbers: the counts the text states (本年新收/收到…申请 N 件,
// 上年结转 N 件, 结转下年度 N 件, 予以公开 N 件, 行政复议 N 件, 行政诉讼 N 起)
// against the totals of tables 三 and 四.
//
// Conservative by construction: a count is read only when the number stands
// right after (or, for a few phrasings, right before) the key phrase with a
// unit 件/起/宗/个; a number two phrases could claim is not read at all; a
// sentence about another year, a comparison (同比, 较…, 上年…) or a
// cumulative figure (累计, 以来) is left alone; and only a table whose total
// is filled in is compared with.
import type { ParsedReportContent } from '../content';
import { deriveTable, numericValue, type DerivedTable } from '../derive';
import { formatNumber } from '../display';
import { findTable, getRow } from '../formats';
import type { ReportFormat } from '../types';
import type { IssueSink } from './quality-rules';
import { clauseAround, COUNT, parseCount, quote, sentenceAround, yearMentions, type TextUnit } from './text-scan';

type Quantity = 'received' | 'carried_over' | 'carried_forward' | 'granted' | 'review' | 'litigation';

const UNIT = '(件|起|宗|个(?!工作日|月|小时|自然日|日|星期|部门|单位|科室|股室|方面))';
const FILLER = '(?:数量|件数)?(?:共计|总计|合计|共|计)?(?:为|是)?\\s*';
const APPLICATION = '(?:政府信息公开申请|信息公开申请|依申请公开申请|依申请公开|公开申请|申请)(?![人书表])';
const RECEIVE = '(?:新收|收到|接到|受理|接收)(?:到|了)?(?:的)?';

interface Pattern {
  quantity: Quantity;
  /** Group 1: the count; group 2: its unit. */
  regex: RegExp;
  /**
   * What the sentence must mention, before the count or in its phrase, for the
   * count to be about information-disclosure applications: not 全年发生行政复议3件（其中涉及政府信息公开的1件）.
   */
  context: RegExp;
}

const ABOUT_DISCLOSURE = /公开/;
const ABOUT_APPLICATIONS = /申请/;
/** Not an ordinal (第三件) or the tail of a longer number (the 十件 of 二十件). */
const LEADING = '(?<![第\\d零〇一二两三四五六七八九十百])';

const pattern = (quantity: Quantity, source: string, context: RegExp): Pattern => ({ quantity, regex: new RegExp(source, 'gd'), context });

const PATTERNS: Pattern[] = [
  pattern('received', `${RECEIVE}${APPLICATION}${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_DISCLOSURE),
  pattern('received', `${RECEIVE}(?:共计|共|计)?\\s*${COUNT}\\s*${UNIT}(?:的)?${APPLICATION}`, ABOUT_DISCLOSURE),
  pattern('carried_over', `上一?年度?结转(?:的|了)?(?:${APPLICATION})?${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_DISCLOSURE),
  pattern('carried_forward', `结转(?:至|到)?下一?年度?(?:继续办理|办理)?(?:的)?(?:${APPLICATION})?${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_DISCLOSURE),
  // Not 不予（以）公开, 未予以公开 or 部分予以公开.
  pattern('granted', `(?<![不未分])予以公开(?:的)?(?:申请)?${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_APPLICATIONS),
  pattern('granted', `${LEADING}${COUNT}\\s*${UNIT}(?:申请)?(?:已|均|全部|都)?予以公开`, ABOUT_APPLICATIONS),
  pattern('review', `行政复议(?:案件|申请)?${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_DISCLOSURE),
  pattern('litigation', `行政诉讼(?:案件)?${FILLER}${COUNT}\\s*${UNIT}`, ABOUT_DISCLOSURE),
];

/** 未收到政府信息公开申请: a statement of 0 applications received (the kind of application must be named). */
const NONE_RECEIVED = /(?:未|没有|没)(?:收到|接到)(?:过)?(?:任何)?(?:的)?(?:政府信息公开申请|信息公开申请|依申请公开申请|依申请公开|公开申请)(?![人书表])/g;

/** A comparison or a cumulative figure in the clause before the count: 同比, 较上年, 累计, 2008年以来 … */
const NOT_THIS_YEAR = /同比|环比|相比|较|比上|比去|上年(?!度?结转)|上一年|去年|前年|累计|以来|历年|往年|同期/;
/** 受理申请13件（含上年结转1件）: a count of received applications that includes last year's. */
const INCLUDES_CARRIED_OVER = /(?:含|包括|其中)[^。;!?\n]*?上一?年度?结转/;
/** The department acting as the review body (a 司法局), not as the party reviewed. */
const AS_REVIEW_BODY = /办理|审理|受理|承办/;

interface Claim {
  quantity: Quantity;
  value: number;
  unit: string;
  start: number;
  end: number;
  /** Where the number is written (a 未收到 statement has none: a negative place of its own). */
  numberAt: number;
  /** 未收到政府信息公开申请 rather than a number. */
  denial: boolean;
}

function aboutThisYear(unit: TextUnit, start: number, year: number | undefined): boolean {
  const sentence = sentenceAround(unit.scan, start, start);
  const clause = clauseAround(unit.scan, start, start);
  if (NOT_THIS_YEAR.test(unit.scan.slice(clause.start, start))) return false;
  const years = yearMentions(unit.scan.slice(sentence.start, start)).filter((mention) => !unit.quoted[sentence.start + mention.start]);
  const last = years.at(-1);
  if (!last) return true;
  return year !== undefined && last.year === year;
}

function claims(unit: TextUnit, year: number | undefined): Claim[] {
  const found: Claim[] = [];
  for (const { quantity, regex, context } of PATTERNS) {
    for (const match of unit.scan.matchAll(regex)) {
      const value = parseCount(match[1]!);
      const unitWord = match[2]!;
      if (value === null || (unitWord === '起' && match[1] === '一')) continue; // 一起 also means “together”
      const end = match.index + match[0].length;
      const sentence = sentenceAround(unit.scan, match.index, end);
      if (!context.test(unit.scan.slice(sentence.start, end))) continue;
      const clause = clauseAround(unit.scan, match.index, end);
      if ((quantity === 'review' || quantity === 'litigation') && AS_REVIEW_BODY.test(unit.scan.slice(clause.start, match.index))) continue;
      if (!aboutThisYear(unit, match.index, year) || unit.quoted[match.index]) continue;
      if (quantity === 'received' && INCLUDES_CARRIED_OVER.test(unit.scan.slice(end, sentence.end))) continue;
      found.push({ quantity, value, unit: unitWord, start: match.index, end, numberAt: match.indices![1]![0], denial: false });
    }
  }
  for (const match of unit.scan.matchAll(NONE_RECEIVED)) {
    if (!aboutThisYear(unit, match.index, year) || unit.quoted[match.index]) continue;
    const end = match.index + match[0].length;
    found.push({ quantity: 'received', value: 0, unit: '件', start: match.index, end, numberAt: -1 - match.index, denial: true });
  }
  // A number that two phrases could claim (收到申请10件予以公开) belongs to neither.
  const claimants = new Map<number, Set<Quantity>>();
  for (const claim of found) claimants.set(claim.numberAt, (claimants.get(claim.numberAt) ?? new Set()).add(claim.quantity));
  return found.filter((claim) => claimants.get(claim.numberAt)!.size === 1).sort((a, b) => a.start - b.start);
}

interface TableValue {
  value: number;
  label: string;
}

function tableValues(format: ReportFormat, content: ParsedReportContent): Partial<Record<Quantity, TableValue>> {
  const values: Partial<Record<Quantity, TableValue>> = {};
  const t3 = findTable(format, 't3_applications');
  const t4 = findTable(format, 't4_review_litigation');
  if (t3) {
    const derived = deriveTable(t3, content.tables[t3.id]);
    const t3Total = (quantity: Quantity, rowKey: string) => {
      const total = derived[rowKey]?.total ?? null;
      if (total !== null) values[quantity] = { value: numericValue(total), label: `表三“${getRow(t3, rowKey).label}”总计为 ${formatNumber(numericValue(total))}` };
    };
    t3Total('received', 'new_received');
    t3Total('carried_over', 'carried_over');
    t3Total('carried_forward', 'carried_forward');
    t3Total('granted', 'granted');
  }
  if (t4) {
    const count: DerivedTable[string] = deriveTable(t4, content.tables[t4.id]).count ?? {};
    const review = count.review_total ?? null;
    if (review !== null) values.review = { value: numericValue(review), label: `表四“行政复议·总计”为 ${formatNumber(numericValue(review))}` };
    const direct = count.litigation_direct_total ?? null;
    const afterReview = count.litigation_after_review_total ?? null;
    if (direct !== null || afterReview !== null) {
      const [a, b] = [numericValue(direct), numericValue(afterReview)];
      values.litigation = {
        value: a + b,
        label: `表四行政诉讼“总计”为 ${formatNumber(a + b)}（未经复议直接起诉 ${formatNumber(a)}，复议后起诉 ${formatNumber(b)}）`,
      };
    }
  }
  return values;
}

const SAID: Record<Quantity, string> = {
  received: '本年新收申请',
  carried_over: '上年结转申请',
  carried_forward: '结转下年度申请',
  granted: '予以公开',
  review: '行政复议',
  litigation: '行政诉讼',
};

export function checkNarrativeNumbers(
  format: ReportFormat,
  content: ParsedReportContent,
  units: readonly TextUnit[],
  year: number | undefined,
  issues: IssueSink,
) {
  const table = tableValues(format, content);
  for (const unit of units) {
    const reported = new Set<Quantity>();
    for (const claim of claims(unit, year)) {
      const expected = table[claim.quantity];
      if (!expected || expected.value === claim.value || reported.has(claim.quantity)) continue;
      reported.add(claim.quantity);
      const said = claim.denial ? '未收到政府信息公开申请' : `${SAID[claim.quantity]} ${formatNumber(claim.value)} ${claim.unit}`;
      issues.add(
        'narrative_numbers',
        unit.location,
        `${unit.place}“${quote(unit, claim.start, claim.end)}”称${said}，${expected.label}。`,
        { expected: expected.value, actual: claim.value, detail: claim.quantity },
      );
    }
  }
}
