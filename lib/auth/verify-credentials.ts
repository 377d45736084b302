// Checks a user name and password; records the outcome in the audit log.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { verifyPassword } from './password';

export async function verifyCredentials(username: string, password: string) {
  const user = await db.user.findUnique({ where: { username } });
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordOk || user.disabled) {
    await recordAuditEvent(db, {
      actor: null,
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: user?.id ?? username,
      details: { username, reason: !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password' },
    });
    return null;
  }
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAuditEvent(db, {
    actor: { id: user.id, displayName: user.displayName },
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
    departmentId: user.departmentId,
  });
  return user;
}
