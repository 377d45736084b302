// Checks made before the embedded PostgreSQL starts, so that a start-up that
// cannot work says why and what to do instead of failing with a bare
// "reason undefined" or "spawn … EACCES":
// - the port (EMBEDDED_POSTGRES_PORT, default 54320) is taken;
// - the data directory belongs to another major version of PostgreSQL;
// - run as root, PostgreSQL runs as the system user `postgres`, which must be
//   able to run the binaries (in node_modules) and reach the data directory.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join, parse } from 'node:path';

/** A start-up problem the user can fix: its message is printed alone, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export const DEFAULT_EMBEDDED_PORT = 54320;
/** How far past the default port a free one is looked for. */
const PORT_RANGE = 20;

/** The PostgreSQL binaries of embedded-postgres for this platform (the files it runs). */
export async function postgresBinaries(): Promise<{ postgres: string; initdb: string }> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string; initdb: string };
}

/** The major version of a `postgres` binary (`postgres -V`), or null if it cannot be run. */
export function binaryMajorVersion(postgres: string): number | null {
  const result = spawnSync(postgres, ['-V'], { encoding: 'utf8', timeout: 10_000 });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(result.stdout ?? '');
  return match ? Number(match[1]) : null;
}

/** Refuses a data directory written by another major version, which PostgreSQL cannot read. */
export function checkDataVersion(dataDir: string, major: number | null): void {
  const file = join(dataDir, 'PG_VERSION');
  if (major === null || !existsSync(file)) return;
  const found = readFileSync(file, 'utf8').trim();
  if (found === String(major)) return;
  throw new StartupError(
    [
      `The database in ${dataDir} was created by PostgreSQL ${found}, but the embedded PostgreSQL is version ${major}; one major version cannot read another's files.`,
      `To keep the data: back it up with PostgreSQL ${found}'s own tools (start it with PostgreSQL ${found} and run pg_dumpall), then move the directory away, start again (an empty database is created) and load the backup with psql.`,
      `To start over with an empty database: remove the directory (rm -rf ${dataDir}).`,
      `Or set DATABASE_URL to a PostgreSQL server of your own.`,
    ].join('\n'),
  );
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * The port to start on. A port the user chose (EMBEDDED_POSTGRES_PORT) is
 * used or refused with a message: silently using another would break
 * whatever relies on it. The default port, when taken (typically by another
 * checkout's database), gives way to the next free one, so that two checkouts
 * run side by side without configuration.
 */
export async function chooseEmbeddedPort(configured: string | undefined, log: (line: string) => void, defaultPort = DEFAULT_EMBEDDED_PORT): Promise<number> {
  const explicit = configured !== undefined && configured !== '';
  const preferred = explicit ? Number(configured) : defaultPort;
  if (!Number.isInteger(preferred) || preferred < 1 || preferred > 65535) {
    throw new StartupError(`EMBEDDED_POSTGRES_PORT must be a port number (1–65535), not "${configured}".`);
  }
  if (await portIsFree(preferred)) return preferred;
  let free: number | undefined;
  for (let port = preferred + 1; port <= Math.min(65535, preferred + PORT_RANGE) && free === undefined; port++) {
    if (await portIsFree(port)) free = port;
  }
  if (explicit) {
    throw new StartupError(
      `Port ${preferred} (EMBEDDED_POSTGRES_PORT) is already in use by another program — perhaps the database of another checkout of Nianbao. ` +
        `Stop that program, or choose another port${free ? `, e.g. EMBEDDED_POSTGRES_PORT=${free} npm start` : ''}.`,
    );
  }
  if (free === undefined) {
    throw new StartupError(`Ports ${preferred}–${preferred + PORT_RANGE} are all in use. Set EMBEDDED_POSTGRES_PORT to a free port.`);
  }
  log(`Port ${preferred} is in use by another program (another checkout's database?); the embedded PostgreSQL uses port ${free} instead (EMBEDDED_POSTGRES_PORT to choose).`);
  return free;
}

/** The server already running on `dataDir` (its postmaster.pid names a live process), with its port. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (a postgres run as the `postgres` user by a non-root us cannot be ours).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { pid, port };
}

/** What PostgreSQL's own messages say about a failed start, in a sentence with what to do. */
export function explainStartFailure(output: string, context: { port: number; dataDir: string }): string {
  const tail = output.trim().split('\n').slice(-8).join('\n');
  if (/Address already in use|could not create lock file ".*\.s\.PGSQL/.test(output)) {
    return `PostgreSQL could not listen on port ${context.port}: another program uses it. Stop it, or set EMBEDDED_POSTGRES_PORT to a free port.\n${tail}`;
  }
  if (/lock file "postmaster.pid" already exists/.test(output)) {
    return `Another PostgreSQL process is already running on ${context.dataDir} but does not answer on port ${context.port}. Stop it (or, if none runs, delete ${join(context.dataDir, 'postmaster.pid')}).\n${tail}`;
  }
  if (/database files are incompatible with server/.test(output)) {
    return `The database in ${context.dataDir} belongs to another version of PostgreSQL.\n${tail}`;
  }
  return `The embedded PostgreSQL did not start (data in ${context.dataDir}, port ${context.port}). Its last messages:\n${tail || '(none)'}`;
}

// ---------------------------------------------------------------- run as root

export interface SystemUser {
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The `postgres` system user PostgreSQL runs as under root, created as embedded-postgres would if missing. */
export function postgresSystemUser(): SystemUser {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    const added = spawnSync('useradd', ['--system', '-g', 'postgres', 'postgres'], { encoding: 'utf8' });
    if (added.status !== 0) throw new StartupError(`PostgreSQL cannot run as root, and the system user "postgres" could not be created (${added.stderr.trim() || added.error?.message}). Create it (useradd --system postgres) or run as another user.`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `user` can search (enter) `dir`, which needs every directory above it too. */
function canEnter(user: SystemUser, dir: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', dir], { uid: user.uid, gid: user.gid }).status === 0;
}

/** The first directory from / down to `dir` (itself included) that `user` cannot enter, if any. */
function firstClosedDirectory(user: SystemUser, dir: string): string | undefined {
  const chain: string[] = [];
  for (let each = dir; each !== parse(each).root; each = dirname(each)) chain.unshift(each);
  return chain.find((each) => !canEnter(user, each));
}

/**
 * Run as root: refuses with a message when the `postgres` user cannot run the
 * binaries (a checkout under /root or another closed directory holds them in
 * its node_modules), and otherwise returns where the data can live: the
 * checkout's own `.data/postgres` if `postgres` can reach it, else a directory
 * of this checkout under /var/lib/nianbao/ (remembered in .data/postgres-location).
 */
export function rootDataDir(root: string, dataDir: string, postgresBinary: string, log: (line: string) => void, dataRoot = '/var/lib/nianbao'): string {
  const user = postgresSystemUser();
  const run = spawnSync(postgresBinary, ['-V'], { uid: user.uid, gid: user.gid });
  if (run.error) {
    const closed = firstClosedDirectory(user, dirname(postgresBinary));
    const code = (run.error as NodeJS.ErrnoException).code ?? run.error.message;
    throw new StartupError(
      [
        `PostgreSQL refuses to run as root, so npm start runs it as the system user "postgres"; but that user cannot run ${postgresBinary} (${code})` +
          (closed ? `: it cannot enter ${closed}.` : '.'),
        'Do one of these:',
        '  - run npm start as an ordinary user (not root);',
        `  - clone the project where the "postgres" user can enter (e.g. /srv/nianbao or /opt/nianbao${closed ? `, not under ${closed}` : ''}), then npm install and npm start there;`,
        '  - or set DATABASE_URL (and MIGRATION_DATABASE_URL) to a PostgreSQL server of your own.',
      ].join('\n'),
    );
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  if (canEnter(user, dirname(dataDir))) return dataDir;

  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    const target = defaultRelocation(root, dataRoot);
    throw new StartupError(
      `The database in ${dataDir} cannot be reached by the system user "postgres" that PostgreSQL runs as under root (${firstClosedDirectory(user, dataDir) ?? dataDir} is closed to it). ` +
        `Move it where that user can reach it: mkdir -p ${dirname(target)} && chmod 755 ${dataRoot} ${dirname(target)} && mv ${dataDir} ${target} && echo ${target} > ${pointerFile(root)} — or run npm start as an ordinary user.`,
    );
  }
  const pointer = pointerFile(root);
  const remembered = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : '';
  const relocated = remembered || defaultRelocation(root, dataRoot);
  // Directories made here are opened to `postgres` (root's umask may be 077); one the user chose is left as it is.
  for (const dir of [dataRoot, dirname(relocated)]) {
    if (existsSync(dir)) continue;
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
  }
  if (!remembered) writeFileSync(pointer, `${relocated}\n`);
  log(`The system user "postgres" (PostgreSQL does not run as root) cannot enter ${firstClosedDirectory(user, dirname(dataDir)) ?? dirname(dataDir)}; the database is kept in ${relocated} instead.`);
  return relocated;
}

function pointerFile(root: string): string {
  return join(root, '.data', 'postgres-location');
}

/** /var/lib/nianbao/<checkout folder>-<hash of its real path>/postgres: one per checkout, found again from the path. */
function defaultRelocation(root: string, dataRoot: string): string {
  const real = realpathSync(root);
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 12);
  const name = basename(real).replace(/[^A-Za-z0-9._-]/g, '_') || 'nianbao';
  return join(dataRoot, `${name}-${hash}`, 'postgres');
}
