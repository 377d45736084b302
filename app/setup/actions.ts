'use server';

import { redirect } from 'next/navigation';
import { asFormState, failure, invalidInput } from '@/lib/actions/run-action';
import type { ActionState } from '@/lib/actions/action-state';
import { isForm, malformedFormState } from '@/lib/actions/form-input';
import { completePasswordSetup } from '@/lib/auth/complete-password-setup';
import { passwordSetupSchema } from '@/lib/auth/password-setup-schema';

/** Sets the first password with a one-time link; the link itself authorizes (no session exists yet). */
export async function setUpPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return malformedFormState();
  const parsed = passwordSetupSchema.safeParse({ token: formData.get('token'), password: formData.get('password'), confirm: formData.get('confirm') });
  if (!parsed.success) return asFormState(invalidInput(parsed.error, '请按提示修改后再提交。'));
  try {
    await completePasswordSetup(parsed.data);
  } catch (error) {
    return asFormState(failure(error, 'password-setup'));
  }
  redirect('/login?setup=done');
}
