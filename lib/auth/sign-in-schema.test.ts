import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInSchema } from './sign-in-schema';

describe('sign-in input', () => {
  it('normalises the user name', () => {
    expect(signInSchema.parse({ username: '  Finance.Editor ', password: 'x' }).username).toBe('finance.editor');
  });

  it('names the missing fields in Chinese', () => {
    const result = signInSchema.safeParse({ username: '', password: '' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(['username: 请输入用户名。', 'password: 请输入密码。']);
  });

  it('keeps only paths inside the portal as the return address', () => {
    const parse = (next: string) => signInSchema.parse({ username: 'a', password: 'b', next }).next;
    expect(parse('/review?year=2025')).toBe('/review?year=2025');
    expect(parse('//evil.example/phish')).toBeUndefined();
    expect(parse('https://evil.example')).toBeUndefined();
    expect(parse('/\\evil')).toBeUndefined();
  });

  it('is the one check of the sign-in page and the form alike', () => {
    for (const bad of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'evil.example', '', undefined, ['/review']]) {
      expect(safeReturnPath(bad), String(bad)).toBeUndefined();
    }
    expect(safeReturnPath('/editor/reports/abc')).toBe('/editor/reports/abc');
  });
});
