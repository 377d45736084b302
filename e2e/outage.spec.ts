// The database goes away (PostgreSQL paused with SIGSTOP, as a hung server or
// a network partition looks) under a production server of the e2e build with
// a database of its own: /api/health answers 503 within seconds, a signed-in
// page answers within seconds with a clear Chinese message, a cached public
// page is still served, and everything recovers by itself when the database
// is back (SIGCONT), without restarting the server.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { nextBin } from '@/scripts/lib/build';
import { asTestApp, createDatabaseIfMissing, ensureTestAppRole, freePort, startTestServer, withDatabase, type DatabaseHandle } from '@/scripts/lib/database';
import { prepareDatabase } from '@/scripts/lib/prepare-database';
import { E2E_DIST_DIR } from './support/constants';
import { expect, test } from './support/fixtures';
import { signIn } from './support/session';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let database: DatabaseHandle | undefined;
let server: ChildProcess | undefined;
let base = '';
let output = '';
const PASSWORD = 'Outage-Test-2026';

/** Every process of the embedded server: the postmaster (postmaster.pid) and its children. */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  return [postmaster, ...children];
}
const signalAll = (dataDir: string, signal: NodeJS.Signals) => postgresProcesses(dataDir).forEach((pid) => process.kill(pid, signal));

test.beforeAll(async () => {
  database = await startTestServer();
  await createDatabaseIfMissing(database.adminUrl, 'nianbao_outage');
  const ownerUrl = withDatabase(database.adminUrl, 'nianbao_outage');
  await ensureTestAppRole(database.adminUrl);
  const appUrl = asTestApp(ownerUrl);
  await prepareDatabase(ownerUrl, { demoReports: false, log: () => undefined, appUrl });
  // Outside demo mode the admin has no password yet: give it one.
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query(`UPDATE users SET password_hash = $1 WHERE username = 'admin'`, [await hashPassword(PASSWORD)]);
  await owner.end();

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [nextBin(process.cwd()), 'start', '-p', String(port)], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: E2E_DIST_DIR, DATABASE_URL: appUrl, AUTH_SECRET: 'outage-secret-outage-secret-0123456789ab' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server output', { body: output, contentType: 'text/plain' });
});

test.afterAll(async () => {
  if (database?.embedded) {
    try {
      signalAll(database.embedded.dataDir, 'SIGCONT');
    } catch {
      // already running or gone
    }
  }
  server?.kill('SIGTERM');
  await database?.stop();
});

test('with PostgreSQL paused: health 503, signed-in pages answer with a clear message, public pages from the cache; then it recovers', async ({ browser }) => {
  const dataDir = database!.embedded!.dataDir;
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signIn(page, 'admin', PASSWORD);
  await expect(page).toHaveURL(`${base}/admin`);
  // A public page, visited once so that it is in the cache.
  const publicPage = '/departments/finance/2020';
  await expect.poll(async () => (await fetch(`${base}${publicPage}`)).headers.get('x-nextjs-cache')).toBe('HIT');

  signalAll(dataDir, 'SIGSTOP');
  try {
    let started = Date.now();
    const health = await fetch(`${base}/api/health`);
    const healthMs = Date.now() - started;
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'database_unavailable' });
    expect(healthMs).toBeLessThan(4_000);

    started = Date.now();
    const cached = await fetch(`${base}${publicPage}`);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain('章贡区财政局2020年政府信息公开工作年度报告');
    const publicMs = Date.now() - started;

    started = Date.now();
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: '系统正在恢复，暂时无法读取数据' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('尚未保存的内容保留在本浏览器中')).toBeVisible();
    const signedInMs = Date.now() - started;
    expect(signedInMs).toBeLessThan(15_000);
    console.info(`[outage] health 503 in ${healthMs} ms; cached public page in ${publicMs} ms; signed-in page with its message in ${signedInMs} ms`);
  } finally {
    signalAll(dataDir, 'SIGCONT');
  }

  // Back: the error page notices by itself and shows the page again; health is ok; no restart.
  const resumed = Date.now();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible({ timeout: 30_000 });
  console.info(`[outage] the page showed itself again ${Date.now() - resumed} ms after the database resumed`);
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  expect(server!.exitCode).toBeNull();
  await context.close();
});
