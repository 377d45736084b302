import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with Argon2id and verifies the right password only', async () => {
    const hash = await hashPassword('Zhanggong2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await checkPassword('Zhanggong2026', hash)).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword('zhanggong2026', hash)).toBe(false);
  });

  it('still accepts an old bcrypt hash, and asks for it to be replaced', async () => {
    const old = await bcrypt.hash('Zhanggong2026', 4);
    expect(await checkPassword('Zhanggong2026', old)).toEqual({ ok: true, needsRehash: true });
    expect(await checkPassword('wrong-Password1', old)).toEqual({ ok: false, needsRehash: false });
  });

  it('refuses when there is no user or the stored hash is broken', async () => {
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', '')).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('does not block the event loop while hashing', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await Promise.all(Array.from({ length: 8 }, (_, index) => hashPassword(`Parallel-${index}`)));
    clearInterval(timer);
    // Eight hashes take tens of milliseconds of CPU; the timer kept firing meanwhile.
    expect(ticks).toBeGreaterThan(5);
  });
});

describe('the password policy', () => {
  it.each([
    ['Ab1!', undefined, '密码至少需要 8 个字符。'],
    ['abcdefgh', undefined, '密码需包含大写字母、小写字母、数字、符号中的至少 3 类。'],
    ['abcdefg1', undefined, '密码需包含大写字母、小写字母、数字、符号中的至少 3 类。'],
    ['Zhanggong1', 'zhanggong1', '密码不能与用户名相同。'],
    ['Liwei2024!', 'liwei', '密码不能与用户名相同。'],
    ['Password1', undefined, '这是常见密码，很容易被猜中，请换一个。'],
    ['P@ssw0rd', undefined, '这是常见密码，很容易被猜中，请换一个。'],
    ['Qwerty123!', undefined, '这是常见密码，很容易被猜中，请换一个。'],
    ['x'.repeat(120) + 'Aa1!xxxxxx', undefined, '密码不能超过 128 个字符。'],
  ])('refuses %j (user %j): %s', (password, username, message) => {
    expect(passwordProblem(password, username)).toBe(message);
  });

  it.each([
    ['Zhanggong2026', 'editor.finance'],
    ['abcdefg1!', 'admin'],
    ['财政局Nianbao2026', 'admin'],
    ['ABCD-1234-efgh', 'liwei'],
  ])('accepts %j for %j', (password, username) => {
    expect(passwordProblem(password, username)).toBeNull();
  });
});
