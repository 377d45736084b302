// Gives the test file its own database, copied from the migrated template,
// before any application module reads DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '@/scripts/lib/database';

const adminUrl = inject('pgAdminUrl');
const template = inject('templateDatabase');
const name = `nianbao_test_${randomBytes(6).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

process.env.DATABASE_URL = withDatabase(adminUrl, name);
process.env.AUTH_SECRET ??= 'integration-secret-integration-secret-0123';

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  await db.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
