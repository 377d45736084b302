// Inputs of the report workflow, shared by the forms and the server actions.
import { z } from '@/lib/zod';

const id = z.string({ error: '缺少报告编号。' }).min(1, '缺少报告编号。').max(64, '报告编号不正确。');
const version = z.coerce.number({ error: '缺少版本号。' }).int('版本号应为正整数。').positive('版本号应为正整数。');

export const reportVersionSchema = z.object({ reportId: id, version });

export const createReportSchema = z.object({
  departmentId: z.string({ error: '请选择部门。' }).min(1, '请选择部门。').max(64, '所选部门不正确。'),
  year: z.coerce.number({ error: '请选择报告年度。' }).int('报告年度应为四位数字年份。'),
});

export const saveContentSchema = z.object({ reportId: id, version, content: z.unknown() });

export const submitReportSchema = z.object({
  reportId: id,
  version,
  /** Warning key → the editor's explanation. */
  explanations: z.record(z.string(), z.string().max(1000, '说明不能超过 1000 字。')).default({}),
  /** 更正说明, required for a correction (edition 2 and later). */
  changeNote: z.string().trim().max(1000, '更正说明不能超过 1000 字。').optional(),
});

export const returnReportSchema = z.object({
  reportId: id,
  version,
  reason: z
    .string({ error: '请填写退回原因。' })
    .trim()
    .min(4, '退回原因至少需要 4 个字，请写明需要修改的内容。')
    .max(2000, '退回原因不能超过 2000 字。'),
});

export const unpublishReportSchema = z.object({
  reportId: id,
  version,
  reason: z
    .string({ error: '请填写撤销发布的公开说明。' })
    .trim()
    .min(4, '撤销发布的公开说明至少需要 4 个字。')
    .max(1000, '公开说明不能超过 1000 字。'),
});

export const publishReportSchema = z.object({
  reportId: id,
  version,
  /** Approve and publish in one step. A boolean, never coerced: the string "false" is not true. */
  approve: z.boolean({ error: '“同时审核通过”应为 true 或 false。' }).default(false),
});

export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report') }),
  z.object({ kind: z.literal('section'), sectionId: z.string().min(1, '请选择评论的部分。').max(8, '评论位置无效：没有这一部分。') }),
  z.object({
    kind: z.literal('cell'),
    tableId: z.string().min(1, '请选择表格。').max(64, '评论位置无效：没有这个表格。'),
    rowKey: z.string().min(1, '请选择行。').max(64, '评论位置无效：没有这一行。'),
    columnKey: z.string().min(1, '请选择列。').max(64, '评论位置无效：没有这一列。'),
  }),
], { error: '请选择评论位置。' });
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

export const addCommentSchema = z.object({
  reportId: id,
  anchor: commentAnchorSchema,
  body: z.string({ error: '请填写评论内容。' }).trim().min(1, '请填写评论内容。').max(2000, '评论不能超过 2000 字。'),
});

export const resolveCommentSchema = z.object({
  reportId: id,
  commentId: z.string({ error: '缺少评论编号。' }).min(1, '缺少评论编号。').max(64, '评论编号不正确。'),
});
