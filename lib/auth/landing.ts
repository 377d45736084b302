// Where a user lands after signing in, by user name (the sign-in form knows only the name).
import 'server-only';
import { db } from '@/lib/db/client';
import { landingPath, type Role } from './policy';

export async function landingPathOf(username: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { role: true } });
  return landingPath(user.role as Role);
}
