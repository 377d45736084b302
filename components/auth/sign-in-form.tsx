'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/login/actions';
import { idleState, previousValue } from '@/lib/actions/action-state';

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState(signInAction, idleState);
  const errors = state.status === 'error' ? state.fieldErrors : {};

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.status === 'error' && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
          {state.message}
        </div>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="username" className="field-label">
          用户名
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          defaultValue={previousValue(state, 'username')}
          required
          className="field-input"
          aria-invalid={errors.username ? true : undefined}
          aria-describedby={errors.username ? 'username-error' : undefined}
        />
        {errors.username && (
          <p id="username-error" className="field-error">
            {errors.username}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="field-input"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'password-error' : undefined}
        />
        {errors.password && (
          <p id="password-error" className="field-error">
            {errors.password}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}
