// The one Prisma client of the application (PostgreSQL through node-postgres).
// It is created on first use, so that building the app needs no database.
import 'server-only';
import { databaseUrl } from '@/lib/env';
import { createDbClient, type DbClient } from './create-client';

const globalForDb = globalThis as unknown as { nianbaoDb?: DbClient };

function instance(): DbClient {
  globalForDb.nianbaoDb ??= createDbClient(databaseUrl());
  return globalForDb.nianbaoDb;
}

export const db: DbClient = new Proxy({} as DbClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

export type Db = DbClient;
/** A transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<DbClient['$transaction']>[0]>[0];
