// Environment variables, validated once with zod. Scripts validate them at
// start (scripts/start.ts); the server validates them when it boots
// (instrumentation.ts), so a bad value stops the process with a clear message
// instead of failing on the first request.
import { z } from 'zod';

const postgresUrl = z
  .string({ error: 'DATABASE_URL is not set' })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'DATABASE_URL must be a postgresql:// URL');

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl,
  AUTH_SECRET: z.string({ error: 'AUTH_SECRET is not set' }).min(32, 'AUTH_SECRET must be at least 32 characters'),
  /** Public origin of the portal, used in e-mails and the sitemap; unset: the address each request came to. */
  PUBLIC_BASE_URL: z.url({ error: 'PUBLIC_BASE_URL must be an absolute URL' }).optional(),
  /** smtp:// or smtps:// URL of the mail relay; mail is off when unset. */
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\//.test(value), 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('章贡区政府信息公开年报系统 <noreply@nianbao.local>'),
  /** Chromium used to print published reports as PDF; PDF downloads answer 503 when it is missing. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** The Redis that every replica shares Next's page cache through (lib/cache/shared-cache-handler.mjs); unset: each process caches alone. */
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\/[^/]/.test(value), 'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://redis:6379')
    .optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Parses `source`; throws one error listing every problem. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = serverEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** DATABASE_URL alone, for code that needs only the database (scripts, the Prisma client). */
export function databaseUrl(source: Record<string, string | undefined> = process.env): string {
  const result = postgresUrl.safeParse(source.DATABASE_URL);
  if (!result.success) throw new Error(`Invalid environment: ${result.error.issues[0]?.message}`);
  return result.data;
}

let cached: ServerEnv | undefined;

/** The validated server environment (parsed on first use). */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
