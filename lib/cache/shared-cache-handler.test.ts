// The shared page cache against a real redis-server (deploy/redis/redis.conf),
// reached through a TCP relay the test can cut, to play a replica that loses
// Redis while the others keep it. Between two real replicas: e2e/replicas.spec.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { redisInstalled, startRedis, type RunningRedis } from '@/scripts/lib/redis-server';

type Ctx = { softTags?: string[]; tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } };
type Handler = {
  get(key: string, ctx?: Ctx): Promise<{ value: Record<string, unknown>; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, value: unknown, ctx?: Ctx): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

const BUILD = 'test-build-1';
const PREFIX = `nianbao:${BUILD}:`;
const LIFETIME = { revalidate: 3600, expire: 31536000 };

/** A relay to Redis that can be cut (every connection dropped, none accepted) and restored. */
function relay(target: number) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((socket) => {
        const upstream = connect({ host: '127.0.0.1', port: target });
        for (const each of [socket, upstream]) {
          sockets.add(each);
          each.on('close', () => sockets.delete(each));
          each.on('error', () => undefined);
        }
        socket.pipe(upstream).pipe(socket);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  return {
    open,
    get port() {
      return port;
    },
    async cut() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server?.close(done));
    },
  };
}

const page = (html: string, status = 200, tags = '') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  status,
  headers: tags ? { 'x-next-cache-tags': tags } : {},
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});

const available = redisInstalled();
let redis: RunningRedis;
let link: ReturnType<typeof relay>;
let inspector: ReturnType<typeof createClient>;
let handler: Handler;
let dist: string;
const logs: string[] = [];

beforeAll(async () => {
  if (!available) return;
  redis = await startRedis();
  link = relay(redis.port);
  await link.open();
  inspector = createClient({ url: redis.url });
  await inspector.connect();
  dist = mkdtempSync(join(tmpdir(), 'nianbao-dist-'));
  mkdirSync(join(dist, 'server'));
  writeFileSync(join(dist, 'BUILD_ID'), BUILD);
  for (const level of ['info', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => void logs.push(String(line)));
  }
  process.env.REDIS_URL = `redis://127.0.0.1:${link.port}`;
  const { default: Chosen } = (await import('./next-cache-handler.mjs')) as { default: new (context: unknown) => Handler };
  handler = new Chosen({ serverDistDir: join(dist, 'server'), dev: false });
  await vi.waitFor(() => expect(logs.some((line) => line.includes('page cache: Redis connected'))).toBe(true));
});

afterAll(async () => {
  await inspector?.quit();
  await redis?.stop();
  vi.restoreAllMocks();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe.skipIf(!available)('the page cache shared through Redis', () => {
  it('keeps a page under the build’s prefix, with an expiry, and gives it back with its lifetime', async () => {
    await handler.set('/departments/finance/2020', page('<p>report</p>', 200, 'report:finance:2020'), { cacheControl: LIFETIME });
    const entry = await handler.get('/departments/finance/2020');
    expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', html: '<p>report</p>', status: 200 });
    expect(entry?.value.rscData).toEqual(Buffer.from('rsc:<p>report</p>'));
    expect(entry?.value.segmentData).toEqual(new Map([['/_tree', Buffer.from('tree')]]));
    expect(entry?.value).not.toHaveProperty('nianbaoCacheControl');
    // Another replica reading it knows it is fresh for an hour, as the one that rendered it does.
    expect(entry?.cacheControl).toEqual(LIFETIME);
    // Every entry expires: 1.5 × an hour here, so that volatile-lru may evict any of them.
    const ttl = await inspector.ttl(`${PREFIX}/departments/finance/2020`);
    expect(ttl).toBeGreaterThan(5000);
    expect(ttl).toBeLessThanOrEqual(5400);
    // Data (unstable_cache) with its tags.
    await handler.set('years', { kind: 'FETCH', data: { headers: {}, body: '[2024]', status: 200, url: '' }, revalidate: 60 }, { tags: ['years'] });
    expect((await handler.get('years', { tags: ['years'], softTags: [] }))?.value).toMatchObject({ data: { body: '[2024]' } });
    expect(await inspector.ttl(`${PREFIX}years`)).toBeLessThanOrEqual(90);
  });

  it('never keeps an error page, and deletes a page that now answers 404', async () => {
    await handler.set('/made-up', page('not found', 404), { cacheControl: LIFETIME });
    await handler.set('/broken', { kind: 'APP_ROUTE', body: Buffer.from('x'), status: 500, headers: {} }, { cacheControl: LIFETIME });
    expect(await handler.get('/made-up')).toBeNull();
    expect(await handler.get('/broken')).toBeNull();
    expect(await inspector.exists([`${PREFIX}/made-up`, `${PREFIX}/broken`])).toBe(0);

    await handler.set('/departments/civil-affairs/2021', page('published'), { cacheControl: LIFETIME });
    expect(await handler.get('/departments/civil-affairs/2021')).not.toBeNull();
    await handler.set('/departments/civil-affairs/2021', page('not found', 404), { cacheControl: LIFETIME });
    expect(await handler.get('/departments/civil-affairs/2021')).toBeNull();
    // One answer over 8 MB is not shared either.
    await handler.set('/huge', page('x'.repeat(9 * 1024 * 1024)), { cacheControl: LIFETIME });
    expect(await inspector.exists(`${PREFIX}/huge`)).toBe(0);
  });

  it('revalidating a tag removes the entries that carry it from Redis (so for every replica), and no other', async () => {
    await handler.set('/departments/audit/2024', page('v1', 200, 'report:audit:2024,department:audit'), { cacheControl: LIFETIME });
    await handler.set('/departments/audit/2023', page('other', 200, 'report:audit:2023'), { cacheControl: LIFETIME });
    await handler.revalidateTag(['report:audit:2024'], { expire: 0 });
    expect(await inspector.exists(`${PREFIX}/departments/audit/2024`)).toBe(0);
    expect(await handler.get('/departments/audit/2024')).toBeNull();
    expect(await handler.get('/departments/audit/2023')).not.toBeNull();
    // A path tag (revalidatePath), which Next asks with when reading.
    await handler.set('/path', page('p'), { cacheControl: LIFETIME });
    await new Promise((done) => setTimeout(done, 5));
    await handler.revalidateTag('_N_T_/layout');
    expect(await handler.get('/path', { softTags: ['_N_T_/layout'] })).toBeNull();
  });

  it('without Redis, reads miss at once and the page is rendered; a revalidation made meanwhile is sent once Redis is back', async () => {
    await handler.set('/departments/justice/2023', page('before', 200, 'report:justice:2023'), { cacheControl: LIFETIME });
    logs.length = 0;
    await link.cut();
    await vi.waitFor(() => expect(logs.some((line) => line.includes('page cache: Redis unavailable'))).toBe(true));

    const started = performance.now();
    expect(await handler.get('/departments/justice/2023')).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
    await handler.set('/departments/justice/2022', page('not kept'), { cacheControl: LIFETIME });
    // A publication on this replica while the others still read the old page from Redis.
    await handler.revalidateTag(['report:justice:2023'], { expire: 0 });
    expect(logs.some((line) => line.includes('revalidation not sent to Redis'))).toBe(true);
    expect(await inspector.exists(`${PREFIX}/departments/justice/2023`)).toBe(1);

    await link.open();
    await vi.waitFor(() => expect(logs.some((line) => line.includes('page cache: Redis connected'))).toBe(true), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await inspector.exists(`${PREFIX}/departments/justice/2023`)).toBe(0));
    expect(await inspector.exists(`${PREFIX}/departments/justice/2022`)).toBe(0);
    await handler.set('/departments/justice/2022', page('kept'), { cacheControl: LIFETIME });
    expect((await handler.get('/departments/justice/2022'))?.value).toMatchObject({ html: 'kept' });
  });
});

describe('which cache a server uses', () => {
  it('the memory one without REDIS_URL and while building; the shared one with REDIS_URL', async () => {
    const choose = async (env: Record<string, string | undefined>) => {
      const saved = { REDIS_URL: process.env.REDIS_URL, NEXT_PHASE: process.env.NEXT_PHASE };
      Object.assign(process.env, env);
      for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
      vi.resetModules();
      try {
        return ((await import('./next-cache-handler.mjs')) as { default: { name: string } }).default;
      } finally {
        for (const [key, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
    };
    expect((await choose({ REDIS_URL: undefined, NEXT_PHASE: undefined })).name).toBe('BoundedCacheHandler');
    expect((await choose({ REDIS_URL: 'redis://127.0.0.1:1', NEXT_PHASE: 'phase-production-build' })).name).toBe('BoundedCacheHandler');
    expect((await choose({ REDIS_URL: 'redis://127.0.0.1:1', NEXT_PHASE: undefined })).name).toBe('SharedCacheHandler');
  });
});
