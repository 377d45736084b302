import { describe, expect, it } from 'vitest';
import { reportVersionSchema, stepInputSchema, stepTargetSchema } from './workflow-schemas';

const base = { reportId: 'r1', version: 3 };
const problems = (input: unknown) => stepInputSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('workflow step inputs', () => {
  it('take each step with what it needs, and only that', () => {
    expect(stepInputSchema.parse({ step: 'approve', ...base })).toEqual({ step: 'approve', ...base });
    expect(stepInputSchema.parse({ step: 'submit', ...base })).toEqual({ step: 'submit', ...base, explanations: {} });
    expect(stepInputSchema.parse({ step: 'signOff', ...base, confidentiality: true, confidentialityNote: ' 已核 ' })).toMatchObject({ confidentialityNote: '已核' });
    expect(stepInputSchema.parse({ step: 'return', ...base, reason: ' 请核对表三。 ' })).toMatchObject({ reason: '请核对表三。' });
  });

  it('refuse a sign-off without the 保密审查 confirmation, a return without a reason, and unknown steps, in Chinese', () => {
    expect(problems({ step: 'signOff', ...base })).toEqual(['请确认已完成保密审查（勾选“已进行保密审查”）后再签发。']);
    expect(problems({ step: 'signOff', ...base, confidentiality: 'true' })).toEqual(['请确认已完成保密审查（勾选“已进行保密审查”）后再签发。']);
    expect(problems({ step: 'returnToEditor', ...base, reason: '改' })).toEqual(['退回原因至少需要 4 个字，请写明需要修改的内容。']);
    expect(problems({ step: 'unpublish', ...base })).toEqual(['请填写撤销发布的公开说明。']);
    expect(problems({ step: 'delete', ...base })).toEqual(['请选择要执行的审核步骤。']);
    expect(stepTargetSchema.safeParse({ step: 'approve' }).error?.issues[0]?.message).toBe('缺少报告编号。');
  });

  it('explain a bad version or id in Chinese', () => {
    const result = reportVersionSchema.safeParse({ reportId: '', version: '1.5' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['缺少报告编号。', '版本号应为正整数。']);
  });
});
