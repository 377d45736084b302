import 'server-only';
import { db } from '@/lib/db/client';
import { uniqueViolation } from '@/lib/db/unique-violation';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { departmentSearchFields } from '@/lib/public/public-index';
import { UserError } from '@/lib/errors';
import type { z } from '@/lib/zod';
import type { departmentSchema } from './admin-schemas';

export async function createDepartment(actor: AuditActor, input: z.infer<typeof departmentSchema>) {
  const district = await db.district.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!district) throw UserError.conflict('尚未设置行政区，不能新增部门。');
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.department.aggregate({ _max: { sortOrder: true } });
      const department = await tx.department.create({
        data: { ...input, ...departmentSearchFields(input), districtId: district.id, sortOrder: (last._max.sortOrder ?? 0) + 10 },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'department.create',
        entityType: 'department',
        entityId: department.id,
        departmentId: department.id,
        details: { name: department.name, slug: department.slug },
      });
      return department;
    });
  } catch (error) {
    throw uniqueViolation(error, { slug: '该网址标识已被其他部门使用。', name: '已有同名部门。' }) ?? error;
  }
}
