// Builds a Prisma client for a connection string. The application uses the
// single client in ./client.ts; scripts and tests build their own here.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

/**
 * Limits on every database call of the application, so that a database that
 * is gone or stalled (stopped, restarting, a lock held) makes a request fail
 * within seconds with a clear message instead of hanging (./client.ts):
 * - connecting: 3 s;
 * - a statement, on the server: 4 s (a lock wait: 3 s) — no page of the
 *   portal needs more (`npm run bench`: the slowest query p95 is ~0.2 s at
 *   province size, a whole uncached statistics page ~0.8 s);
 * - a query, on the client, when the server does not answer at all: 4.5 s;
 * - a transaction left open by a stalled request: ended after 10 s.
 * Scripts (migrations, seeding, batch indexing) run without them.
 */
export const APP_DATABASE_TIMEOUTS = {
  connectionTimeoutMillis: 3_000,
  statement_timeout: 4_000,
  lock_timeout: 3_000,
  query_timeout: 4_500,
  idle_in_transaction_session_timeout: 10_000,
} as const;

export function createDbClient(connectionString: string, options: { maxConnections?: number; timeouts?: typeof APP_DATABASE_TIMEOUTS } = {}) {
  const adapter = new PrismaPg(
    { connectionString, max: options.maxConnections ?? 10, ...options.timeouts, keepAlive: true },
    // An idle connection that dies (the database restarted) is dropped from
    // the pool and replaced on the next use; the process carries on.
    { onPoolError: (error) => console.warn(`[db] idle database connection lost: ${error.message}`) },
  );
  // A transaction waits up to 4 s for a connection of the pool (Prisma's default, 2 s, refused saves
  // in bursts of 50 editors: `npm run loadtest`), and may run 8 s (the statements inside have their own 4 s).
  return new PrismaClient({ adapter, ...(options.timeouts ? { transactionOptions: { maxWait: 4_000, timeout: 8_000 } } : {}) });
}

export type DbClient = ReturnType<typeof createDbClient>;
/** A transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type DbTx = Parameters<Parameters<DbClient['$transaction']>[0]>[0];

/**
 * A client that connects on first use (`connect` runs once, then its client
 * answers every call), so that importing a module that holds one needs no
 * database: building the app, listing tests.
 */
export function lazyClient(connect: () => DbClient): DbClient {
  let client: DbClient | undefined;
  return new Proxy({} as DbClient, {
    get(_target, property) {
      client ??= connect();
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
    },
  });
}
