'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, throttledSeconds } from '@/lib/auth/auth';
import { landingPath, type Role } from '@/lib/auth/policy';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { db } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { asFormState, failure, invalidInput } from '@/lib/actions/run-action';
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

  let role: Role;
  try {
    await signIn('credentials', { username: parsed.data.username, password: parsed.data.password, redirect: false });
    const user = await db.user.findUniqueOrThrow({ where: { username: parsed.data.username }, select: { role: true } });
    role = user.role as Role;
  } catch (error) {
    const wait = throttledSeconds(error);
    if (wait !== null) {
      const minutes = Math.max(1, Math.ceil(wait / 60));
      return {
        status: 'error',
        message: `登录尝试次数过多，已暂时锁定。请 ${minutes} 分钟后再试；如忘记密码，请联系管理员重置。`,
        fieldErrors: { password: `请 ${minutes} 分钟后再试。` },
        values,
      };
    }
    if (error instanceof AuthError && error.type !== 'CredentialsSignin' && isDatabaseUnavailable(error)) {
      // Not a wrong password: the database did not answer while checking it.
      return { status: 'error', message: '系统暂时无法完成登录（数据库无法连接或响应过慢），请稍后重试。', fieldErrors: {}, values };
    }
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      return {
        status: 'error',
        message: '用户名或密码不正确，或该账号已停用。',
        fieldErrors: { password: '用户名或密码不正确。' },
        values,
      };
    }
    return asFormState(failure(error, 'sign-in'));
  }
  redirect(parsed.data.next ?? landingPath(role));
}
