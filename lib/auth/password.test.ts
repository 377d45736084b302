import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('verifies the right password and refuses others', async () => {
    const hash = await hashPassword('Zhanggong2026');
    expect(hash).not.toContain('Zhanggong2026');
    expect(await verifyPassword('Zhanggong2026', hash)).toBe(true);
    expect(await verifyPassword('zhanggong2026', hash)).toBe(false);
  });

  it('refuses when there is no user (and still takes the time of a comparison)', async () => {
    expect(await verifyPassword('anything', null)).toBe(false);
  });

  it('explains weak passwords in Chinese', () => {
    expect(passwordProblem('abc1')).toBe('密码至少需要 8 个字符。');
    expect(passwordProblem('abcdefgh')).toBe('密码需同时包含字母和数字。');
    expect(passwordProblem('abcdefg1')).toBeNull();
  });
});
