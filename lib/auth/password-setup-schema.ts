// The password setup form's fields (app/setup), shared by the form and the server.
import { z } from '@/lib/zod';
import { PASSWORD_MAX_LENGTH } from './password-rules';

export const passwordSetupSchema = z
  .object({
    token: z.string({ error: '缺少设置链接。' }).min(1, '缺少设置链接。').max(100, '设置链接不正确。'),
    password: z.string({ error: '请填写新密码。' }).min(1, '请填写新密码。').max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`),
    confirm: z.string({ error: '请再次填写新密码。' }).min(1, '请再次填写新密码。').max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: '两次填写的密码不一致。' });
