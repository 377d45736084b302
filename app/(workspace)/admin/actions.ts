'use server';

// Server actions of the admin pages: authorize with the policy first (401 for
// nobody, 403 when refused: an unauthorized caller learns nothing about the
// form), parse with zod, call the domain function, revalidate.
import { revalidatePath } from 'next/cache';
import { createDepartment } from '@/lib/admin/create-department';
import { createUser } from '@/lib/admin/create-user';
import { resetPassword } from '@/lib/admin/reset-password';
import { setUserDisabled } from '@/lib/admin/set-user-disabled';
import { updateDepartment } from '@/lib/admin/update-department';
import { createUserSchema, departmentSchema, districtSettingsSchema, resetPasswordSchema, setUserDisabledSchema, updateDepartmentSchema } from '@/lib/admin/admin-schemas';
import { updateDistrictSettings } from '@/lib/admin/district-settings';
import { saveYearSettings } from '@/lib/oversight/district-deadlines';
import { resolveDistrict } from '@/lib/oversight/districts';
import { yearDeadlinesSchema } from '@/lib/oversight/oversight-schemas';
import { runRemindersOnce } from '@/lib/oversight/schedule-reminders';
import { UserError } from '@/lib/errors';
import { asFormState, failure, invalidInput } from '@/lib/actions/run-action';
import { submittedValues, type ActionState } from '@/lib/actions/action-state';
import { isForm, malformedFormState } from '@/lib/actions/form-input';
import type { CurrentUser } from '@/lib/auth/current-user';
import { requireActionPermission } from '@/lib/auth/guard';
import type { Action } from '@/lib/auth/policy';
import { logError } from '@/lib/log';
import { revalidateDepartment } from '@/lib/public/revalidate-public';
import type { z } from '@/lib/zod';

interface FormStep<S extends z.ZodType, R> {
  schema: S;
  permission: Action;
  /** Names the use case in the log when it fails unexpectedly. */
  context: string;
  run: (user: CurrentUser, input: z.output<S>) => Promise<R>;
  /** The confirmation the form shows. */
  done: (result: R, input: z.output<S>) => string;
  /** Runs once the change is saved, outside the use case's error handling: the change stands whatever happens here. */
  revalidate: (result: R) => void | Promise<void>;
}

/**
 * An admin form's action: authorize, parse, run the use case (its errors go
 * back to the form with what the user typed), then revalidate and confirm.
 */
async function formAction<S extends z.ZodType, R>(formData: unknown, step: FormStep<S, R>): Promise<ActionState> {
  const user = await requireActionPermission(step.permission);
  if (!isForm(formData)) return malformedFormState();
  const parsed = step.schema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return { ...asFormState(invalidInput(parsed.error)), values: submittedValues(formData) };
  let result: R;
  try {
    result = await step.run(user, parsed.data);
  } catch (error) {
    return { ...asFormState(failure(error, step.context)), values: submittedValues(formData) };
  }
  try {
    await step.revalidate(result);
  } catch (error) {
    // Saved all the same: say so; the pages catch up on their next render.
    logError(`revalidation after ${step.context} failed`, error);
  }
  return { status: 'success', message: step.done(result, parsed.data) };
}

/** Department names, contacts and the directory's department list are public. */
function revalidateDepartments(slugs: string[], years: number[]) {
  revalidatePath('/admin/departments');
  revalidateDepartment(slugs, years);
}

const revalidateUsers = () => revalidatePath('/admin/users');

export async function createDepartmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(formData, {
    schema: departmentSchema,
    permission: 'department.manage',
    context: 'create department',
    run: createDepartment,
    done: (department) => `已新增部门“${department.name}”。`,
    revalidate: (department) => revalidateDepartments([department.slug], []),
  });
}

export async function updateDepartmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(formData, {
    schema: updateDepartmentSchema,
    permission: 'department.manage',
    context: 'update department',
    run: updateDepartment,
    done: ({ department }) => `已保存“${department.name}”。`,
    revalidate: ({ publicSlugs, publicYears }) => revalidateDepartments(publicSlugs, publicYears),
  });
}

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(formData, {
    schema: createUserSchema,
    permission: 'user.manage',
    context: 'create user',
    run: createUser,
    done: (created) => `已新增用户 ${created.username}（${created.displayName}）。`,
    revalidate: revalidateUsers,
  });
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(formData, {
    schema: resetPasswordSchema,
    permission: 'user.manage',
    context: 'reset password',
    run: resetPassword,
    done: () => '密码已重置，该用户已登录的会话均已退出。',
    revalidate: revalidateUsers,
  });
}

export async function setUserDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return formAction(formData, {
    schema: setUserDisabledSchema,
    permission: 'user.manage',
    context: 'set user disabled',
    run: setUserDisabled,
    done: (_result, input) => (input.disabled ? '已停用该用户，其登录会话已全部退出。' : '已启用该用户。'),
    revalidate: revalidateUsers,
  });
}

export async function updateDistrictSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  // Unchecked boxes are not sent: read as false.
  if (isForm(formData) && !formData.has('signOffRequired')) formData.set('signOffRequired', 'false');
  if (isForm(formData) && !formData.has('earlySubmission')) formData.set('earlySubmission', 'false');
  return formAction(formData, {
    schema: districtSettingsSchema,
    permission: 'district.manage',
    context: 'update district settings',
    run: updateDistrictSettings,
    done: (district) =>
      `已保存：${district.signOffRequired ? '提交后先由部门负责人签发' : '提交后直接由区政务公开办审核'}；${district.earlySubmission ? '允许提前提交（测试和演示）' : '统计期结束后方可提交'}。`,
    revalidate: () => revalidatePath('/admin/settings'),
  });
}

/** The district's deadlines for a year and its automatic reminders; reminders due today go out at once. */
export async function saveYearDeadlinesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (isForm(formData) && !formData.has('remindersEnabled')) formData.set('remindersEnabled', 'false');
  return formAction(formData, {
    schema: yearDeadlinesSchema,
    permission: 'district.manage',
    context: 'save year deadlines',
    run: async (user, input) => {
      const district = await resolveDistrict(input.district);
      if (!district) throw UserError.notFound('该行政区不存在。');
      return saveYearSettings(user, district, input);
    },
    done: (settings, input) =>
      `已保存${input.year}年度的期限设置${settings.remindersEnabled ? `；将在各期限前 ${settings.reminderDays.join('、')} 天自动提醒尚未完成的部门` : '；未开启自动提醒'}。`,
    revalidate: async () => {
      revalidatePath('/admin/deadlines');
      revalidatePath('/review/dashboard');
      await runRemindersOnce();
    },
  });
}
