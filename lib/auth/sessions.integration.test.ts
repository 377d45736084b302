import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { hashPassword } from './password';
import { endAllUserSessions, endUserSession, findActiveSessionUser, resolveUserSession, startUserSession } from './user-sessions';
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
    const outcome = await verifyCredentials('tester', 'Secret123');
    expect(outcome.ok && outcome.user.id).toBe(userId);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).lastLoginAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in', entityId: userId } })).toBe(1);
  });

  it('refuses a wrong password or an unknown user, and records the attempt', async () => {
    expect(await verifyCredentials('tester', 'wrong-password1')).toEqual({ ok: false, throttled: false });
    expect(await verifyCredentials('nobody', 'Secret123')).toEqual({ ok: false, throttled: false });
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
    expect((await verifyCredentials('tester', 'Secret123')).ok).toBe(false);
  });

  it('ends a session after 30 minutes without a request, for good', async () => {
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
    const sessionId = await startUserSession(userId, 'idle');
    const signedInAt = (await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();
    // 29 minutes later it still works (and is seen again then) …
    expect((await resolveUserSession(sessionId, new Date(signedInAt + 29 * 60_000))).user?.id).toBe(userId);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()).toBe(signedInAt + 29 * 60_000);
    // … and 30 minutes after that request it does not; nor later.
    expect(await resolveUserSession(sessionId, new Date(signedInAt + 59 * 60_000 + 1000))).toEqual({ user: null, end: 'idle' });
    expect((await resolveUserSession(sessionId, new Date(signedInAt + 30 * 60_000))).end).toBe('ended');
  });

  it('ends a session 12 hours after sign-in even when it is in use', async () => {
    const sessionId = await startUserSession(userId, 'long day');
    const start = Date.now();
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      expect((await resolveUserSession(sessionId, new Date(start + minutes * 60_000))).user?.id).toBe(userId);
    }
    expect((await resolveUserSession(sessionId, new Date(start + 12 * 60 * 60_000 + 1000))).end).toBe('expired');
  });

  it('does not accept an expired session', async () => {
    const sessionId = await startUserSession(userId, 'old');
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActiveSessionUser(sessionId)).toBeNull();
  });
});
