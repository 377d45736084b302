import 'server-only';
import { db } from '@/lib/db/client';
import { uniqueViolation } from '@/lib/db/unique-violation';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { DEPARTMENT_ROLES } from '@/lib/auth/policy';
import { UserError } from '@/lib/errors';
import type { z } from '@/lib/zod';
import type { createUserSchema } from './admin-schemas';

export async function createUser(actor: AuditActor, input: z.infer<typeof createUserSchema>) {
  const departmentId = DEPARTMENT_ROLES.includes(input.role) ? input.departmentId : null;
  if (departmentId && !(await db.department.findUnique({ where: { id: departmentId } }))) {
    throw UserError.invalid('所选部门不存在。', { departmentId: '所选部门不存在。' });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          email: input.email || null,
          role: input.role,
          departmentId,
          passwordHash,
        },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        departmentId,
        details: { username: user.username, role: user.role },
      });
      return user;
    });
  } catch (error) {
    throw uniqueViolation(error, { username: '该用户名已被使用。' }) ?? error;
  }
}
