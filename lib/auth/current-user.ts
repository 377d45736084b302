// The signed-in user of the current request, validated against the database
// on every request (a cookie of an ended session does not work).
import 'server-only';
import { cache } from 'react';
import { auth } from './auth';
import { resolveUserSession, type SessionEnd } from './user-sessions';
import type { Actor, Role } from './policy';

export interface CurrentUser extends Actor {
  username: string;
  displayName: string;
  sessionId: string;
  department: { id: string; name: string; shortName: string; slug: string } | null;
}

/** The request's session, once per request: its user, or why a session cookie no longer works (null: no cookie). */
const resolveSession = cache(async () => {
  const session = await auth();
  const sessionId = session?.sessionId;
  if (!sessionId) return { user: null, end: null, sessionId: null };
  return { ...(await resolveUserSession(sessionId)), sessionId };
});

/** Why the request's session cookie no longer works ('idle': 30 minutes without a request), or null. */
export async function sessionEnd(): Promise<SessionEnd | null> {
  return (await resolveSession()).end;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const { user, sessionId } = await resolveSession();
  if (!user || !sessionId) return null;
  return {
    id: user.id,
    role: user.role as Role,
    departmentId: user.departmentId,
    username: user.username,
    displayName: user.displayName,
    sessionId,
    department: user.department
      ? { id: user.department.id, name: user.department.name, shortName: user.department.shortName, slug: user.department.slug }
      : null,
  };
});
