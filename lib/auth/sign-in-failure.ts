// What the sign-in form says when signing in failed: locked (and for how
// long), a wrong password (never whether the account exists), the database
// away (not "wrong password"), or any other fault with its reference.
import 'server-only';
import { AuthError } from 'next-auth';
import { asFormState, failure } from '@/lib/actions/run-action';
import type { ActionState } from '@/lib/actions/action-state';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { throttledSeconds } from './auth';

export function signInFailureState(error: unknown, values: { username: string }): ActionState {
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
    return { status: 'error', message: '系统暂时无法完成登录（数据库无法连接或响应过慢），请稍后重试。', fieldErrors: {}, values };
  }
  if (error instanceof AuthError && error.type === 'CredentialsSignin') {
    return { status: 'error', message: '用户名或密码不正确，或该账号已停用。', fieldErrors: { password: '用户名或密码不正确。' }, values };
  }
  return asFormState(failure(error, 'sign-in'));
}
