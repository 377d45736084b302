'use server';

// Server actions of the oversight pages: who is calling (401), the policy
// (403), the input (zod), the use case, then the pages to refresh.
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { requireActionPermission } from '@/lib/auth/guard';
import { asFormState, failure, invalidInput } from '@/lib/actions/run-action';
import type { ActionState } from '@/lib/actions/action-state';
import { isForm, malformedFormState } from '@/lib/actions/form-input';
import { getYearSettings } from '@/lib/oversight/district-deadlines';
import { resolveDistrict } from '@/lib/oversight/districts';
import { reminderSchema } from '@/lib/oversight/oversight-schemas';
import { sendReminders } from '@/lib/oversight/reminders';

/** 催报: one department, or every overdue one (target = "overdue"). */
export async function sendReminderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireActionPermission('oversight.remind');
  if (!isForm(formData)) return malformedFormState();
  const parsed = reminderSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return asFormState(invalidInput(parsed.error));
  const district = await resolveDistrict(parsed.data.district);
  if (!district) notFound();
  try {
    const { deadlines } = await getYearSettings(district.id, parsed.data.year);
    const sent = await sendReminders(user, district, deadlines, { target: parsed.data.target, note: parsed.data.note });
    revalidatePath('/review/dashboard');
    if (sent.departments === 0) return { status: 'success', message: '目前没有逾期的部门，未发送提醒。' };
    return { status: 'success', message: `已向 ${sent.departments} 个部门发送提醒（${sent.people} 人）。` };
  } catch (error) {
    return asFormState(failure(error, 'send reminders'));
  }
}
