// The committed migrations build the schema from an empty database, with the
// schema engine this machine has (the WebAssembly one where the native engine
// could not be downloaded), and they match schema.prisma exactly.
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { runPrisma } from '@/scripts/prisma.mjs';
import { createDatabaseIfMissing, withDatabase } from '@/scripts/lib/database';

const adminUrl = inject('pgAdminUrl');
const migrationNames = readdirSync(new URL('./migrations', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('apply to an empty database', async () => {
    const name = `migrations_${Date.now()}`;
    await createDatabaseIfMissing(adminUrl, name);
    const url = withDatabase(adminUrl, name);
    const env = { ...process.env, DATABASE_URL: url };

    expect(await query(url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).toHaveLength(0);
    expect(await runPrisma(['migrate', 'deploy'], { env, stdio: 'ignore' })).toBe(0);

    const applied = await query<{ migration_name: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(applied.map((row) => row.migration_name)).toEqual(migrationNames);
    expect(applied.every((row) => row.finished_at !== null)).toBe(true);

    const tables = (await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
      .map((row) => row.tablename)
      .sort();
    expect(tables).toEqual(
      expect.arrayContaining(['audit_events', 'departments', 'districts', 'reports', 'user_sessions', 'users']),
    );
    expect(await runPrisma(['migrate', 'status'], { env, stdio: 'ignore' })).toBe(0);
  });

  it('leave no difference between the migrations and schema.prisma', async () => {
    const env = { ...process.env, DATABASE_URL: withDatabase(adminUrl, inject('templateDatabase')) };
    const code = await runPrisma(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'],
      { env, stdio: 'ignore' },
    );
    // 0: no difference; 2: the schema changed without a migration.
    expect(code).toBe(0);
  });
});
