// Server-side record of signed-in browsers. The session cookie (a signed JWT)
// only names a row here; the row decides whether the session still works.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';

/** How long a sign-in lasts (a working day and then some). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export async function startUserSession(userId: string, userAgent: string | null): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.userSession.create({
    data: {
      id,
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

export async function endUserSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** The session's user, or null when the session has ended, expired or its user is disabled. */
export async function findActiveSessionUser(sessionId: string) {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { department: true } } },
  });
  if (!session || session.endedAt || session.expiresAt <= new Date() || session.user.disabled) return null;
  return session.user;
}

/** Ends every session of a user (disabling the user, resetting the password). */
export async function endAllUserSessions(client: Pick<typeof db, 'userSession'>, userId: string): Promise<number> {
  const { count } = await client.userSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count;
}
