// Gives the test file its own database, copied from the migrated template,
// before any application module reads DATABASE_URL. The application's code
// connects as the application's role (DATABASE_URL), as in production; a test
// that needs the owner's rights uses MIGRATION_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import pg from 'pg';
import { withDatabase } from '@/scripts/lib/database';
import { asTestApp, grantAppPrivileges, TEST_APP_ROLE } from '@/scripts/lib/db-roles';

const adminUrl = inject('pgAdminUrl');
const template = inject('templateDatabase');
const name = `nianbao_test_${randomBytes(6).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

const ownerUrl = withDatabase(adminUrl, name);
// The table rights come with the template; CONNECT is the new database's own.
await grantAppPrivileges(ownerUrl, TEST_APP_ROLE);
process.env.MIGRATION_DATABASE_URL = ownerUrl;
process.env.DATABASE_URL = asTestApp(ownerUrl);
process.env.AUTH_SECRET ??= 'integration-secret-integration-secret-0123';

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  await db.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
