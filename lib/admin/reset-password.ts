// Sets a new password; the user's open sessions end.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { endAllUserSessions } from '@/lib/auth/user-sessions';
import { UserError } from '@/lib/errors';

export async function resetPassword(actor: AuditActor, input: { userId: string; password: string }) {
  const target = await db.user.findUnique({ where: { id: input.userId }, select: { username: true } });
  if (!target) throw UserError.notFound('该用户不存在。');
  // The schema checked the rules that need no user; this one needs its name.
  const problem = passwordProblem(input.password, target.username);
  if (problem) throw new UserError('invalid', problem, { fieldErrors: { password: problem } });
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
