// Sets a new password; the user's open sessions end.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { endAllUserSessions } from '@/lib/auth/user-sessions';
import { UserError } from '@/lib/errors';

export async function resetPassword(actor: AuditActor, input: { userId: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw UserError.notFound('该用户不存在。');
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await endAllUserSessions(tx, user.id);
    await recordAuditEvent(tx, {
      actor,
      action: 'user.reset_password',
      entityType: 'user',
      entityId: user.id,
      departmentId: user.departmentId,
      details: { sessionsEnded: ended },
    });
  });
}
