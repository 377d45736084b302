// The one Prisma client of the application (PostgreSQL through node-postgres).
// It is created on first use, so that building the app needs no database.
import 'server-only';
import { databaseUrl } from '@/lib/env';
import { APP_DATABASE_TIMEOUTS, createDbClient, lazyClient, type DbClient, type DbTx } from './create-client';

const globalForDb = globalThis as unknown as { nianbaoDb?: DbClient };

// On globalThis: one client (one pool) per process, also across dev reloads.
export const db: DbClient = lazyClient(() => (globalForDb.nianbaoDb ??= createDbClient(databaseUrl(), { timeouts: APP_DATABASE_TIMEOUTS })));

export type Db = DbClient;
/** A transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = DbTx;
