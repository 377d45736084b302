// Inputs of the oversight pages and forms: the dashboard's filters (from the
// address), the district's deadlines for a year, and reminders.
import { z } from '@/lib/zod';
import { isCalendarDate } from '@/lib/report-format/content';
import { DASHBOARD_STATES } from './dashboard-states';
import { DEADLINE_KINDS } from './deadlines';

const year = z.coerce.number({ error: '请选择年度。' }).int('年度应为四位数字年份。').min(2019, '年度应在 2019 年及以后。').max(2100, '年度不正确。');
const districtCode = z.string().trim().max(32, '行政区代码不正确。').regex(/^[A-Za-z0-9-]*$/, '行政区代码不正确。').optional();

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .refine((value) => value === null || isCalendarDate(value), `${label}不是有效的日期，请按“年-月-日”填写。`)
    .nullable()
    .default(null);

export const DASHBOARD_SORTS = ['urgency', 'name', 'score', 'changed'] as const;
export const DASHBOARD_STATE_FILTERS = ['all', ...DASHBOARD_STATES] as const;
export const LATENESS_FILTERS = ['all', 'overdue', 'soon', 'late', 'open', 'met'] as const;

export const dashboardFilterSchema = z.object({
  district: districtCode,
  /** Unset: the cycle under way (defaultOversightYear). */
  year: year.optional(),
  state: z.enum(DASHBOARD_STATE_FILTERS, { error: '状态筛选不正确。' }).default('all'),
  lateness: z.enum(LATENESS_FILTERS, { error: '期限筛选不正确。' }).default('all'),
  sort: z.enum(DASHBOARD_SORTS, { error: '排序方式不正确。' }).default('urgency'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type DashboardFilter = z.output<typeof dashboardFilterSchema>;

export const yearDeadlinesSchema = z.object({
  district: districtCode,
  year,
  submitBy: optionalDate('报送期限'),
  publishBy: optionalDate('发布期限'),
  remindersEnabled: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
  reminderDays: z
    .string()
    .trim()
    .default('7,3,1')
    .transform((value) => value.split(/[,，、\s]+/).filter(Boolean))
    .refine((parts) => parts.length > 0 && parts.length <= 6, '提醒天数请填写 1–6 个数字，用逗号分隔，例如 7,3,1。')
    .refine((parts) => parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 400), '提醒天数应为 0–400 的整数，例如 7,3,1。')
    .transform((parts) => [...new Set(parts.map(Number))].sort((a, b) => b - a)),
});
export type YearDeadlinesInput = z.output<typeof yearDeadlinesSchema>;

export const reminderSchema = z.object({
  district: districtCode,
  year,
  /** One department, or every overdue one. */
  target: z.union([z.literal('overdue'), z.string().min(1).max(64)], { error: '请选择提醒对象。' }),
  note: z.string().trim().max(500, '附言不能超过 500 字。').default(''),
});
export type ReminderInput = z.output<typeof reminderSchema>;

export const deadlineKindSchema = z.enum(DEADLINE_KINDS);

export const DASHBOARD_FIELD_LABELS = { district: '行政区', year: '年度', state: '状态', lateness: '期限', sort: '排序', page: '页码' } as const;
