// One quality score per report, 0–100: the sum of four parts, each with a
// fixed maximum and a sentence that says why it got its points. Every
// threshold and deduction is a named constant below, so the interface can
// explain the score; nothing is weighted out of sight. Pure: the caller
// gathers the dates, the rule results (countsFromIssues) and the
// resemblances (./similarity.ts).
import { formatChineseDate, statutoryDeadline } from '@/lib/report-format/deadline';
import type { RuleIssue } from '@/lib/report-format/rules/check-report';

export const PART_MAX = 25;

/** 按时公布: full points by the legal deadline (31 January of the next year); after it, by how late. */
export const LATE_STEPS: readonly { withinDays: number; points: number }[] = [
  { withinDays: 7, points: 20 },
  { withinDays: 30, points: 12 },
  { withinDays: 90, points: 5 },
];

/** 规则核对: deducted per error and per warning of the rule checker. */
export const RULE_ERROR_POINTS = 10;
export const RULE_WARNING_POINTS = 3;

/** 内容完整: per required text section not written, per section holding only a placeholder, per blank cell of tables 三 and 四 (up to a cap). */
export const MISSING_SECTION_POINTS = 10;
export const PLACEHOLDER_SECTION_POINTS = 8;
export const BLANK_CELL_POINTS = 1;
export const BLANK_CELLS_MAX_DEDUCTION = 10;

/**
 * 原创性, from the highest resemblance (share of this report's fingerprints
 * found in the other report). Measured (lib/quality/similarity.test.ts):
 * different departments' reports in the same official style 0.04–0.10, a
 * report with one part rewritten 0.44–0.58, a copy with the years changed 1.0.
 */
export const SIMILARITY_WARNING = 0.5;
export const SIMILARITY_COPY = 0.8;
export const SIMILAR_POINTS = 10;

/** The tables whose blank cells count against completeness (the format expects a number in every cell). */
export const COUNTED_BLANK_TABLES = ['t3_applications', 't4_review_litigation'];

export interface QualityInput {
  year: number;
  /** When the report was first published (ISO 8601; a correction does not make it late), or null. */
  publishedAt: string | null;
  /** The moment the score is computed (ISO 8601). */
  now: string;
  /** The rule checker's errors and warnings, without those counted under completeness (countsFromIssues). */
  errors: number;
  warnings: number;
  /** Required text sections (一、五、六) with no text. */
  missingSections: number;
  /** Text sections holding only a placeholder (rule placeholder_section). */
  placeholderSections: number;
  /** Blank cells of tables 三 and 四 (rule blank_vs_zero). */
  blankCells: number;
  /** Highest resemblance (0–1) to the department's previous report; null when there is none to compare with. */
  resemblanceToPrevious: number | null;
  /** Highest resemblance (0–1) to another department's report of the same year; null when there is none. */
  resemblanceToOthers: number | null;
}

export type QualityPartKey = 'on_time' | 'rules' | 'completeness' | 'originality';

export interface QualityPart {
  key: QualityPartKey;
  label: string;
  points: number;
  max: number;
  explanation: string;
}

export interface QualityScore {
  total: number;
  parts: QualityPart[];
}

/** The counts the score takes from checkReport's issues; what completeness counts is not counted again under rules. */
export function countsFromIssues(issues: readonly RuleIssue[]): Pick<QualityInput, 'errors' | 'warnings' | 'missingSections' | 'placeholderSections' | 'blankCells'> {
  const counts = { errors: 0, warnings: 0, missingSections: 0, placeholderSections: 0, blankCells: 0 };
  for (const issue of issues) {
    if (issue.ruleId === 'section_text_required') counts.missingSections++;
    else if (issue.ruleId === 'placeholder_section') counts.placeholderSections++;
    else if (issue.ruleId === 'blank_vs_zero') {
      if (issue.location.kind === 'table' && COUNTED_BLANK_TABLES.includes(issue.location.tableId)) counts.blankCells += issue.actual ?? 0;
    } else if (issue.severity === 'error') counts.errors++;
    else if (issue.severity === 'warning') counts.warnings++;
  }
  return counts;
}

const DAY = 86_400_000;

function instant(iso: string, field: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${field} is not an ISO 8601 date: ${iso}`);
  return date;
}

/** The China date (YYYY-MM-DD) of an instant. */
function chinaDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function onTime(input: QualityInput): QualityPart {
  const deadline = statutoryDeadline(input.year);
  const due = `法定期限（${formatChineseDate(deadline.date)}）`;
  const part = (points: number, explanation: string): QualityPart => ({ key: 'on_time', label: '按时公布', points, max: PART_MAX, explanation });
  const now = instant(input.now, 'now');
  const published = input.publishedAt === null ? null : instant(input.publishedAt, 'publishedAt');
  const until = published ?? now;
  const late = Math.ceil((until.getTime() - deadline.dueAt.getTime()) / DAY);
  const when = published ? `于${formatChineseDate(chinaDate(published))}公布` : '尚未公布';
  if (late <= 0) return part(PART_MAX, published ? `${when}，在${due}内。` : `${when}，${due}尚未到期。`);
  const step = LATE_STEPS.find((each) => late <= each.withinDays);
  const rule = step ? `逾期 ${step.withinDays} 天以内得 ${step.points} 分` : `逾期超过 ${LATE_STEPS.at(-1)!.withinDays} 天不得分`;
  return part(step?.points ?? 0, `${when}，${published ? `比${due}晚` : `${due}已过`} ${late} 天（${rule}）。`);
}

function rules(input: QualityInput): QualityPart {
  const deduction = input.errors * RULE_ERROR_POINTS + input.warnings * RULE_WARNING_POINTS;
  const explanation =
    deduction === 0
      ? '规则核对没有错误和警告。'
      : `规则核对有 ${input.errors} 个错误、${input.warnings} 个警告（每个错误扣 ${RULE_ERROR_POINTS} 分，每个警告扣 ${RULE_WARNING_POINTS} 分）。`;
  return { key: 'rules', label: '规则核对', points: Math.max(0, PART_MAX - deduction), max: PART_MAX, explanation };
}

function completeness(input: QualityInput): QualityPart {
  const blanks = Math.min(BLANK_CELLS_MAX_DEDUCTION, input.blankCells * BLANK_CELL_POINTS);
  const deduction = input.missingSections * MISSING_SECTION_POINTS + input.placeholderSections * PLACEHOLDER_SECTION_POINTS + blanks;
  const found = [
    input.missingSections > 0 && `${input.missingSections} 个文字部分未填写（每个扣 ${MISSING_SECTION_POINTS} 分）`,
    input.placeholderSections > 0 && `${input.placeholderSections} 个文字部分只有占位文字（每个扣 ${PLACEHOLDER_SECTION_POINTS} 分）`,
    input.blankCells > 0 && `表三、表四有 ${input.blankCells} 个单元格空白（每个扣 ${BLANK_CELL_POINTS} 分，最多扣 ${BLANK_CELLS_MAX_DEDUCTION} 分）`,
  ].filter(Boolean);
  const explanation = found.length === 0 ? '总体情况、存在的主要问题及改进情况、其他需要报告的事项均已如实填写，表三、表四没有空白单元格。' : `${found.join('；')}。`;
  return { key: 'completeness', label: '内容完整', points: Math.max(0, PART_MAX - deduction), max: PART_MAX, explanation };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function originality(input: QualityInput): QualityPart {
  const part = (points: number, explanation: string): QualityPart => ({ key: 'originality', label: '原创性', points, max: PART_MAX, explanation });
  const compared = [
    input.resemblanceToPrevious !== null && { share: input.resemblanceToPrevious, what: '本部门上一年度报告' },
    input.resemblanceToOthers !== null && { share: input.resemblanceToOthers, what: '同年其他部门的报告' },
  ].filter((each) => each !== false);
  if (compared.length === 0) return part(PART_MAX, '没有可比较的报告（本部门上一年度报告或同年其他部门的报告），按原创计。');
  const said = compared.map((each) => `与${each.what}相同的文字占 ${percent(each.share)}`).join('，');
  const highest = compared.reduce((best, each) => (each.share > best.share ? each : best));
  if (highest.share >= SIMILARITY_COPY) return part(0, `${said}；与${highest.what}的相同文字达到 ${percent(SIMILARITY_COPY)}，视为照搬，不得分。`);
  if (highest.share >= SIMILARITY_WARNING) {
    return part(SIMILAR_POINTS, `${said}；与${highest.what}的相同文字达到 ${percent(SIMILARITY_WARNING)}（未到 ${percent(SIMILARITY_COPY)}），得 ${SIMILAR_POINTS} 分。`);
  }
  return part(PART_MAX, `${said}，均低于 ${percent(SIMILARITY_WARNING)}。`);
}

export function qualityScore(input: QualityInput): QualityScore {
  for (const field of ['errors', 'warnings', 'missingSections', 'placeholderSections', 'blankCells'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 0) throw new RangeError(`${field} must be a whole number of at least 0: ${input[field]}`);
  }
  for (const field of ['resemblanceToPrevious', 'resemblanceToOthers'] as const) {
    const share = input[field];
    if (share !== null && !(share >= 0 && share <= 1)) throw new RangeError(`${field} must be between 0 and 1: ${share}`);
  }
  const parts = [onTime(input), rules(input), completeness(input), originality(input)];
  return { total: parts.reduce((sum, part) => sum + part.points, 0), parts };
}
