// Outside demo mode no account has a default password: the first admin sets
// theirs with a one-time link printed at start.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { printDemoLogins, seedDatabase } from '@/scripts/lib/seed-database';
import { DEMO_PASSWORD } from '@/prisma/seed/data/district';
import { completePasswordSetup, passwordSetupFor, SETUP_LINK_INVALID } from './complete-password-setup';
import { issuePasswordSetupTokens } from './password-setup';
import { verifyCredentials } from './verify-credentials';

describe('first start outside demo mode', () => {
  it('creates the admin without a password, prints a one-time link, and the link sets the password once', async () => {
    const lines: string[] = [];
    expect(await seedDatabase(db, { demoReports: false, log: (line) => lines.push(line) })).toBe(true);
    const users = await db.user.findMany({ select: { username: true, passwordHash: true } });
    expect(users).toEqual([{ username: 'admin', passwordHash: '' }]);
    // No default password works; nor does an empty one.
    expect((await verifyCredentials('admin', DEMO_PASSWORD, '192.0.2.200')).ok).toBe(false);
    expect((await verifyCredentials('admin', '', '192.0.2.200')).ok).toBe(false);

    const print = await printDemoLogins(db, true, (line) => lines.push(line));
    print();
    const link = lines.find((line) => line.includes('/setup?token='))!;
    expect(link).toBeDefined();
    expect(lines.join('\n')).not.toContain(DEMO_PASSWORD);
    const token = new URL(link.trim()).searchParams.get('token')!;
    expect(await passwordSetupFor(token)).toEqual({ username: 'admin', displayName: '系统管理员' });
    // Only the token's hash is stored.
    expect(JSON.stringify(await db.user.findFirst({ where: { username: 'admin' } }))).not.toContain(token);

    // The policy applies (the user name, a common password), and a refused attempt does not spend the link.
    await expect(completePasswordSetup({ token, password: 'admin' })).rejects.toThrow('密码至少需要 8 个字符。');
    await expect(completePasswordSetup({ token, password: 'Password1' })).rejects.toThrow('常见密码');
    const outcomes = await Promise.allSettled([
      completePasswordSetup({ token, password: 'Ganzhou-Admin-2026' }),
      completePasswordSetup({ token, password: 'Other-Admin-2026!' }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    await expect(completePasswordSetup({ token, password: 'Third-Admin-2026' })).rejects.toThrow(SETUP_LINK_INVALID);
    expect(await passwordSetupFor(token)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'user.password_setup' } })).toBe(1);
    // The start-up prints no link once the admin has a password.
    expect(await issuePasswordSetupTokens(db)).toEqual([]);
  });

  it('refuses malformed, unknown and expired links', async () => {
    expect(await passwordSetupFor('')).toBeNull();
    expect(await passwordSetupFor('x'.repeat(43))).toBeNull();
    expect(await passwordSetupFor('\u0000')).toBeNull();
    const admin = await db.user.create({ data: { username: 'second.admin', displayName: '二号管理员', role: 'ADMIN', passwordHash: '' } });
    const [issued] = await issuePasswordSetupTokens(db, new Date(Date.now() - 25 * 3_600_000));
    expect(issued?.username).toBe(admin.username);
    expect(await passwordSetupFor(issued!.token)).toBeNull();
  });
});
