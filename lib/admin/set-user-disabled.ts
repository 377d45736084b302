// Disables a user (their sessions end at once) or enables them again.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { endAllUserSessions } from '@/lib/auth/user-sessions';
import { UserError } from '@/lib/errors';

export async function setUserDisabled(actor: AuditActor, input: { userId: string; disabled: boolean }) {
  if (input.userId === actor.id && input.disabled) throw UserError.invalid('不能停用自己的账号。');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw UserError.notFound('该用户不存在。');
    await tx.user.update({ where: { id: user.id }, data: { disabled: input.disabled } });
    const ended = input.disabled ? await endAllUserSessions(tx, user.id) : 0;
    await recordAuditEvent(tx, {
      actor,
      action: input.disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: user.id,
      departmentId: user.departmentId,
      details: { sessionsEnded: ended },
    });
  });
}
