// Sign-in throttling against the real database, with attempts from two
// processes (this one and a child process), as two server processes would make.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { hashPassword } from './password';
import { SIGN_INS_PER_ADDRESS } from './sign-in-throttle';
import { verifyCredentials } from './verify-credentials';

const run = promisify(execFile);

/** One attempt made by another Node process against the same database. */
async function attemptElsewhere(username: string, password: string, address: string) {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'lib/auth/testing/sign-in-attempt.ts', username, password, address],
    { env: process.env, cwd: process.cwd(), timeout: 30_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; throttled?: boolean; retryAfterSeconds?: number };
}

const auditCount = (action: string, username: string) =>
  db.auditEvent.count({ where: { action, details: { path: ['username'], equals: username } } });

beforeAll(async () => {
  const passwordHash = await hashPassword('Right-Password-1');
  await db.user.createMany({
    data: ['locked.one', 'fine.two', 'addr.three'].map((username) => ({ username, displayName: username, role: 'APPROVER' as const, passwordHash })),
  });
});

afterAll(async () => {
  await (globalThis as unknown as { nianbaoLimitPool?: { end(): Promise<void> } }).nianbaoLimitPool?.end();
});

describe('sign-in throttling', () => {
  it('locks an account after 5 failures made by two processes, then refuses even the right password', async () => {
    // Failures 1, 3, 5 here; 2 and 4 in another process.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const outcome = attempt % 2 === 0 ? await attemptElsewhere('locked.one', 'wrong', `198.51.100.${attempt}`) : await verifyCredentials('locked.one', 'wrong', `198.51.100.${attempt}`);
      expect(outcome).toMatchObject({ ok: false, throttled: false });
    }
    const locked = await verifyCredentials('locked.one', 'Right-Password-1', '198.51.100.9');
    expect(locked).toMatchObject({ ok: false, throttled: true });
    expect(locked.ok === false && locked.throttled && locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await attemptElsewhere('locked.one', 'Right-Password-1', '198.51.100.10')).toMatchObject({ ok: false, throttled: true });
    // Audited: 5 failures and one lock; the refused attempts are not written one by one.
    expect(await auditCount('auth.sign_in_failed', 'locked.one')).toBe(5);
    expect(await auditCount('auth.account_locked', 'locked.one')).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in', entityId: (await db.user.findUniqueOrThrow({ where: { username: 'locked.one' } })).id } })).toBe(0);
  });

  it('locks an unknown user name the same way (the answer does not tell whether it exists)', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) expect(await verifyCredentials('nobody.here', 'x', '192.0.2.1')).toEqual({ ok: false, throttled: false });
    expect(await verifyCredentials('nobody.here', 'x', '192.0.2.1')).toMatchObject({ ok: false, throttled: true });
  });

  it('counts exactly when 12 attempts arrive at once: 5 are checked, 7 refused unhashed', async () => {
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, index) => verifyCredentials('fine.two', 'wrong', `203.0.113.${index}`)));
    expect(outcomes.filter((outcome) => !outcome.ok && !outcome.throttled)).toHaveLength(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.throttled)).toHaveLength(7);
  });

  it('forgives earlier failures after a success', async () => {
    const passwordHash = await hashPassword('Right-Password-1');
    await db.user.create({ data: { username: 'forgiven', displayName: 'f', role: 'APPROVER', passwordHash } });
    for (let attempt = 1; attempt <= 4; attempt++) await verifyCredentials('forgiven', 'wrong', '192.0.2.50');
    expect((await verifyCredentials('forgiven', 'Right-Password-1', '192.0.2.50')).ok).toBe(true);
    for (let attempt = 1; attempt <= 4; attempt++) expect(await verifyCredentials('forgiven', 'wrong', '192.0.2.50')).toEqual({ ok: false, throttled: false });
  });

  it('limits attempts per address across accounts, and audits the limit once', async () => {
    const address = '198.18.0.7';
    for (let attempt = 0; attempt < SIGN_INS_PER_ADDRESS; attempt++) {
      expect(await verifyCredentials(`spray${attempt}`, 'Password1', address)).toEqual({ ok: false, throttled: false });
    }
    expect(await verifyCredentials('addr.three', 'Right-Password-1', address)).toMatchObject({ ok: false, throttled: true });
    expect(await attemptElsewhere('addr.three', 'Right-Password-1', address)).toMatchObject({ ok: false, throttled: true });
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in_limited', details: { path: ['address'], equals: address } } })).toBe(1);
    // Another address is not affected.
    expect((await verifyCredentials('addr.three', 'Right-Password-1', '198.18.0.8')).ok).toBe(true);
  });

  it('replaces an old bcrypt hash with Argon2id at sign-in', async () => {
    const bcrypt = (await import('bcryptjs')).default;
    const user = await db.user.create({ data: { username: 'old.hash', displayName: 'o', role: 'APPROVER', passwordHash: await bcrypt.hash('Old-Password-1', 4) } });
    expect((await verifyCredentials('old.hash', 'Old-Password-1', '192.0.2.77')).ok).toBe(true);
    const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect((await verifyCredentials('old.hash', 'Old-Password-1', '192.0.2.77')).ok).toBe(true);
  });
});
