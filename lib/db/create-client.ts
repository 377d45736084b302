// Builds a Prisma client for a connection string. The application uses the
// single client in ./client.ts; scripts and tests build their own here.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

export function createDbClient(connectionString: string, options: { maxConnections?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
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
