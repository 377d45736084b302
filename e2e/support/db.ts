// Direct access to the e2e server's database, to check what the UI did.
import { readFileSync } from 'node:fs';
import { createDbClient, type DbClient } from '@/lib/db/create-client';
import { E2E_STATE_FILE } from './constants';

let client: DbClient | undefined;

export function e2eDb(): DbClient {
  if (!client) {
    const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
    client = createDbClient(databaseUrl, { maxConnections: 2 });
  }
  return client;
}
