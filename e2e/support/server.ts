// The server behind the end-to-end tests: a throwaway PostgreSQL with the
// demo data, and a production build of the portal (in .next-e2e, or
// .next-e2e-<port> for another E2E_PORT, rebuilt only
// when the sources changed) on port 3100.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDatabaseIfMissing, startTestServer, withDatabase } from '@/scripts/lib/database';
import { asTestApp, ensureTestAppRole } from '@/scripts/lib/db-roles';
import { buildIfChanged, clearRenderedPages, nextBin } from '@/scripts/lib/build';
import { prepareDatabase } from '@/scripts/lib/prepare-database';
import { E2E_DIST_DIR, E2E_PORT, E2E_PUBLIC_BASE_URL, E2E_STATE_FILE } from './constants';
import { startMailbox } from './mailbox';

const root = process.cwd();
const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main() {
  const server = await startTestServer(log);
  const databaseName = `nianbao_e2e_${Date.now()}`;
  await createDatabaseIfMissing(server.adminUrl, databaseName);
  const url = withDatabase(server.adminUrl, databaseName);
  // The portal connects as the application's role (owns nothing), as in
  // production; migrations, demo data and the tests' own queries (support/db.ts) as the owner.
  await ensureTestAppRole(server.adminUrl);
  const appUrl = asTestApp(url);

  // A real SMTP server: the portal's notification e-mails land in e2e/.artifacts/mail.
  const mailbox = await startMailbox();
  let next: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((done) => next?.once('exit', done));
    }
    await mailbox.close().catch((error) => console.error(error));
    await server.stop().catch((error) => console.error(error));
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await prepareAndStart();
  } catch (error) {
    console.error(error);
    await stop(1);
  }

  async function prepareAndStart() {
    const env = {
      ...process.env,
      DATABASE_URL: appUrl,
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
      // Not the address the tests use: links in e-mails must follow the setting, not the request.
      PUBLIC_BASE_URL: E2E_PUBLIC_BASE_URL,
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      // Every test signs in from 127.0.0.1; the per-account lock is tested as it is.
      SIGN_INS_PER_ADDRESS: '100000',
    };
    await prepareDatabase(url, { demoReports: true, log, appUrl });

    mkdirSync(dirname(E2E_STATE_FILE), { recursive: true });
    writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl: url }));

    process.env.NEXT_DIST_DIR = E2E_DIST_DIR;
    await buildIfChanged(root, E2E_DIST_DIR, log);
    clearRenderedPages(root, E2E_DIST_DIR);
    // No -H: bound to one address, Next 16 sends the proxy's rewrites on an extra
    // HTTP round trip (its router and its proxy disagree about the host name).
    next = spawn(process.execPath, [nextBin(root), 'start', '-p', String(E2E_PORT)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, NODE_ENV: 'production' },
    });
    next.on('exit', (code) => {
      if (!stopping) void stop(code ?? 1);
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
