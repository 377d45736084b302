import { describe, expect, it } from 'vitest';
import { z } from './zod';

describe('zod', () => {
  it('explains the checks without a message of their own in Chinese', () => {
    const result = z.object({ version: z.number().positive(), id: z.string().min(1) }).safeParse({ version: -1, id: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['数值过小：期望 number >0', '数值过小：期望 string >=1 字符']);
  });
});

describe('z.string()', () => {
  const schema = z.object({ name: z.string().trim().min(1, '请填写名称。').max(10, '名称过长。'), tags: z.record(z.string(), z.number()).optional() });

  it.each([
    ['\u0000', 'U+0000'],
    ['a\u0007b', 'U+0007'],
    ['\u001b[31m', 'U+001B'],
    ['\u007f', 'U+007F'],
  ])('refuses the control character in %j before its own checks, naming it', (value, code) => {
    const result = schema.safeParse({ name: value });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['name'], message: expect.stringContaining(code) })]);
    expect(result.error?.issues[0]?.message).toMatch(/^含有不可见的控制字符（第 \d+ 个字符，U\+[0-9A-F]{4}），请删除后再提交。$/);
  });

  it('refuses lone surrogates and noncharacters, in keys too', () => {
    expect(schema.safeParse({ name: 'a\ud800' }).error?.issues[0]?.message).toBe('含有无效的 Unicode 字符（不成对的代理项，约第 2 个字符），请删除后再提交。');
    expect(schema.safeParse({ name: '\uffff' }).error?.issues[0]?.message).toBe('含有无效字符（第 1 个字符，U+FFFF），请删除后再提交。');
    expect(schema.safeParse({ name: 'a', tags: { '\udc00': 1 } }).success).toBe(false);
  });

  it('accepts tabs, line breaks, Chinese, emoji, markup and SQL as text', () => {
    for (const name of ['第一行\r\n第二行\t', '😀章贡区', '<b>x</b>', "' OR 1=1"]) expect(schema.safeParse({ name }).success, name).toBe(true);
  });

  it('keeps its checks and the types of z.string()', () => {
    expect(schema.safeParse({ name: '   ' }).error?.issues[0]?.message).toBe('请填写名称。');
    const parsed: { name: string } = schema.parse({ name: ' 章贡 ' });
    expect(parsed.name).toBe('章贡');
  });
});
