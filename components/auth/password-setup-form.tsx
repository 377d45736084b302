'use client';

import { useActionState } from 'react';
import { setUpPasswordAction } from '@/app/setup/actions';
import { idleState } from '@/lib/actions/action-state';
import { TextField } from '@/components/admin/text-field';
import { PASSWORD_RULES_TEXT } from '@/lib/auth/password-rules';

export function PasswordSetupForm({ token, username }: { token: string; username: string }) {
  const [state, formAction, pending] = useActionState(setUpPasswordAction, idleState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.status === 'error' && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
          {state.message}
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <TextField id="password" name="password" type="password" label="新密码" required autoComplete="new-password" error={errors.password} hint={PASSWORD_RULES_TEXT} />
      <TextField id="confirm" name="confirm" type="password" label="再次填写新密码" required autoComplete="new-password" error={errors.confirm} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? '正在保存…' : '设置密码'}
      </button>
    </form>
  );
}
