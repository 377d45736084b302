// Inputs of the report workflow, shared by the forms and the server actions.
import { z } from '@/lib/zod';
import { TRANSITION_NAMES } from '@/lib/workflow/state-machine';

const id = z.string({ error: '缺少报告编号。' }).min(1, '缺少报告编号。').max(64, '报告编号不正确。');
// At most PostgreSQL's integer: a larger one would reach the database's conditional update and fail there.
const version = z.coerce.number({ error: '缺少版本号。' }).int('版本号应为正整数。').positive('版本号应为正整数。').max(2_147_483_647, '版本号不正确。');

export const reportVersionSchema = z.object({ reportId: id, version });

export const createReportSchema = z.object({
  departmentId: z.string({ error: '请选择部门。' }).min(1, '请选择部门。').max(64, '所选部门不正确。'),
  year: z.coerce.number({ error: '请选择报告年度。' }).int('报告年度应为四位数字年份。'),
});

export const saveContentSchema = z.object({ reportId: id, version, content: z.unknown() });

const explanations = z.record(z.string().max(200, '警告编号不正确。'), z.string().max(1000, '说明不能超过 1000 字。')).default({});
const changeNote = z.string().trim().max(1000, '更正说明不能超过 1000 字。').optional();
const returnReason = z
  .string({ error: '请填写退回原因。' })
  .trim()
  .min(4, '退回原因至少需要 4 个字，请写明需要修改的内容。')
  .max(2000, '退回原因不能超过 2000 字。');
const unpublishReason = z
  .string({ error: '请填写撤销发布的公开说明。' })
  .trim()
  .min(4, '撤销发布的公开说明至少需要 4 个字。')
  .max(1000, '公开说明不能超过 1000 字。');

const base = { reportId: id, version };
const plain = <S extends (typeof TRANSITION_NAMES)[number]>(step: S) => z.object({ step: z.literal(step), ...base });

/** Any workflow step: its name, the report and version it acts on, and what that step asks for. */
export const stepInputSchema = z.discriminatedUnion(
  'step',
  [
    z.object({
      step: z.literal('submit'),
      ...base,
      /** Warning key → the editor's explanation. */
      explanations,
      /** 更正说明, required for a correction (edition 2 and later). */
      changeNote,
    }),
    z.object({
      step: z.literal('signOff'),
      ...base,
      confidentiality: z.literal(true, { error: '请确认已完成保密审查（勾选“已进行保密审查”）后再签发。' }),
      confidentialityNote: z.string().trim().max(500, '保密审查备注不能超过 500 字。').optional(),
    }),
    z.object({ step: z.literal('returnToEditor'), ...base, reason: returnReason }),
    z.object({ step: z.literal('return'), ...base, reason: returnReason }),
    z.object({ step: z.literal('unpublish'), ...base, reason: unpublishReason }),
    plain('startReview'),
    plain('approve'),
    plain('approveAndPublish'),
    plain('publish'),
    plain('withdraw'),
    plain('startCorrection'),
  ],
  { error: '请选择要执行的审核步骤。' },
);
export type StepInput = z.output<typeof stepInputSchema>;

/** What is read before anything else: the step and the report, so that the caller can be authorized first. */
export const stepTargetSchema = z.object({
  step: z.enum(TRANSITION_NAMES, { error: '请选择要执行的审核步骤。' }),
  reportId: id,
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
