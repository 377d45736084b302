// `npm start` (production) and `npm run dev` (development):
//   1. the database: DATABASE_URL, or an embedded PostgreSQL kept in .data/
//   2. migrations (prisma migrate deploy)
//   3. demo data when the database is empty
//   4. a production build when the sources changed (npm start only)
//   5. the Next.js server on http://localhost:3000 (PORT to change), started
//      again if it dies (the database keeps running)
// Ctrl-C / SIGTERM stops the server, then the embedded database.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServerEnv } from '@/lib/env';
import { ensureAppDatabase } from './lib/database';
import { roleOf } from './lib/db-roles';
import { StartupError } from './lib/embedded-preflight';
import { ensureAuthSecret } from './lib/auth-secret';
import { buildIfChanged, clearRenderedPages, nextBin } from './lib/build';
import { prepareDatabase } from './lib/prepare-database';
import { describeExit, RecentLines, RestartBudget } from './lib/supervise';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[nianbao] ${line}`);

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const database = await ensureAppDatabase(root, log);
  const usingOwnDatabase = !process.env.DATABASE_URL;
  log(
    database.embedded
      ? `Embedded PostgreSQL is running on port ${database.embedded.port} (data in ${database.embedded.dataDir.startsWith(root) ? relative(root, database.embedded.dataDir) : database.embedded.dataDir}); the portal connects as ${roleOf(database.url)}.`
      : 'Using the database in DATABASE_URL.',
  );

  let server: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((done) => server?.once('exit', done));
    }
    await database.stop().catch((error) => console.error(error));
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: ensureAuthSecret(root),
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    // The web server connects as the application's role and never learns the owner's password.
    delete env.MIGRATION_DATABASE_URL;
    parseServerEnv({ ...env, NODE_ENV: dev ? 'development' : 'production' });
    Object.assign(process.env, env);

    const showLogins = await prepareDatabase(database.ownerUrl, { demoReports: usingOwnDatabase, log, appUrl: database.url });

    if (!dev) {
      const distDir = process.env.NEXT_DIST_DIR ?? '.next';
      await buildIfChanged(root, distDir, log);
      clearRenderedPages(root, distDir);
    }

    const startServer = (): ChildProcess => {
      const child = spawn(process.execPath, [nextBin(root), dev ? 'dev' : 'start', '-p', String(port)], {
        cwd: root,
        stdio: ['inherit', 'inherit', 'pipe'],
        env: { ...env, NODE_ENV: dev ? 'development' : 'production' },
      });
      const recent = new RecentLines(40);
      child.stderr?.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        recent.push(chunk.toString('utf8'));
      });
      child.on('exit', (code, signal) => {
        if (stopping) return;
        // The web server died (out of memory, a crash): say why, keep the
        // database running, and start it again.
        log(`The web server stopped unexpectedly (${describeExit(code, signal, recent.lines())}).`);
        const delay = restarts.next();
        if (delay === null) {
          log('It stopped too often in a short time; giving up. The messages above say why.');
          void stop(1);
          return;
        }
        log(`Starting it again in ${Math.round(delay / 1000)} s …`);
        setTimeout(() => {
          if (!stopping) server = startServer();
        }, delay);
      });
      return child;
    };
    const restarts = new RestartBudget();
    server = startServer();
    await waitForServer(`http://localhost:${port}/api/health`);
    log(`The portal is running on http://localhost:${port}`);
    showLogins();
  } catch (error) {
    console.error(`[nianbao] ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The server did not answer on ${url}`);
}

main().catch((error: unknown) => {
  // A start-up problem (port taken, data of another PostgreSQL version, …) is said in a sentence, without a stack.
  console.error(`[nianbao] ${error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
