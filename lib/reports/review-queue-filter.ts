// The approver's queue filters, read from the URL.
import { z } from 'zod';
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
  department: z.string().max(64).optional(),
});

export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

/** Reads the filters; unknown values are reported and ignored. */
export function parseQueueFilter(params: Record<string, string | string[] | undefined>): { filter: ReviewQueueFilter; problems: string[] } {
  const raw = Object.fromEntries(
    ['year', 'status', 'department'].map((key) => {
      const value = params[key];
      return [key, typeof value === 'string' && value !== '' ? value : undefined];
    }),
  );
  const parsed = reviewQueueFilterSchema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => `筛选条件“${String(issue.path[0]) === 'year' ? '年度' : String(issue.path[0]) === 'status' ? '状态' : '部门'}”：${issue.message}`);
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const retry = reviewQueueFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
  return { filter: retry, problems };
}
