import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { hashPassword } from './password';
import { endAllUserSessions, endUserSession, findActiveSessionUser, startUserSession } from './user-sessions';
import { verifyCredentials } from './verify-credentials';

let userId: string;

beforeAll(async () => {
  const user = await db.user.create({
    data: { username: 'tester', displayName: '测试用户', role: 'APPROVER', passwordHash: await hashPassword('Secret123') },
  });
  userId = user.id;
});

describe('credentials and sessions', () => {
  it('accepts the right password and records the sign-in', async () => {
    const user = await verifyCredentials('tester', 'Secret123');
    expect(user?.id).toBe(userId);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).lastLoginAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in', entityId: userId } })).toBe(1);
  });

  it('refuses a wrong password or an unknown user, and records the attempt', async () => {
    expect(await verifyCredentials('tester', 'wrong-password1')).toBeNull();
    expect(await verifyCredentials('nobody', 'Secret123')).toBeNull();
    const failures = await db.auditEvent.findMany({ where: { action: 'auth.sign_in_failed' } });
    expect(failures.map((event) => (event.details as { reason: string }).reason).sort()).toEqual([
      'unknown_user',
      'wrong_password',
    ]);
  });

  it('ends a session on sign-out: its id no longer finds a user', async () => {
    const sessionId = await startUserSession(userId, 'vitest');
    expect((await findActiveSessionUser(sessionId))?.id).toBe(userId);
    await endUserSession(sessionId);
    expect(await findActiveSessionUser(sessionId)).toBeNull();
  });

  it('ends every session of a disabled user and refuses the password', async () => {
    const first = await startUserSession(userId, 'a');
    const second = await startUserSession(userId, 'b');
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await findActiveSessionUser(first)).toBeNull();
    expect(await endAllUserSessions(db, userId)).toBe(2);
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
    expect(await findActiveSessionUser(second)).toBeNull();
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await verifyCredentials('tester', 'Secret123')).toBeNull();
  });

  it('does not accept an expired session', async () => {
    const sessionId = await startUserSession(userId, 'old');
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActiveSessionUser(sessionId)).toBeNull();
  });
});
