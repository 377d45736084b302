// The approver's queue filters, read from the URL.
import { z } from '@/lib/zod';
import { REPORT_STATUSES } from '@/lib/workflow/status';

export const QUEUE_STATUS_OPTIONS = ['pending', 'all', ...REPORT_STATUSES] as const;
export type QueueStatus = (typeof QUEUE_STATUS_OPTIONS)[number];

export const reviewQueueFilterSchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, '年度应为四位数字。')
    .transform(Number)
    .optional(),
  status: z.enum(QUEUE_STATUS_OPTIONS, { error: '状态不正确。' }).default('pending'),
  department: z.string().max(64, '部门网址标识过长。').optional(),
});

export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

const FIELD_LABELS: Record<keyof ReviewQueueFilter, string> = { year: '年度', status: '状态', department: '部门' };

/** Reads the filters; unknown values are reported and ignored. */
export function parseQueueFilter(params: Record<string, string | string[] | undefined>): { filter: ReviewQueueFilter; problems: string[] } {
  const raw = Object.fromEntries(
    (Object.keys(FIELD_LABELS) as (keyof ReviewQueueFilter)[]).map((key) => {
      const value = params[key];
      return [key, typeof value === 'string' && value !== '' ? value : undefined];
    }),
  );
  const parsed = reviewQueueFilterSchema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, problems: [] };
  const problems = parsed.error.issues.map(
    (issue) => `筛选条件“${FIELD_LABELS[issue.path[0] as keyof ReviewQueueFilter] ?? String(issue.path[0])}”：${issue.message}`,
  );
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const retry = reviewQueueFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
  return { filter: retry, problems };
}
