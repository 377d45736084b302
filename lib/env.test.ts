import { describe, expect, it } from 'vitest';
import { databaseUrl, parseServerEnv } from './env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/nianbao',
  AUTH_SECRET: 'x'.repeat(32),
};

describe('environment', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = parseServerEnv(valid);
    // Unset: links follow the address each request came to (lib/http/base-url.ts).
    expect(env.PUBLIC_BASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toContain('noreply');
  });

  it('names every problem at once', () => {
    expect(() => parseServerEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', SMTP_URL: 'http://mail' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*AUTH_SECRET: AUTH_SECRET must be at least 32 characters[\s\S]*SMTP_URL/,
    );
  });

  it('treats empty values as unset', () => {
    expect(parseServerEnv({ ...valid, SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it('takes a redis:// REDIS_URL for the shared page cache, and refuses anything else by name', () => {
    expect(parseServerEnv({ ...valid, REDIS_URL: 'redis://redis:6379' }).REDIS_URL).toBe('redis://redis:6379');
    expect(() => parseServerEnv({ ...valid, REDIS_URL: 'redis:6379' })).toThrow(/REDIS_URL: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('reads DATABASE_URL alone for database-only code', () => {
    expect(databaseUrl({ DATABASE_URL: valid.DATABASE_URL })).toBe(valid.DATABASE_URL);
    expect(() => databaseUrl({})).toThrow('DATABASE_URL is not set');
  });
});
