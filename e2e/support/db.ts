// Direct access to the e2e server's database, to check what the UI did.
import { readFileSync } from 'node:fs';
import { createDbClient, type DbClient } from '@/lib/db/create-client';
import { E2E_STATE_FILE } from './constants';

let client: DbClient | undefined;

function connect(): DbClient {
  if (!client) {
    const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
    client = createDbClient(databaseUrl, { maxConnections: 2 });
  }
  return client;
}

/**
 * The database of the running e2e server. Connects on first use, not when a
 * spec file is loaded (Playwright loads files before its web server writes
 * the address, e.g. for `--list`).
 */
export function e2eDb(): DbClient {
  return new Proxy({} as DbClient, {
    get(_target, property) {
      const real = connect();
      const value: unknown = Reflect.get(real, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
    },
  });
}

/** A department's report of a year (the demo data has one for most). */
export function reportAt(slug: string, year: number) {
  return connect().report.findFirstOrThrow({ where: { year, department: { slug } } });
}
