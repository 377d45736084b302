// The first admin's own password (outside demo mode no account has a default
// one): the start-up issues a one-time link, printed on the operator's console
// only; whoever opens it within 24 hours sets the password, and the link is
// spent. Only the link token's SHA-256 is stored. Used by the start-up
// scripts (issue) and by /setup (check, complete).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DbClient } from '@/lib/db/create-client';

export const SETUP_LINK_HOURS = 24;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * For every admin without a password: a new one-time setup token (the old one
 * stops working). Returns the user names and tokens, to print.
 */
export async function issuePasswordSetupTokens(db: DbClient, now: Date = new Date()): Promise<{ username: string; token: string }[]> {
  const waiting = await db.user.findMany({ where: { role: 'ADMIN', passwordHash: '', disabled: false }, select: { id: true, username: true } });
  const issued: { username: string; token: string }[] = [];
  for (const user of waiting) {
    const token = randomBytes(32).toString('base64url');
    await db.user.update({
      where: { id: user.id },
      data: { passwordSetupTokenHash: digest(token), passwordSetupExpiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000) },
    });
    issued.push({ username: user.username, token });
  }
  return issued;
}

/** The user a setup token belongs to, if it is well-formed, current and unspent. */
export async function findPasswordSetupUser(db: Pick<DbClient, 'user'>, token: string, now: Date = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const hash = digest(token);
  const user = await db.user.findFirst({
    where: { passwordSetupTokenHash: hash, passwordSetupExpiresAt: { gt: now }, passwordHash: '', disabled: false },
    select: { id: true, username: true, displayName: true, departmentId: true, passwordSetupTokenHash: true },
  });
  // The lookup was by the hash; compared again in constant time for form's sake.
  if (!user?.passwordSetupTokenHash || !timingSafeEqual(Buffer.from(user.passwordSetupTokenHash), Buffer.from(hash))) return null;
  return user;
}
