// Brings a database up to date: migrations, the application role's rights,
// then demo data if it is empty. Everything here runs as the owner.
import { createDbClient } from '@/lib/db/create-client';
import { fillMissingSearchTokens } from '@/lib/public/public-index';
import { fillMissingPublicDetails } from '@/lib/public/public-details';
import { runPrisma } from '../prisma.mjs';
import { appRoleProblems, grantAppPrivileges, roleOf } from './db-roles';
import { printDemoLogins, seedDatabase } from './seed-database';

export interface PrepareOptions {
  /** Also create generated demo reports (never on a real deployment's database). */
  demoReports: boolean;
  /** The demo accounts with the demo password (default: with demoReports, or NIANBAO_DEMO=1); otherwise an admin without a password. */
  demoAccounts?: boolean;
  log: (line: string) => void;
  /** Show the Prisma CLI's output (migration names); otherwise only errors. */
  verbose?: boolean;
  /**
   * The application's connection (DATABASE_URL). When its role is not the
   * owner's, it is granted exactly the application's rights after migrating;
   * when it is the same role (no MIGRATION_DATABASE_URL), that is said once.
   */
  appUrl?: string;
}

/**
 * `url` is the owner's connection (MIGRATION_DATABASE_URL, or DATABASE_URL in a
 * single-role deployment). Returns a function that prints the demo logins, if
 * they still work.
 */
export async function prepareDatabase(url: string, options: PrepareOptions): Promise<() => void> {
  options.log('Applying database migrations …');
  const code = await runPrisma(['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: options.verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  });
  if (code !== 0) throw new Error('prisma migrate deploy failed (see the messages above)');
  if (options.appUrl) await grantAfterMigrating(url, options.appUrl, options.log);
  const db = createDbClient(url, { maxConnections: 2 });
  try {
    const seeded = await seedDatabase(db, options);
    const tokenised = await fillMissingSearchTokens(db);
    if (tokenised > 0) options.log(`Indexed ${tokenised} published reports for the public search.`);
    const detailed = await fillMissingPublicDetails(db);
    if (detailed > 0) options.log(`Indexed the cells, rule results and texts of ${detailed} published reports (district summary, statistics, 雷同).`);
    return await printDemoLogins(db, seeded, options.log);
  } finally {
    await db.$disconnect();
  }
}

/** The owner grants the application's role its rights (idempotent), then checks that it has no more. */
export async function grantAfterMigrating(ownerUrl: string, appUrl: string, log: (line: string) => void): Promise<void> {
  const appRole = roleOf(appUrl);
  if (appRole === roleOf(ownerUrl)) {
    log(
      `Warning: the portal connects as the role that owns the tables (${appRole}): it could change the schema or switch off the audit log's protection. ` +
        'Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role that owns nothing (README, "Database roles").',
    );
    return;
  }
  await grantAppPrivileges(ownerUrl, appRole);
  for (const problem of await appRoleProblems(ownerUrl, appRole)) log(`Warning: ${problem} (README, "Database roles").`);
}
