'use client';

import { useActionState } from 'react';
import { createDepartmentAction, updateDepartmentAction } from '@/app/(workspace)/admin/actions';
import { idleState, previousValue } from '@/lib/actions/action-state';
import { fieldError, FormMessage } from './form-message';
import { TextField } from './text-field';

interface DepartmentValues {
  id: string;
  name: string;
  shortName: string;
  slug: string;
  address: string;
  phone: string;
  email: string;
  active: boolean;
}

/** Adds a department, or edits one (with `department`). */
export function DepartmentForm({ department }: { department?: DepartmentValues }) {
  const [state, action, pending] = useActionState(department ? updateDepartmentAction : createDepartmentAction, idleState);
  const prefix = department ? `dept-${department.slug}` : 'new-dept';
  return (
    <form action={action} className="space-y-4" noValidate>
      {department && <input type="hidden" name="id" value={department.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${prefix}-name`} name="name" label="部门全称" required defaultValue={previousValue(state, 'name', department?.name)} error={fieldError(state, 'name')} hint="例如 章贡区财政局" />
        <TextField id={`${prefix}-short`} name="shortName" label="部门简称" required defaultValue={previousValue(state, 'shortName', department?.shortName)} error={fieldError(state, 'shortName')} hint="例如 区财政局" />
        <TextField id={`${prefix}-slug`} name="slug" label="网址标识" required defaultValue={previousValue(state, 'slug', department?.slug)} error={fieldError(state, 'slug')} hint="用于公开网址，例如 finance" />
        <TextField id={`${prefix}-address`} name="address" label="地址" defaultValue={previousValue(state, 'address', department?.address)} error={fieldError(state, 'address')} />
        <TextField id={`${prefix}-phone`} name="phone" label="电话" defaultValue={previousValue(state, 'phone', department?.phone)} error={fieldError(state, 'phone')} />
        <TextField id={`${prefix}-email`} name="email" label="电子邮箱" type="email" defaultValue={previousValue(state, 'email', department?.email)} error={fieldError(state, 'email')} />
      </div>
      {department && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={department.active} className="h-5 w-5" />
          启用（停用的部门不能新建报告）
        </label>
      )}
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {department ? '保存' : '新增部门'}
      </button>
    </form>
  );
}
