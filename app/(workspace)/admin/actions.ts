'use server';

// Server actions of the admin pages: parse with zod, authorize with the
// policy (403 when refused), call the domain function, revalidate.
import { revalidatePath } from 'next/cache';
import { createDepartment } from '@/lib/admin/create-department';
import { createUser } from '@/lib/admin/create-user';
import { resetPassword } from '@/lib/admin/reset-password';
import { setUserDisabled } from '@/lib/admin/set-user-disabled';
import { updateDepartment } from '@/lib/admin/update-department';
import { createUserSchema, departmentSchema, resetPasswordSchema, setUserDisabledSchema, updateDepartmentSchema } from '@/lib/admin/admin-schemas';
import { actionError, invalidInputState } from '@/lib/actions/action-error';
import { submittedValues, type ActionState } from '@/lib/actions/action-state';
import { requireActionPermission } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/reports/revalidate-public';

const fields = (formData: FormData) => Object.fromEntries(formData.entries());

/** Keeps what the user typed in the form after an error. */
function withValues(state: ActionState, formData: FormData): ActionState {
  return state.status === 'error' ? { ...state, values: submittedValues(formData) } : state;
}

export async function createDepartmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = departmentSchema.safeParse(fields(formData));
  if (!parsed.success) return withValues(invalidInputState(parsed.error), formData);
  const user = await requireActionPermission('department.manage');
  try {
    const department = await createDepartment(user, parsed.data);
    revalidatePath('/admin/departments');
    // Department names, contacts and the directory's department list are public.
    await revalidatePublicPages();
    return { status: 'success', message: `已新增部门“${department.name}”。` };
  } catch (error) {
    return withValues(actionError(error, 'create department'), formData);
  }
}

export async function updateDepartmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = updateDepartmentSchema.safeParse(fields(formData));
  if (!parsed.success) return withValues(invalidInputState(parsed.error), formData);
  const user = await requireActionPermission('department.manage');
  try {
    const department = await updateDepartment(user, parsed.data);
    revalidatePath('/admin/departments');
    // Department names, contacts and the directory's department list are public.
    await revalidatePublicPages();
    return { status: 'success', message: `已保存“${department.name}”。` };
  } catch (error) {
    return withValues(actionError(error, 'update department'), formData);
  }
}

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = createUserSchema.safeParse(fields(formData));
  if (!parsed.success) return withValues(invalidInputState(parsed.error), formData);
  const user = await requireActionPermission('user.manage');
  try {
    const created = await createUser(user, parsed.data);
    revalidatePath('/admin/users');
    return { status: 'success', message: `已新增用户 ${created.username}（${created.displayName}）。` };
  } catch (error) {
    return withValues(actionError(error, 'create user'), formData);
  }
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = resetPasswordSchema.safeParse(fields(formData));
  if (!parsed.success) return withValues(invalidInputState(parsed.error), formData);
  const user = await requireActionPermission('user.manage');
  try {
    await resetPassword(user, parsed.data);
    revalidatePath('/admin/users');
    return { status: 'success', message: '密码已重置，该用户已登录的会话均已退出。' };
  } catch (error) {
    return withValues(actionError(error, 'reset password'), formData);
  }
}

export async function setUserDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = setUserDisabledSchema.safeParse(fields(formData));
  if (!parsed.success) return withValues(invalidInputState(parsed.error), formData);
  const user = await requireActionPermission('user.manage');
  try {
    await setUserDisabled(user, parsed.data);
    revalidatePath('/admin/users');
    return { status: 'success', message: parsed.data.disabled ? '已停用该用户，其登录会话已全部退出。' : '已启用该用户。' };
  } catch (error) {
    return withValues(actionError(error, 'set user disabled'), formData);
  }
}
