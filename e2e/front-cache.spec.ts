// The front cache (deploy/nginx/nianbao.conf) in front of the e2e server:
// public pages are answered by nginx, compressed, at most about a second old;
// signed-in pages never are; a publication is visible through it within 2 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { nginxInstalled, startFrontCache, type RunningFrontCache } from '@/scripts/lib/front-cache';
import { reportAt } from './support/db';
import { E2E_PORT } from './support/constants';
import { expect, test } from './support/fixtures';

// One nginx for the file's tests.
test.describe.configure({ mode: 'serial' });

const REASON = '核对数据后重新发布。';

let front: RunningFrontCache | undefined;
let dir: string | undefined;

test.beforeAll(async () => {
  test.skip(!nginxInstalled(), 'nginx is not installed (.ci/run installs it)');
  dir = mkdtempSync(join(tmpdir(), 'nianbao-nginx-'));
  front = await startFrontCache({ root: process.cwd(), tmp: dir, nextPort: E2E_PORT });
});

test.afterAll(async () => {
  await front?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  cache: string | undefined;
  encoding: string | undefined;
  body: string;
}

/** A GET through the front cache, as a browser sends it (or without gzip). */
function get(path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip' }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${front!.base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          cache: response.headers['x-cache-status'] as string | undefined,
          encoding: response.headers['content-encoding'],
          body: response.headers['content-encoding'] ? '' : Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('public pages come from the front cache, compressed as Next sent them; anything signed-in never does', async () => {
  const path = '/departments/finance/2020';
  await get(path);
  await expect.poll(async () => (await get(path)).cache).toBe('HIT');
  const hit = await get(path);
  expect(hit).toMatchObject({ status: 200, encoding: 'gzip' });
  // A client that cannot take gzip gets the same page unpacked.
  const plain = await get(path, {});
  expect(plain.encoding).toBeUndefined();
  expect(plain.body).toContain('章贡区财政局2020年政府信息公开工作年度报告');

  // With a session cookie, or to the signed-in areas and sign-in: straight to Next.
  const signedIn = await get(path, { 'accept-encoding': 'gzip', cookie: 'authjs.session-token=abc' });
  expect(signedIn.cache).toBe('BYPASS');
  expect((await get('/login')).cache).toBeUndefined();
  expect((await get('/editor')).cache).toBeUndefined();
  // Only successful answers are kept.
  await get('/departments/no-such-department');
  expect((await get('/departments/no-such-department')).cache).not.toBe('HIT');
});

test('a publication is visible through the front cache within 2 seconds', async ({ openPage }) => {
  test.setTimeout(90_000);
  const path = '/departments/commerce/2022';
  const report = await reportAt('commerce', 2022);
  expect(report.publishedEditionId).not.toBeNull();
  // The page is in the front cache, and read all the time.
  await expect.poll(async () => (await get(path)).cache).toBe('HIT');
  let reading = true;
  let changedAt: number | null = null;
  const errors: unknown[] = [];
  const reader = (async () => {
    while (reading) {
      const answer = await get(path, {}).catch((error: unknown) => (errors.push(error), null));
      if (changedAt === null && answer?.body.includes(REASON)) changedAt = Date.now();
      await new Promise((done) => setTimeout(done, 50));
    }
  })();

  const approver = await openPage('approver1');
  await approver.goto(`/review/reports/${report.id}`);
  await approver.getByRole('button', { name: '撤销发布' }).click();
  await approver.getByLabel('撤销原因（向公众公开）').fill(REASON);
  await approver.getByRole('button', { name: '确认撤销发布' }).click();
  await expect(approver.getByText('已撤销发布').first()).toBeVisible();
  const doneAt = Date.now();

  await expect.poll(() => changedAt, { timeout: 10_000 }).not.toBeNull();
  reading = false;
  await reader;
  expect(errors).toEqual([]);
  test.info().annotations.push({ type: 'visible through the front cache after', description: `${changedAt! - doneAt} ms` });
  expect(changedAt! - doneAt).toBeLessThan(2000);
});
