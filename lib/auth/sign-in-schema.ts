// The sign-in form's fields, shared by the form and the server.
import { z } from '@/lib/zod';

/**
 * The return address after signing in, if it is a path inside the portal:
 * no other host (//host, /\host, which browsers read as //host) and no
 * whitespace (a tab inside /\t/host is dropped by browsers too).
 */
export function safeReturnPath(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : undefined;
}

export const signInSchema = z.object({
  username: z
    .string({ error: '请输入用户名。' })
    .trim()
    .min(1, '请输入用户名。')
    .max(64, '用户名不能超过 64 个字符。')
    .transform((value) => value.toLowerCase()),
  password: z.string({ error: '请输入密码。' }).min(1, '请输入密码。').max(200, '密码过长。'),
  /** Where to go after signing in; only paths inside the portal are kept. */
  next: z.string().optional().transform(safeReturnPath),
});
