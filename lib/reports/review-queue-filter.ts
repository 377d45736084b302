// The review queue's filters, read from the URL: what waits for the viewer
// (待处理), a stage of the chain, a state, a year, a department.
import { parseUrlFilter, type SearchParams } from '@/lib/url-filter';
import { z } from '@/lib/zod';
import { STAGES } from '@/lib/workflow/state-machine';
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
  stage: z.enum(STAGES, { error: '审核环节不正确。' }).optional(),
  department: z.string().max(64, '部门网址标识过长。').optional(),
});

export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

const FIELD_LABELS: Record<keyof ReviewQueueFilter, string> = { year: '年度', status: '状态', stage: '审核环节', department: '部门' };

/** Reads the filters; unknown values are reported and ignored. */
export function parseQueueFilter(params: SearchParams): { filter: ReviewQueueFilter; problems: string[] } {
  return parseUrlFilter(reviewQueueFilterSchema, FIELD_LABELS, params);
}
