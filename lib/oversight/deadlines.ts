// Deadlines of a year's reports and where each department stands against
// them: the legal one (31 January of the next year, 条例第四十九条) and the
// district's own, earlier ones (报送 to the district, 发布). Pure and free of
// server code: the dashboard computes days left in the browser too, from the
// reader's own clock.
import { statutoryDeadline } from '@/lib/report-format/deadline';

export const DEADLINE_KINDS = ['submit', 'publish', 'legal'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  submit: '报送区政务公开办',
  publish: '本区发布要求',
  legal: '法定公开期限',
};

/** What must have happened by each deadline. */
export const DEADLINE_MILESTONES: Record<DeadlineKind, string> = {
  submit: '报送（提交并经部门签发）',
  publish: '发布',
  legal: '发布',
};

export interface YearDeadlines {
  year: number;
  /** YYYY-MM-DD (China dates); null where the district set none. */
  submit: string | null;
  publish: string | null;
  legal: string;
}

export function yearDeadlines(year: number, district: { submitBy: string | null; publishBy: string | null } | null): YearDeadlines {
  return { year, submit: district?.submitBy ?? null, publish: district?.publishBy ?? null, legal: statutoryDeadline(year).date };
}

/** When a department reached each milestone (China dates), or null. History: a later correction or takedown does not change them. */
export interface Milestones {
  forwardedOn: string | null;
  publishedOn: string | null;
}

/** met: done by the date; late: done after it; open: not done, still time; overdue: not done, date passed. */
export type CheckStatus = 'met' | 'late' | 'open' | 'overdue';

export interface DeadlineCheck {
  kind: DeadlineKind;
  date: string;
  status: CheckStatus;
  /** open/overdue: days from today to the date (negative when overdue); met/late: days after the date it was done (0 or less when met). */
  days: number;
}

const DAY = 86_400_000;

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Each deadline that applies, with the department's standing on `today` (YYYY-MM-DD, China). */
export function checkDeadlines(deadlines: YearDeadlines, milestones: Milestones, today: string): DeadlineCheck[] {
  const checks: DeadlineCheck[] = [];
  for (const kind of DEADLINE_KINDS) {
    const date = deadlines[kind];
    if (!date) continue;
    const doneOn = kind === 'submit' ? (milestones.forwardedOn ?? milestones.publishedOn) : milestones.publishedOn;
    if (doneOn) {
      const after = daysBetween(date, doneOn);
      checks.push({ kind, date, status: after <= 0 ? 'met' : 'late', days: after });
    } else {
      const left = daysBetween(today, date);
      checks.push({ kind, date, status: left < 0 ? 'overdue' : 'open', days: left });
    }
  }
  return checks;
}

/** One phrase per check: 还剩 3 天 / 今天截止 / 逾期 2 天 / 按时 / 晚 4 天. */
export function describeCheck(check: DeadlineCheck): string {
  switch (check.status) {
    case 'met':
      return '按时完成';
    case 'late':
      return `晚 ${check.days} 天完成`;
    case 'open':
      return check.days === 0 ? '今天截止' : `还剩 ${check.days} 天`;
    case 'overdue':
      return `逾期 ${-check.days} 天`;
  }
}

/** The worst standing of a department, for sorting and the filter: overdue, then due soon, late, open, met. */
export type Lateness = 'overdue' | 'soon' | 'late' | 'open' | 'met';

export const LATENESS_LABELS: Record<Lateness, string> = {
  overdue: '已逾期',
  soon: '7 天内到期',
  late: '完成但晚于期限',
  open: '未到期',
  met: '按时完成',
};

export const SOON_DAYS = 7;

export function latenessOf(checks: readonly DeadlineCheck[]): Lateness {
  if (checks.some((check) => check.status === 'overdue')) return 'overdue';
  if (checks.some((check) => check.status === 'open' && check.days <= SOON_DAYS)) return 'soon';
  if (checks.some((check) => check.status === 'late')) return 'late';
  if (checks.some((check) => check.status === 'open')) return 'open';
  return 'met';
}

/** A district deadline must fall in January of Y+1 at the latest: by the legal date. */
export function deadlineProblem(year: number, field: '报送' | '发布', date: string | null): string | null {
  if (!date) return null;
  const legal = statutoryDeadline(year).date;
  if (date > legal) return `${field}期限不能晚于法定公开期限（${legal}）。`;
  if (date < `${year}-12-01`) return `${field}期限应在${year}年12月1日之后（统计期结束前后）。`;
  return null;
}

/** The year the dashboard opens on: the cycle under way (until March, the previous year's reports; then the current year's). */
export function defaultOversightYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today < `${year}-04-01` ? year - 1 : year;
}
