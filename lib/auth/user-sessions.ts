// Server-side record of signed-in browsers. The session cookie (a signed JWT)
// only names a row here; the row decides whether the session still works:
// it ends on sign-out, when its user is disabled, after 30 minutes without a
// request (idle), and 12 hours after sign-in whatever happens (absolute).
import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';

/** The absolute lifetime of a sign-in (a working day and then some). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Without a request for this long, a session ends. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** last_seen_at is written at most once a minute per session, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type SessionEnd = 'ended' | 'idle' | 'expired';

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

/** The session's user, or why the session no longer works. */
export async function resolveUserSession(sessionId: string, now: Date = new Date()) {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { department: true } } },
  });
  if (!session || session.endedAt || session.user.disabled) return { user: null, end: 'ended' as SessionEnd };
  if (session.expiresAt <= now) return { user: null, end: 'expired' as SessionEnd };
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_SECONDS * 1000) {
    // Ended for good: coming back later does not revive it.
    await db.userSession.updateMany({ where: { id: session.id, endedAt: null }, data: { endedAt: now } });
    return { user: null, end: 'idle' as SessionEnd };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return { user: session.user, end: null };
}

/** The session's user, or null when the session has ended, idled out, expired or its user is disabled. */
export async function findActiveSessionUser(sessionId: string) {
  return (await resolveUserSession(sessionId)).user;
}

/** Ends every session of a user (disabling the user, resetting the password). */
export async function endAllUserSessions(client: Pick<typeof db, 'userSession'>, userId: string): Promise<number> {
  const { count } = await client.userSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count;
}
