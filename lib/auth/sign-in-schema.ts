// The sign-in form's fields, shared by the form and the server.
import { z } from '@/lib/zod';

export const signInSchema = z.object({
  username: z
    .string({ error: '请输入用户名。' })
    .trim()
    .min(1, '请输入用户名。')
    .max(64, '用户名不能超过 64 个字符。')
    .transform((value) => value.toLowerCase()),
  password: z.string({ error: '请输入密码。' }).min(1, '请输入密码。').max(200, '密码过长。'),
  /** Where to go after signing in; only paths inside the portal are kept. */
  next: z
    .string()
    .optional()
    .transform((value) => (value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : undefined)),
});

export type SignInInput = z.infer<typeof signInSchema>;
