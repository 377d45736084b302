// When a report is due. Per 《中华人民共和国政府信息公开条例》第四十九条, a
// department of a county-level government publishes its report for year Y by
// 31 January of Y+1. A district may set an earlier internal date.

const STATUTORY_DEADLINE_BASIS = '《中华人民共和国政府信息公开条例》第四十九条';

export interface Deadline {
  /** The last day, YYYY-MM-DD (China time). */
  date: string;
  /** The end of that day in China (UTC+8), as an instant. */
  dueAt: Date;
  basis: string;
}

function endOfDayInChina(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

export function statutoryDeadline(year: number): Deadline {
  const date = `${year + 1}-01-31`;
  return { date, dueAt: endOfDayInChina(date), basis: STATUTORY_DEADLINE_BASIS };
}

/**
 * The deadline that applies: the district's internal date (month and day in
 * year Y+1) when it is earlier than the statutory one.
 */
export function effectiveDeadline(year: number, internal?: { month: number; day: number } | null): Deadline {
  const statutory = statutoryDeadline(year);
  if (!internal) return statutory;
  const date = `${year + 1}-${String(internal.month).padStart(2, '0')}-${String(internal.day).padStart(2, '0')}`;
  if (date >= statutory.date) return statutory;
  return { date, dueAt: endOfDayInChina(date), basis: '本区内部要求' };
}

export interface DeadlineStatus {
  deadline: Deadline;
  overdue: boolean;
  /** Whole days from `now` to the deadline (negative when overdue). */
  daysLeft: number;
}

export function deadlineStatus(deadline: Deadline, now: Date = new Date()): DeadlineStatus {
  const milliseconds = deadline.dueAt.getTime() - now.getTime();
  return {
    deadline,
    overdue: milliseconds < 0,
    daysLeft: Math.ceil(milliseconds / 86_400_000),
  };
}

/** 2026年1月31日 */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
