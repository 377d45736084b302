'use client';

import { useActionState, useState } from 'react';
import { createUserAction, resetPasswordAction, setUserDisabledAction } from '@/app/(workspace)/admin/actions';
import { idleState, previousValue } from '@/lib/actions/action-state';
import { PASSWORD_RULES_TEXT } from '@/lib/auth/password-rules';
import { DEPARTMENT_ROLES, ROLE_LABELS, ROLES, type Role } from '@/lib/auth/policy';
import { fieldError, FormMessage } from './form-message';
import { TextField } from './text-field';

export function CreateUserForm({ departments }: { departments: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createUserAction, idleState);
  const [role, setRole] = useState<Role>('EDITOR');
  const departmentError = fieldError(state, 'departmentId');
  return (
    <form action={action} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="new-user-username" name="username" label="用户名" required defaultValue={previousValue(state, 'username')} error={fieldError(state, 'username')} hint="登录用，例如 finance.zhang" autoComplete="off" />
        <TextField id="new-user-name" name="displayName" label="姓名" required defaultValue={previousValue(state, 'displayName')} error={fieldError(state, 'displayName')} />
        <TextField id="new-user-email" name="email" type="email" label="电子邮箱" defaultValue={previousValue(state, 'email')} error={fieldError(state, 'email')} hint="用于接收审核通知" />
        <div>
          <label htmlFor="new-user-role" className="field-label">角色 <span aria-hidden="true">*</span></label>
          <select id="new-user-role" name="role" className="field-input" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((each) => (
              <option key={each} value={each}>{ROLE_LABELS[each]}</option>
            ))}
          </select>
        </div>
        {DEPARTMENT_ROLES.includes(role) && (
          <div>
            <label htmlFor="new-user-department" className="field-label">所属部门 <span aria-hidden="true">*</span></label>
            <select
              id="new-user-department"
              name="departmentId"
              className="field-input"
              defaultValue={previousValue(state, 'departmentId', '')}
              aria-invalid={departmentError ? true : undefined}
              aria-describedby={departmentError ? 'new-user-department-error' : undefined}
            >
              <option value="">请选择部门</option>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>{department.name}</option>
              ))}
            </select>
            {departmentError && <p id="new-user-department-error" className="field-error">{departmentError}</p>}
          </div>
        )}
        <TextField id="new-user-password" name="password" type="password" label="初始密码" required error={fieldError(state, 'password')} hint={PASSWORD_RULES_TEXT} autoComplete="new-password" />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>新增用户</button>
    </form>
  );
}

export function ResetPasswordForm({ userId, username }: { userId: string; username: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <TextField id={`reset-${username}`} name="password" type="password" label={`${username} 的新密码`} error={fieldError(state, 'password')} hint={PASSWORD_RULES_TEXT} autoComplete="new-password" />
      <button type="submit" className="btn-secondary" disabled={pending}>重置密码</button>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}

export function DisableUserForm({ userId, username, disabled }: { userId: string; username: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <button type="submit" className={disabled ? 'btn-secondary' : 'btn-danger'} disabled={pending} aria-label={`${disabled ? '启用' : '停用'}用户 ${username}`}>
        {disabled ? '启用' : '停用'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
