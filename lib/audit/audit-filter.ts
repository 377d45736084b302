// The audit log's filters, read from the URL (lib/url-filter.ts).
import { isCalendarDate } from '@/lib/report-format/content';
import { parseUrlFilter, type SearchParams } from '@/lib/url-filter';
import { z } from '@/lib/zod';

const date = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}应为 YYYY-MM-DD 格式的日期。`, abort: true })
    // A day of the calendar: Date.parse would take 2026-02-30 for 2 March.
    .refine(isCalendarDate, `${label}不是有效的日期。`);

export const auditFilterSchema = z.object({
  action: z.string().max(64, '操作名称过长。').optional(),
  actor: z.string().max(64, '人员姓名不能超过 64 个字符。').optional(),
  department: z.string().max(64, '部门网址标识过长。').optional(),
  from: date('起始日期').optional(),
  to: date('截止日期').optional(),
  before: z.string().regex(/^\d{1,18}$/, '翻页位置不正确，请从第一页重新浏览。').optional(),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

const FIELD_LABELS: Record<keyof AuditFilterInput, string> = {
  action: '操作',
  actor: '人员',
  department: '部门',
  from: '起始日期',
  to: '截止日期',
  before: '翻页',
};

export function parseAuditFilter(params: SearchParams): { filter: AuditFilterInput; problems: string[] } {
  return parseUrlFilter(auditFilterSchema, FIELD_LABELS, params);
}

/** The filter's dates as instants: from the start of `from` to the end of `to`, in China Standard Time. */
export function auditDateRange(filter: AuditFilterInput): { from?: Date; to?: Date } {
  return {
    from: filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined,
    to: filter.to ? new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
  };
}
