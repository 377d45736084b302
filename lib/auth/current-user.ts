// The signed-in user of the current request, validated against the database
// on every request (a cookie of an ended session does not work).
import 'server-only';
import { cache } from 'react';
import { auth } from './auth';
import { findActiveSessionUser } from './user-sessions';
import type { Actor, Role } from './policy';

export interface CurrentUser extends Actor {
  username: string;
  displayName: string;
  sessionId: string;
  department: { id: string; name: string; shortName: string; slug: string } | null;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sessionId = session?.sessionId;
  if (!sessionId) return null;
  const user = await findActiveSessionUser(sessionId);
  if (!user) return null;
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
