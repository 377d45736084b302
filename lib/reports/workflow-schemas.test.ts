import { describe, expect, it } from 'vitest';
import { publishReportSchema, reportVersionSchema } from './workflow-schemas';

describe('workflow schemas', () => {
  it('read "approve" as a strict boolean, false when absent', () => {
    const base = { reportId: 'r1', version: 3 };
    expect(publishReportSchema.parse(base).approve).toBe(false);
    expect(publishReportSchema.parse({ ...base, approve: false }).approve).toBe(false);
    expect(publishReportSchema.parse({ ...base, approve: true }).approve).toBe(true);
    // Coercion would read any non-empty string, "false" included, as true.
    for (const value of ['false', 'true', '0', 1]) {
      const result = publishReportSchema.safeParse({ ...base, approve: value });
      expect(result.success, `approve: ${JSON.stringify(value)}`).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('“同时审核通过”应为 true 或 false。');
    }
  });

  it('explain a bad version or id in Chinese', () => {
    const result = reportVersionSchema.safeParse({ reportId: '', version: '1.5' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['缺少报告编号。', '版本号应为正整数。']);
  });
});
