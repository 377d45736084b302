// Sets the password of a setup link's user (lib/auth/password-setup.ts): the
// link is the authorization (there is no session yet). Conditional update on
// the unspent token, checked for a count of 1, with its audit entry in the
// same transaction: a link works once, also when sent twice at the same moment.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { hashPassword, passwordProblem } from './password';
import { findPasswordSetupUser } from './password-setup';

export const SETUP_LINK_INVALID = '该设置链接无效、已使用或已过期。请重新启动系统获取新的链接，或联系系统管理员。';

/** The setup page's loader: whose password the link sets, or null. */
export async function passwordSetupFor(token: string): Promise<{ username: string; displayName: string } | null> {
  const user = await findPasswordSetupUser(db, token);
  return user ? { username: user.username, displayName: user.displayName } : null;
}

export async function completePasswordSetup(input: { token: string; password: string }): Promise<{ username: string }> {
  const user = await findPasswordSetupUser(db, input.token);
  if (!user) throw UserError.notFound(SETUP_LINK_INVALID);
  const problem = passwordProblem(input.password, user.username);
  if (problem) throw UserError.invalid(problem, { password: problem });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: '', passwordSetupTokenHash: user.passwordSetupTokenHash },
      data: { passwordHash, passwordSetupTokenHash: null, passwordSetupExpiresAt: null },
    });
    if (count !== 1) throw UserError.notFound(SETUP_LINK_INVALID);
    await recordAuditEvent(tx, {
      actor: { id: user.id, displayName: user.displayName },
      action: 'user.password_setup',
      entityType: 'user',
      entityId: user.id,
      departmentId: user.departmentId,
    });
  });
  return { username: user.username };
}
