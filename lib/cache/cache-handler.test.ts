import { beforeAll, describe, expect, it } from 'vitest';

type Handler = {
  get(key: string, ctx?: { softTags?: string[]; tags?: string[] }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, value: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

let handler: Handler;

beforeAll(async () => {
  process.env.PAGE_CACHE_MAX_MB = '1';
  const { default: BoundedCacheHandler } = (await import('./cache-handler.mjs')) as { default: new () => Handler };
  handler = new BoundedCacheHandler();
});

const page = (html: string, status = 200, tags = '') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  status,
  headers: tags ? { 'x-next-cache-tags': tags } : {},
  segmentData: new Map(),
});

describe('the page cache', () => {
  it('keeps successful pages and answers them back', async () => {
    await handler.set('/a', page('<p>a</p>'));
    expect((await handler.get('/a'))?.value).toMatchObject({ html: '<p>a</p>' });
  });

  it('never keeps an error page (404 of a made-up address, 500)', async () => {
    await handler.set('/a', page('<p>a</p>'));
    await handler.set('/a', page('not found', 404));
    expect(await handler.get('/a')).toBeNull();
    await handler.set('/made-up', page('not found', 404));
    await handler.set('/broken', { kind: 'APP_ROUTE', body: Buffer.from('x'), status: 500, headers: {} });
    expect(await handler.get('/made-up')).toBeNull();
    expect(await handler.get('/broken')).toBeNull();
  });

  it('drops an entry once one of its tags, or a path tag Next asks with, is revalidated', async () => {
    await handler.set('/report', page('v1', 200, 'report:finance:2024,department:finance'));
    await handler.set('/other', page('other', 200, 'report:finance:2023'));
    await handler.set('data', { kind: 'FETCH', data: { body: '[]' } }, { tags: ['years'] });
    await handler.revalidateTag('report:finance:2024');
    expect(await handler.get('/report')).toBeNull();
    expect(await handler.get('/other')).not.toBeNull();
    expect(await handler.get('data')).not.toBeNull();
    await handler.revalidateTag(['years']);
    expect(await handler.get('data')).toBeNull();
    await handler.set('/path', page('p'));
    await handler.revalidateTag('_N_T_/layout');
    expect(await handler.get('/path', { softTags: ['_N_T_/layout'] })).toBeNull();
    // Stored after the revalidation: fresh.
    await new Promise((done) => setTimeout(done, 2));
    await handler.set('/report', page('v2', 200, 'report:finance:2024'));
    expect((await handler.get('/report'))?.value).toMatchObject({ html: 'v2' });
  });

  it('holds at most its size, dropping the least recently used first', async () => {
    // Pages of 200 KB (100 KB of HTML and as much payload) in a cache of 1 MB.
    const big = 'x'.repeat(100 * 1024);
    for (let index = 0; index < 10; index++) await handler.set(`/big-${index}`, page(big));
    const kept = (await Promise.all(Array.from({ length: 10 }, (_, index) => handler.get(`/big-${index}`)))).filter(Boolean).length;
    expect(kept).toBe(5); // 5 × 200 KB fit in 1 MB; the others went, oldest first
    expect(await handler.get('/big-9')).not.toBeNull();
    expect(await handler.get('/big-0')).toBeNull();
    // One answer larger than a quarter of the cache is not kept at all.
    await handler.set('/huge', page('x'.repeat(200 * 1024)));
    expect(await handler.get('/huge')).toBeNull();
    expect(await handler.get('/big-9')).not.toBeNull();
  });
});
