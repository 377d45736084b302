// Starts one throwaway PostgreSQL for the integration tests and migrates a
// template database; every test file then gets a copy of it (setup-database.ts).
// The migrations run as the server's superuser (the owner); the application's
// role (TEST_APP_ROLE) gets its rights as `npm start` gives them.
import type { TestProject } from 'vitest/node';
import { runPrisma } from '@/scripts/prisma.mjs';
import { createDatabaseIfMissing, startTestServer, withDatabase, type DatabaseHandle } from '@/scripts/lib/database';
import { ensureTestAppRole, grantAppPrivileges, TEST_APP_ROLE } from '@/scripts/lib/db-roles';

export const TEMPLATE_DATABASE = 'nianbao_test_template';

let server: DatabaseHandle | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

export async function setup(project: TestProject) {
  server = await startTestServer();
  await createDatabaseIfMissing(server.adminUrl, TEMPLATE_DATABASE);
  const url = withDatabase(server.adminUrl, TEMPLATE_DATABASE);
  const code = await runPrisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  if (code !== 0) throw new Error('prisma migrate deploy failed on the test template database');
  await ensureTestAppRole(server.adminUrl);
  await grantAppPrivileges(url, TEST_APP_ROLE);
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
}

export async function teardown() {
  await server?.stop();
}
