// Direct access to the e2e server's database, to check what the UI did.
import { readFileSync } from 'node:fs';
import { createDbClient, lazyClient, type DbClient } from '@/lib/db/create-client';
import { E2E_STATE_FILE } from './constants';

/**
 * The database of the running e2e server. Connects on first use, not when a
 * spec file is loaded (Playwright loads files before its web server writes
 * the address, e.g. for `--list`).
 */
const shared = lazyClient(() => {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
  return createDbClient(databaseUrl, { maxConnections: 2 });
});

export function e2eDb(): DbClient {
  return shared;
}

/** A department's report of a year (the demo data has one for most). */
export function reportAt(slug: string, year: number) {
  return shared.report.findFirstOrThrow({ where: { year, department: { slug } } });
}
