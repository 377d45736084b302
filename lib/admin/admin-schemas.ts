// Inputs of the admin forms, shared by the forms and the server actions.
import { z } from '@/lib/zod';
import { passwordProblem } from '@/lib/auth/password';
import { DEPARTMENT_ROLES, ROLES } from '@/lib/auth/policy';
import { DEPARTMENT_SLUG_PATTERN } from '@/lib/departments/slug';

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}。` })
    .trim()
    .min(1, `请填写${label}。`)
    .max(max, `${label}不能超过 ${max} 个字符。`);
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字符。`)
    .default('');

export const departmentSchema = z.object({
  name: text('部门全称', 60).refine((value) => /[\u4e00-\u9fff]/.test(value), '部门全称应为中文名称，例如“章贡区财政局”。'),
  shortName: text('部门简称', 30),
  slug: z
    .string({ error: '请填写网址标识。' })
    .trim()
    .toLowerCase()
    .regex(DEPARTMENT_SLUG_PATTERN, '网址标识只能包含小写字母、数字和连字符，以字母开头，2–40 个字符，例如 finance。'),
  address: optionalText('地址', 120),
  phone: optionalText('电话', 40).refine((value) => value === '' || /^[0-9+()\-\s]{5,40}$/.test(value), '电话只能包含数字、空格和 - + ( )。'),
  email: optionalText('电子邮箱', 120).refine((value) => value === '' || z.email().safeParse(value).success, '电子邮箱格式不正确。'),
});

const id = (what: string) => z.string({ error: `缺少${what}编号。` }).min(1, `缺少${what}编号。`).max(64, `${what}编号不正确。`);

export const updateDepartmentSchema = departmentSchema.extend({
  id: id('部门'),
  active: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

const password = z
  .string({ error: '请填写密码。' })
  .superRefine((value, context) => {
    const problem = passwordProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const createUserSchema = z
  .object({
    username: z
      .string({ error: '请填写用户名。' })
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9._-]{2,39}$/, '用户名只能包含小写字母、数字和 . _ -，以字母开头，3–40 个字符。'),
    displayName: text('姓名', 40),
    email: optionalText('电子邮箱', 120).refine((value) => value === '' || z.email().safeParse(value).success, '电子邮箱格式不正确。'),
    role: z.enum(ROLES, { error: '请选择角色。' }),
    departmentId: z.string().trim().max(64, '所选部门不正确。').default(''),
    password,
  })
  .superRefine((value, context) => {
    // The field's own check had no user name; this one has.
    const problem = value.password ? passwordProblem(value.password, value.username) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
    if (DEPARTMENT_ROLES.includes(value.role) && !value.departmentId) {
      const who = value.role === 'EDITOR' ? '部门编辑' : '部门负责人';
      context.addIssue({ code: 'custom', path: ['departmentId'], message: `${who}必须属于一个部门，请选择部门。` });
    }
  });

/** The district's settings: 先审后发 (the department's sign-off stage), and early submission for tests and demonstrations. */
export const districtSettingsSchema = z.object({
  signOffRequired: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
  earlySubmission: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});

export const resetPasswordSchema = z.object({ userId: id('用户'), password });

export const setUserDisabledSchema = z.object({
  userId: id('用户'),
  disabled: z.preprocess((value) => value === 'true' || value === true, z.boolean()),
});
