// Checks a user name and password, throttled (./sign-in-throttle.ts), and
// records the outcome in the audit log: every success, every failure that was
// checked, and each lock once. Attempts refused by a lock are not written one
// by one, so a script cannot fill the audit log: at most 5 failures and one
// lock per account, and 20 attempts and one refusal per address, per 15 minutes.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { checkPassword, hashPassword } from './password';
import { admitSignIn, LOCK_SECONDS, recordFailedSignIn, recordSuccessfulSignIn } from './sign-in-throttle';

export type CredentialsOutcome =
  | { ok: true; user: NonNullable<Awaited<ReturnType<typeof db.user.findUnique>>> }
  | { ok: false; throttled: false }
  | { ok: false; throttled: true; retryAfterSeconds: number };

export async function verifyCredentials(username: string, password: string, address = 'unknown'): Promise<CredentialsOutcome> {
  const admission = await admitSignIn(username, address);
  if (!admission.admitted) {
    if (admission.firstRefusal) {
      await recordAuditEvent(db, {
        actor: null,
        action: 'auth.sign_in_limited',
        entityType: 'user',
        entityId: username,
        details: { username, address, retryAfterSeconds: admission.retryAfterSeconds },
      });
    }
    return { ok: false, throttled: true, retryAfterSeconds: admission.retryAfterSeconds };
  }

  const user = await db.user.findUnique({ where: { username } });
  const password_ = await checkPassword(password, user?.passwordHash);
  if (!user || !password_.ok || user.disabled) {
    const reason = !user ? 'unknown_user' : user.disabled && password_.ok ? 'disabled' : 'wrong_password';
    await recordAuditEvent(db, {
      actor: null,
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: user?.id ?? username,
      departmentId: user?.departmentId ?? null,
      details: { username, reason, address, attempt: admission.accountAttempt },
    });
    if (await recordFailedSignIn(username, admission.accountAttempt)) {
      await recordAuditEvent(db, {
        actor: null,
        action: 'auth.account_locked',
        entityType: 'user',
        entityId: user?.id ?? username,
        departmentId: user?.departmentId ?? null,
        details: { username, address, lockedForSeconds: LOCK_SECONDS },
      });
    }
    return { ok: false, throttled: false };
  }

  await recordSuccessfulSignIn(username, address);
  // A hash of an older kind (bcrypt) or cost is replaced now that the password is known.
  const passwordHash = password_.needsRehash ? await hashPassword(password) : undefined;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), ...(passwordHash ? { passwordHash } : {}) } });
  await recordAuditEvent(db, {
    actor: { id: user.id, displayName: user.displayName },
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
    departmentId: user.departmentId,
    details: { address, ...(passwordHash ? { passwordHashUpgraded: true } : {}) },
  });
  return { ok: true, user };
}
