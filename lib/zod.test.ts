import { describe, expect, it } from 'vitest';
import { z } from './zod';

describe('zod', () => {
  it('explains the checks without a message of their own in Chinese', () => {
    const result = z.object({ version: z.number().positive(), id: z.string().min(1) }).safeParse({ version: -1, id: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['数值过小：期望 number >0', '数值过小：期望 string >=1 字符']);
  });
});
