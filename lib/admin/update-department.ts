import 'server-only';
import { db } from '@/lib/db/client';
import { uniqueViolation } from '@/lib/db/unique-violation';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { departmentSearchFields, syncPublicDepartment } from '@/lib/public/public-index';
import { UserError } from '@/lib/errors';
import type { z } from '@/lib/zod';
import type { updateDepartmentSchema } from './admin-schemas';

export async function updateDepartment(actor: AuditActor, input: z.infer<typeof updateDepartmentSchema>) {
  const { id, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.department.findUnique({ where: { id } });
      if (!before) throw UserError.notFound('该部门不存在。');
      const department = await tx.department.update({ where: { id }, data: { ...data, ...departmentSearchFields(data) } });
      await syncPublicDepartment(tx, id);
      const years = await tx.publicReport.findMany({ where: { departmentId: id }, select: { year: true } });
      await recordAuditEvent(tx, {
        actor,
        action: 'department.update',
        entityType: 'department',
        entityId: id,
        departmentId: id,
        details: {
          changed: Object.keys(data).filter((key) => before[key as keyof typeof before] !== data[key as keyof typeof data]),
        },
      });
      // What the public pages must show afresh: the old and new address, every year it has reports for.
      return { department, publicSlugs: [...new Set([before.slug, department.slug])], publicYears: years.map((row) => row.year) };
    });
  } catch (error) {
    throw uniqueViolation(error, { slug: '该网址标识已被其他部门使用。', name: '已有同名部门。' }) ?? error;
  }
}
