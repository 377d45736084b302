// Builds a Prisma client for a connection string. The application uses the
// single client in ./client.ts; scripts and tests build their own here.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

export function createDbClient(connectionString: string, options: { maxConnections?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}

export type DbClient = ReturnType<typeof createDbClient>;
