// The public pages' weight and the sitemap:
// - each page fetched without compression (the HTML bytes), its status and the
//   time of its first (cold: rendered) and second (cached) answer; target: every
//   page under 200 KB; sitemap parts hold at most 50,000 URLs instead;
// - the sitemap index and every part it lists: status 200, well-formed XML
//   (parsed with jsdom), at most 50,000 <url> each; the first and last address
//   of each part are fetched too.
import { createRequire } from 'node:module';

// jsdom ships no types (and @types/jsdom is not installed): the part used here.
interface JsdomModule {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export const PAGE_LIMIT_BYTES = 200 * 1024;
export const SITEMAP_URL_LIMIT = 50_000;

export interface PageCheck {
  name: string;
  path: string;
  expectStatus: number;
  status: number;
  bytes: number;
  coldMs: number;
  warmMs: number;
  /** <url> entries (sitemap parts only). */
  urls: number | null;
  ok: boolean;
}

export interface PageSpec {
  name: string;
  path: string;
  expectStatus?: number;
}

const IDENTITY = { 'accept-encoding': 'identity', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

async function timedGet(url: string): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: IDENTITY, redirect: 'manual' });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started };
}

const countUrls = (xml: string) => (xml.match(/<url>/g) ?? []).length;

export async function checkPages(base: string, pages: PageSpec[]): Promise<PageCheck[]> {
  const results: PageCheck[] = [];
  for (const page of pages) {
    const cold = await timedGet(base + page.path);
    const warm = await timedGet(base + page.path);
    const expectStatus = page.expectStatus ?? 200;
    const bytes = Buffer.byteLength(warm.body);
    const isSitemapPart = page.path.startsWith('/sitemaps/');
    const urls = isSitemapPart ? countUrls(warm.body) : null;
    const sizeOk = isSitemapPart ? (urls ?? 0) <= SITEMAP_URL_LIMIT : bytes < PAGE_LIMIT_BYTES;
    results.push({ ...page, expectStatus, status: warm.status, bytes, coldMs: cold.ms, warmMs: warm.ms, urls, ok: sizeOk && warm.status === expectStatus && cold.status === expectStatus });
  }
  return results;
}

export interface SitemapPartCheck {
  loc: string;
  status: number;
  urls: number;
  wellFormed: boolean;
  /** Status of the part's first and last address. */
  samples: number[];
  ok: boolean;
}

export interface SitemapCheck {
  indexStatus: number;
  indexWellFormed: boolean;
  parts: SitemapPartCheck[];
  totalUrls: number;
  ok: boolean;
}

function parseXml(xml: string): Document | null {
  try {
    return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  } catch {
    return null;
  }
}

/** The sitemap index, each part it lists, and a sample of the addresses in each part. */
export async function checkSitemap(base: string): Promise<SitemapCheck> {
  const index = await timedGet(`${base}/sitemap.xml`);
  const indexDocument = parseXml(index.body);
  const locs = indexDocument ? [...indexDocument.getElementsByTagName('loc')].map((element) => element.textContent ?? '') : [];
  const parts: SitemapPartCheck[] = [];
  for (const loc of locs) {
    const part = await timedGet(loc);
    const document = part.status === 200 ? parseXml(part.body) : null;
    const urls = document ? document.getElementsByTagName('url').length : 0;
    const addresses = document ? [...document.getElementsByTagName('loc')].map((element) => element.textContent ?? '') : [];
    const samples: number[] = [];
    for (const address of new Set([addresses[0], addresses[addresses.length - 1]].filter((each): each is string => Boolean(each)))) {
      const response = await fetch(address, { headers: IDENTITY, redirect: 'manual' });
      await response.body?.cancel();
      samples.push(response.status);
    }
    const wellFormed = document !== null && countUrls(part.body) === urls;
    parts.push({ loc, status: part.status, urls, wellFormed, samples, ok: part.status === 200 && wellFormed && urls <= SITEMAP_URL_LIMIT && samples.every((status) => status === 200) });
  }
  return {
    indexStatus: index.status,
    indexWellFormed: indexDocument !== null,
    parts,
    totalUrls: parts.reduce((sum, part) => sum + part.urls, 0),
    ok: index.status === 200 && indexDocument !== null && parts.length > 0 && parts.every((part) => part.ok),
  };
}
