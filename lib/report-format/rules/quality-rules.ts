// Quality rules: what third-party evaluators of these reports point out and
// the arithmetic rules cannot see. All are warnings (provenance inferred):
// the editor explains or corrects them.
//
// - narrative_numbers (./narrative-numbers.ts): counts in the text against tables 三 and 四;
// - text_year: a year in the text that is neither the report's nor the next
//   (a sentence carried over from an older report);
// - placeholder_section: a text section that only says 无, 略 or （文字描述）;
// - fee_consistency: what the text says about 信息处理费 against table 三.
import type { ParsedReportContent } from '../content';
import { deriveTable, numericValue } from '../derive';
import { formatNumber } from '../display';
import { findTable, getRow, rowMessageLabel, textSections } from '../formats';
import type { ReportFormat, TableDef } from '../types';
import type { RuleId } from './catalogue';
import type { IssueLocation } from './check-report';
import { checkNarrativeNumbers } from './narrative-numbers';
import { clauseAround, quote, sentenceAround, textUnits, yearMentions, type TextUnit } from './text-scan';

export interface IssueSink {
  /** `detail` tells apart issues of one rule at one place (it becomes part of the issue's key). */
  add(ruleId: RuleId, location: IssueLocation, message: string, values?: { expected?: number; actual?: number; detail?: string }): void;
}

// ---------------------------------------------------------------- text_year

/** Right after the year: a document number (国家税务总局公告2018年第3号). */
const DOCUMENT_NUMBER = /^\s*第\s*\d+\s*号/;
/**
 * Later in the year's clause: when a law or document was made or took effect
 * (2019年4月3日修订, 自2019年5月15日新《条例》施行以来), a period since then, a
 * target (到2025年, 2035年远景目标), or an earlier annual report by name.
 */
const MAKING_OR_TARGET = /修订|修正|颁布|施行|实施|印发|公布|以来|至今|远景|目标|规划|年度报告|年报/;
/** A comparison in the year's clause: 同比, 与2019年相比, 上年, 上一年. */
const COMPARISON = /同比|环比|相比|对比|上年|上一年|去年|前年|往年|历年/;
/** Right before the year: 较2019年, 比2019年, 与2019年, 到2025年, 截至2019年底. */
const BEFORE = /(?:较|比|与|到|截至|截止)\s*$/;
/** A span of years (2016年至2020年, 2016—2020年) names a period, unless both ends are the same year. */
const RANGE_AFTER = /^\s*(?:度)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:起)?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d\d)/;
const RANGE_BEFORE = /((?:19|20)\d\d)\s*年?\s*(?:度)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:起)?\s*(?:至|到|—|–|-|~|～)\s*$/;

function yearIsExplained(unit: TextUnit, mention: { year: number; start: number; end: number }): boolean {
  const { scan } = unit;
  const clause = clauseAround(scan, mention.start, mention.end);
  const before = scan.slice(clause.start, mention.start);
  const rest = scan.slice(mention.end, clause.end);
  if (unit.quoted[mention.start] || DOCUMENT_NUMBER.test(rest) || MAKING_OR_TARGET.test(rest)) return true;
  if (COMPARISON.test(before + rest) || BEFORE.test(before)) return true;
  const after = scan.slice(mention.end, mention.end + 24);
  const rangeEnd = RANGE_AFTER.exec(after)?.[1];
  const rangeStart = RANGE_BEFORE.exec(scan.slice(Math.max(0, mention.start - 24), mention.start))?.[1];
  return [rangeEnd, rangeStart].some((other) => other !== undefined && Number(other) !== mention.year);
}

function checkTextYears(units: readonly TextUnit[], year: number, issues: IssueSink) {
  for (const unit of units) {
    const reported = new Set<number>();
    for (const mention of yearMentions(unit.scan)) {
      if (mention.year === year || mention.year === year + 1 || reported.has(mention.year) || yearIsExplained(unit, mention)) continue;
      reported.add(mention.year);
      issues.add(
        'text_year',
        unit.location,
        `${unit.place}写有“${quote(unit, mention.start, mention.end, 12)}”：本报告为${year}年度报告，文中的${mention.year}年既不是报告年度，也不是${year + 1}年。如系沿用往年报告的文字，请改正；如确需提及${mention.year}年，请说明。`,
        { expected: year, actual: mention.year, detail: String(mention.year) },
      );
    }
  }
}

// ------------------------------------------------------- placeholder_section

/** Text a template or a hurried editor leaves in place of content, after punctuation and whitespace are removed. */
const PLACEHOLDERS = ['文字描述', '略', '暂略', '同上', '见上', '详见上文', '待补充', '待填写', '请填写', '此处填写', '填写内容', '空', '空白', '无内容'];
/** In 一 and 五 “nothing” is no content either; 六 may truly have nothing else to report. */
const NOTHING = ['无', '暂无', '没有', '无问题', '暂无问题', '没有问题', '不存在问题', '无改进情况'];

const bare = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function checkPlaceholders(format: ReportFormat, content: ParsedReportContent, issues: IssueSink) {
  for (const section of textSections(format)) {
    const paragraphs = (content.sections[section.id] ?? []).filter((block) => block.type === 'paragraph' && block.text.trim() !== '');
    if (paragraphs.length === 0) continue; // section_text_required says so
    const written = paragraphs.map((block) => block.text.trim()).join('');
    const text = bare(written);
    const placeholders = [...PLACEHOLDERS, ...(section.placeholder ? [bare(section.placeholder)] : []), ...(section.id === 's6' ? [] : NOTHING)];
    const isPlaceholder = text === '' || placeholders.includes(text) || /^[xX]+$/.test(text);
    if (!isPlaceholder) continue;
    issues.add(
      'placeholder_section',
      { kind: 'section', sectionId: section.id },
      `“${section.number}、${section.title}”只写了“${written.length > 30 ? `${written.slice(0, 30)}……` : written}”，这是占位文字，不是实际内容：《中华人民共和国政府信息公开条例》第五十条要求如实报告${section.title}，请填写。`,
    );
  }
}

// --------------------------------------------------------- fee_consistency
//
// What is really contradictory, read from the formats:
// - Table 二 第二十条第（八）项 counts 行政事业性收费, the fees the department
//   charges in its own work (e.g. 不动产登记费); it has nothing to do with the
//   信息处理费 for information requests, so it is not compared with section 六.
// - Table 三 （六）2 (2021 format) counts applications dropped because the
//   applicant did not pay after a fee notice. “本年度未收取信息处理费” is then
//   still true (nothing was paid), so it is not flagged; what contradicts such
//   a row is saying that no fee is charged at all (不收取/免收/免费提供) or that
//   no fee notice was sent.
// - A 信息处理费 amount above 0 collected in a year when table 三 has no
//   application at all (本年新收 and 上年结转 both 0) cannot be: the fee is
//   only ever charged for an application. Both formats.

const NO_FEE_CHARGED = /(?:不|无需|不予|免予|免)(?:收取|收)(?:任何)?(?:的)?(?:信息处理费|费用|费)|免费提供|(?:未|没有)(?:向申请人)?(?:发出|送达|下发|开具)(?:过)?(?:任何)?(?:信息处理费)?(?:的)?(?:收费|缴费)通知/g;
const ABOUT_REQUESTS = /信息处理费|申请/;
/** The lawful exception (条例第四十二条: 数量、频次明显超过合理范围的可以收取) makes “不收费” a rule with exceptions, not a denial. */
const LAWFUL_EXCEPTION = /超出|超过|合理范围|频次/;
const FEE_COLLECTED = /信息处理费(?:共计|合计|总计|共|计)?(?:为)?\s*(\d+(?:\.\d+)?)\s*(万元|元)/g;
/** A rate (每件100元, 按…收取) or a negation is not an amount collected. */
const NOT_COLLECTED = /标准|每件|每页|按件|按量|未|没有|不|免/;

function applicationTotal(table: TableDef, content: ParsedReportContent, rowKey: string): number | null {
  const total = deriveTable(table, content.tables[table.id])[rowKey]?.total ?? null;
  return total === null ? null : numericValue(total);
}

function checkFees(format: ReportFormat, content: ParsedReportContent, units: readonly TextUnit[], issues: IssueSink) {
  const t3 = findTable(format, 't3_applications');
  if (!t3) return;
  const unpaidRow = t3.rows.find((row) => row.key === 'other_fee_unpaid');
  const unpaid = unpaidRow ? applicationTotal(t3, content, unpaidRow.key) : null;
  const received = applicationTotal(t3, content, 'new_received');
  const carriedOver = applicationTotal(t3, content, 'carried_over');
  const noApplications = (received !== null || carriedOver !== null) && (received ?? 0) + (carriedOver ?? 0) === 0;
  for (const unit of units) {
    const sentence = (start: number, end: number) => {
      const span = sentenceAround(unit.scan, start, end);
      return unit.scan.slice(span.start, span.end);
    };
    if (unpaidRow && unpaid !== null && unpaid > 0) {
      const match = [...unit.scan.matchAll(NO_FEE_CHARGED)].find(
        (each) => {
          const said = sentence(each.index, each.index + each[0].length);
          return !unit.quoted[each.index] && ABOUT_REQUESTS.test(said) && !LAWFUL_EXCEPTION.test(said);
        },
      );
      if (match) {
        issues.add(
          'fee_consistency',
          unit.location,
          `${unit.place}“${quote(unit, match.index, match.index + match[0].length)}”称不收取信息处理费（或未发出收费通知），但表三“${rowMessageLabel(t3, unpaidRow)}”总计为 ${formatNumber(unpaid)}：本年度曾向申请人发出收费通知。`,
          { expected: 0, actual: unpaid, detail: 'unpaid' },
        );
      }
    }
    if (!noApplications) continue;
    for (const match of unit.scan.matchAll(FEE_COLLECTED)) {
      const amount = Number(match[1]);
      const clause = clauseAround(unit.scan, match.index, match.index + match[0].length);
      if (amount <= 0 || unit.quoted[match.index] || NOT_COLLECTED.test(unit.scan.slice(clause.start, clause.end))) continue;
      issues.add(
        'fee_consistency',
        unit.location,
        `${unit.place}“${quote(unit, match.index, match.index + match[0].length)}”称收取信息处理费 ${formatNumber(amount)} ${match[2]}，但表三“${getRow(t3, 'new_received').label}”与“${getRow(t3, 'carried_over').label}”总计均为 0：没有政府信息公开申请，就不会收取信息处理费。`,
        { expected: 0, actual: amount, detail: 'collected' },
      );
      break;
    }
  }
}

export function checkQuality(format: ReportFormat, content: ParsedReportContent, year: number | undefined, issues: IssueSink) {
  const units = textUnits(format, content);
  checkNarrativeNumbers(format, content, units, year, issues);
  if (year !== undefined) checkTextYears(units, year, issues);
  checkPlaceholders(format, content, issues);
  checkFees(format, content, units, issues);
}
