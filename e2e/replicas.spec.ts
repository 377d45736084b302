// Several replicas: two `next start` servers of the e2e build (A and B) on one
// database and one Redis (deploy/redis/redis.conf, Debian's redis-server).
// A page A rendered is served by B from the shared cache (its first request
// is a cache hit); a publication an approver makes on A is visible on B
// within 2 seconds, page and directory; with Redis gone, B still answers
// from the database, says so in its log, and shares again once Redis is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { nextBin } from '@/scripts/lib/build';
import { freePort } from '@/scripts/lib/database';
import { redisCommand, redisInstalled, startRedis, type RunningRedis } from '@/scripts/lib/redis-server';
import { E2E_DIST_DIR, E2E_PUBLIC_BASE_URL, E2E_STATE_FILE } from './support/constants';
import { reportAt } from './support/db';
import { expect, test } from './support/fixtures';
import { signIn } from './support/session';

test.describe.configure({ mode: 'serial' });

const PAGE = '/departments/transport/2025';
const DIRECTORY = '/reports?year=2025&department=transport';
const NOT_YET = '该部门2025年度报告尚未发布。';

interface Replica {
  name: string;
  base: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

let redis: RunningRedis | undefined;
const replicas: Replica[] = [];

async function startReplica(name: string, redisUrl: string): Promise<Replica> {
  const port = await freePort();
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
  const child = spawn(process.execPath, [nextBin(process.cwd()), 'start', '-p', String(port)], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: E2E_DIST_DIR,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'replicas-secret-replicas-secret-0123456789',
      PUBLIC_BASE_URL: E2E_PUBLIC_BASE_URL,
      REDIS_URL: redisUrl,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const replica: Replica = {
    name,
    base,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
  replicas.push(replica);
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited at start:\n${output}`);
    const health = await fetch(`${base}/api/health`).catch(() => null);
    if (health?.ok) break;
    if (attempt > 600) throw new Error(`replica ${name} did not answer on ${base}:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return replica;
}

interface Answer {
  status: number;
  cache: string | null;
  /** The page's text, without markup. */
  text: string;
  ms: number;
}

async function get(replica: Replica, path: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${replica.base}${path}`, { redirect: 'manual' });
  const html = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    text: html.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' '),
    ms: Math.round(performance.now() - started),
  };
}

const published = (answer: Answer) => answer.status === 200 && answer.text.includes('发布日期') && !answer.text.includes(NOT_YET);
const listed = (answer: Answer) => answer.status === 200 && /共 1 份年度报告/.test(answer.text);

test.beforeAll(async () => {
  test.skip(!redisInstalled(), 'redis-server is not installed (.ci/run installs it)');
  test.setTimeout(120_000);
  redis = await startRedis();
  await Promise.all([startReplica('A', redis.url), startReplica('B', redis.url)]);
});

test.afterEach(async ({}, info) => {
  if (info.status === info.expectedStatus) return;
  for (const replica of replicas) await info.attach(`replica ${replica.name} log`, { body: replica.output(), contentType: 'text/plain' });
});

test.afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await redis?.stop();
});

async function publishOnA(browser: Browser, reportId: string): Promise<{ clickedAt: number; completedAt: number }> {
  const context = await browser.newContext({ baseURL: replicas[0]!.base });
  try {
    const approver = await context.newPage();
    await signIn(approver, 'approver2');
    await approver.goto(`/review/reports/${reportId}`);
    approver.once('dialog', (confirm) => void confirm.accept());
    const action = approver.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
    const clickedAt = Date.now();
    await approver.getByRole('button', { name: '通过并发布' }).click();
    const response = await action;
    const completedAt = Date.now();
    expect(response.status()).toBe(200);
    await expect(approver.getByText('已发布').first()).toBeVisible();
    return { clickedAt, completedAt };
  } finally {
    await context.close();
  }
}

test('a page rendered on A is served by B from the shared cache; a publication on A is visible on B within 2 seconds', async ({ browser }) => {
  test.setTimeout(90_000);
  const [a, b] = replicas as [Replica, Replica];
  const report = await reportAt('transport', 2025);
  expect(report.status).toBe('SUBMITTED');
  expect(report.publishedEditionId).toBeNull();

  // A renders the page and keeps it in Redis; so is the directory's data.
  const rendered = await get(a, PAGE);
  expect(rendered.text).toContain(NOT_YET);
  await expect.poll(async () => (await get(a, PAGE)).cache).toBe('HIT');
  expect((await get(a, DIRECTORY)).text).toMatch(/共 0 份年度报告/);
  // B never rendered it: its very first answer is a hit, the page A rendered; fresh on B too, for as
  // long as on A (read after more than the one second Next assumes for an entry of unknown lifetime).
  await new Promise((done) => setTimeout(done, 1500));
  const shared = await get(b, PAGE);
  expect(shared).toMatchObject({ status: 200, cache: 'HIT' });
  expect(shared.text).toContain(NOT_YET);
  expect((await get(b, DIRECTORY)).text).toMatch(/共 0 份年度报告/);
  expect(Number((await redisCommand(redis!.port, 'DBSIZE'))?.slice(1))).toBeGreaterThan(2);
  const sharing = `page rendered on A in ${rendered.ms} ms, answered by B from Redis in ${shared.ms} ms`;
  test.info().annotations.push({ type: 'shared cache', description: sharing });
  console.log(`[replicas] ${sharing}`);

  // B is read all the time (page and directory, each on its own) while an approver publishes the report on A.
  let reading = true;
  const errors: unknown[] = [];
  const watch = async (path: string, shows: (answer: Answer) => boolean): Promise<number> => {
    while (reading) {
      const answer = await get(b, path).catch((error: unknown) => (errors.push(error), null));
      if (answer && shows(answer)) return Date.now();
      await new Promise((done) => setTimeout(done, 25));
    }
    return Number.NaN;
  };
  const seen = Promise.all([watch(PAGE, published), watch(DIRECTORY, listed)]);
  const { clickedAt, completedAt } = await publishOnA(browser, report.id);
  const [pageSeenAt, directorySeenAt] = await Promise.race([
    seen,
    new Promise<never>((_, fail) => setTimeout(() => fail(new Error('B did not show the publication within 10 s')), 10_000)),
  ]).finally(() => (reading = false));
  expect(errors).toEqual([]);

  const seenAt = Math.max(pageSeenAt, directorySeenAt);
  // What A's shared cache logged for the action: the tags it removed from Redis, how long it took, when it was done.
  const revalidations = [...a.output().matchAll(/\{"time":"([^"]+)","level":"info","message":"page cache: tags revalidated","tags":(\d+),"ms":(\d+)/g)]
    .map(([, time, tags, ms]) => ({ at: Date.parse(time!), tags: Number(tags), ms: Number(ms) }))
    .filter((line) => line.at >= clickedAt - 1000);
  const tags = revalidations.reduce((sum, line) => sum + line.tags, 0);
  const redisMs = revalidations.reduce((sum, line) => sum + line.ms, 0);
  const doneBeforeAnswer = completedAt - Math.max(...revalidations.map((line) => line.at));
  const timeline =
    `action on A ${completedAt - clickedAt} ms (its ${tags} tags removed from Redis in ${redisMs} ms, done ${doneBeforeAnswer} ms before A answered); ` +
    `then visible on B: page after ${pageSeenAt - completedAt} ms, directory after ${directorySeenAt - completedAt} ms`;
  test.info().annotations.push({ type: 'publication on A visible on B', description: timeline });
  console.log(`[replicas] ${timeline}`);
  expect(tags).toBeGreaterThanOrEqual(11);
  expect(seenAt - completedAt).toBeLessThan(2000);
  // And B keeps serving the new page from the cache.
  await expect.poll(async () => (await get(b, PAGE)).cache).toBe('HIT');
  expect(published(await get(a, PAGE))).toBe(true);
});

test('without Redis both replicas still answer from the database and log it; once it is back they share again', async () => {
  test.setTimeout(60_000);
  const [a, b] = replicas as [Replica, Replica];
  await redis!.kill();
  const down = await get(b, '/departments/finance/2020');
  expect(down.status).toBe(200);
  expect(down.text).toContain('章贡区财政局2020年政府信息公开工作年度报告');
  expect(down.cache).not.toBe('HIT');
  expect((await get(b, '/reports?year=2020&department=finance')).text).toMatch(/共 1 份年度报告/);
  await expect.poll(() => b.output()).toContain('page cache: Redis unavailable');

  await redis!.restart();
  await expect.poll(() => b.output().split('page cache: Redis connected').length, { timeout: 15_000 }).toBeGreaterThan(2);
  await expect.poll(() => a.output().split('page cache: Redis connected').length, { timeout: 15_000 }).toBeGreaterThan(2);
  const path = '/departments/finance/2021';
  await expect.poll(async () => (await get(a, path)).cache).toBe('HIT');
  expect((await get(b, path)).cache).toBe('HIT');
  for (const replica of [a, b]) expect(replica.child.exitCode, replica.name).toBeNull();
});
