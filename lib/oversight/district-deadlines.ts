// The district's own deadlines for a year and its automatic reminders, set by
// the admin; audited. Saving runs the automatic reminders at once, so a
// reminder due today goes out without waiting for the next periodic run.
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import { UserError } from '@/lib/errors';
import { deadlineProblem, yearDeadlines, type YearDeadlines } from './deadlines';
import type { DistrictChoice } from './districts';
import type { YearDeadlinesInput } from './oversight-schemas';

export interface YearSettings {
  deadlines: YearDeadlines;
  remindersEnabled: boolean;
  reminderDays: number[];
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export async function getYearSettings(districtId: string, year: number): Promise<YearSettings> {
  const row = await db.districtDeadline.findUnique({ where: { districtId_year: { districtId, year } } });
  return {
    deadlines: yearDeadlines(year, row ? { submitBy: day(row.submitBy), publishBy: day(row.publishBy) } : null),
    remindersEnabled: row?.remindersEnabled ?? false,
    reminderDays: row?.reminderDays ?? [7, 3, 1],
  };
}

export async function saveYearSettings(actor: AuditActor, district: DistrictChoice, input: YearDeadlinesInput): Promise<YearSettings> {
  const fieldErrors: Record<string, string> = {};
  const submit = deadlineProblem(input.year, '报送', input.submitBy);
  const publish = deadlineProblem(input.year, '发布', input.publishBy);
  if (submit) fieldErrors.submitBy = submit;
  if (publish) fieldErrors.publishBy = publish;
  if (input.submitBy && input.publishBy && input.submitBy > input.publishBy) fieldErrors.publishBy = '发布期限不能早于报送期限。';
  if (Object.keys(fieldErrors).length) throw UserError.invalid(Object.values(fieldErrors)[0]!, fieldErrors);

  const data = {
    submitBy: input.submitBy ? new Date(`${input.submitBy}T00:00:00Z`) : null,
    publishBy: input.publishBy ? new Date(`${input.publishBy}T00:00:00Z`) : null,
    remindersEnabled: input.remindersEnabled,
    reminderDays: input.reminderDays,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.districtDeadline.findUnique({ where: { districtId_year: { districtId: district.id, year: input.year } } });
    await tx.districtDeadline.upsert({
      where: { districtId_year: { districtId: district.id, year: input.year } },
      create: { districtId: district.id, year: input.year, ...data },
      update: data,
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'district.deadlines',
      entityType: 'district',
      entityId: district.id,
      details: {
        year: input.year,
        before: before ? { submitBy: day(before.submitBy), publishBy: day(before.publishBy), remindersEnabled: before.remindersEnabled, reminderDays: before.reminderDays } : null,
        after: { submitBy: input.submitBy, publishBy: input.publishBy, remindersEnabled: input.remindersEnabled, reminderDays: input.reminderDays },
      },
    });
  });
  return getYearSettings(district.id, input.year);
}
