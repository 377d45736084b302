// The district's workflow settings: whether a department's reviewer must sign
// each report off (先审后发) before the district reviews it, and whether a
// year's report may be submitted before the year ends (tests, demonstrations).
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import type { z } from '@/lib/zod';
import type { districtSettingsSchema } from './admin-schemas';

export async function getDistrictSettings() {
  const district = await db.district.findFirst({
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, signOffRequired: true, earlySubmission: true },
  });
  if (!district) return null;
  // Departments whose reports would wait for a sign-off nobody can give.
  const withoutReviewer = await db.department.findMany({
    where: { districtId: district.id, active: true, users: { none: { role: 'DEPARTMENT_REVIEWER', disabled: false } } },
    orderBy: { sortOrder: 'asc' },
    take: 20,
    select: { name: true },
  });
  return { ...district, withoutReviewer: withoutReviewer.map((department) => department.name) };
}

export async function updateDistrictSettings(actor: AuditActor, input: z.infer<typeof districtSettingsSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.district.findFirst({ orderBy: { createdAt: 'asc' } });
    if (!before) throw UserError.conflict('尚未设置行政区。');
    const district = await tx.district.update({ where: { id: before.id }, data: input });
    await recordAuditEvent(tx, {
      actor,
      action: 'district.settings',
      entityType: 'district',
      entityId: district.id,
      details: {
        signOffRequired: { from: before.signOffRequired, to: district.signOffRequired },
        earlySubmission: { from: before.earlySubmission, to: district.earlySubmission },
      },
    });
    return district;
  });
}
