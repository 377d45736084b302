'use server';

import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { landingPathOf } from '@/lib/auth/landing';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { signInFailureState } from '@/lib/auth/sign-in-failure';
import { asFormState, invalidInput } from '@/lib/actions/run-action';
import type { ActionState } from '@/lib/actions/action-state';
import { isForm, malformedFormState } from '@/lib/actions/form-input';

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return malformedFormState();
  const parsed = signInSchema.safeParse({
    username: formData.get('username'),
    password: formData.get('password'),
    next: formData.get('next') ?? undefined,
  });
  const values = { username: String(formData.get('username') ?? '') };
  if (!parsed.success) return { ...asFormState(invalidInput(parsed.error, '请填写用户名和密码。')), values } as ActionState;

  let landing: string;
  try {
    await signIn('credentials', { username: parsed.data.username, password: parsed.data.password, redirect: false });
    landing = await landingPathOf(parsed.data.username);
  } catch (error) {
    return signInFailureState(error, values);
  }
  redirect(parsed.data.next ?? landing);
}
