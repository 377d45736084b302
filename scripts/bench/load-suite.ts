// The HTTP load rows, all with the same tool and browser-like headers:
//   (1) Next alone: the largest report page, a department page, the home page,
//       a year of the directory and the pages the run adds (a district
//       summary; /statistics when it exists), each warmed into Next's cache first;
//   (2) the report page through the front cache (nginx, deploy/nginx/nianbao.conf);
//   (3) the same page bytes served by nginx as a static file (gzip_static).
// The ratio (2)/(3) shows how close the front cache comes to a static file.
// Rows (2) and (3) are skipped with a note when nginx is not installed.
import { startFrontCache, nginxInstalled, NGINX } from './front-cache';
import { BROWSER_HEADERS, loadTest, loadTool, type LoadResult } from './http-load';
import type { NextServer } from './server';

export const REPORT_PAGE = '/departments/finance/2020';
export const FRONT_CACHE_TARGET = 0.5;

const NEXT_ROWS = [
  { name: 'report page', path: REPORT_PAGE },
  { name: 'department page', path: '/departments/finance' },
  { name: 'home page', path: '/' },
  { name: 'year directory', path: '/reports?year=2024' },
];

export interface LoadRow {
  name: string;
  via: 'next' | 'front cache' | 'static file';
  path: string;
  result: LoadResult;
  /** x-nextjs-cache (Next) or X-Cache-Status (front cache) of three requests before the run. */
  cache: string;
}

export interface LoadSuite {
  tool: 'wrk' | 'autocannon';
  rows: LoadRow[];
  /** Front cache / static file, req/s. */
  ratio: number | null;
  frontCacheAfter: string | null;
  note: string | null;
}

/** Three GETs with browser headers; the cache header of each. Throws unless all answer 200. */
async function warm(url: string, header: string): Promise<string> {
  const states: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await fetch(url, { headers: BROWSER_HEADERS, redirect: 'manual' });
    const body = await response.text();
    if (response.status !== 200) {
      const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? body.slice(0, 200);
      throw new Error(`GET ${url} answered ${response.status} (title: ${title})`);
    }
    states.push(response.headers.get(header) ?? '(none)');
  }
  return states.join('→');
}

export async function runLoadSuite(options: {
  root: string;
  tmp: string;
  next: NextServer;
  /** More pages for Next alone (after NEXT_ROWS). */
  extraRows?: { name: string; path: string }[];
  connections: number;
  duration: number;
  warmup: number;
  log: (line: string) => void;
}): Promise<LoadSuite> {
  const { next, log } = options;
  const load = { connections: options.connections, duration: options.duration, warmup: options.warmup, headers: BROWSER_HEADERS };
  const tool = loadTool();
  const rows: LoadRow[] = [];
  for (const row of [...NEXT_ROWS, ...(options.extraRows ?? [])]) {
    const cache = await warm(next.base + row.path, 'x-nextjs-cache');
    log(`${tool}: ${row.name} (${row.path}) via Next …`);
    rows.push({ ...row, via: 'next', cache, result: await loadTest(next.base + row.path, load) });
  }
  if (!nginxInstalled()) {
    return { tool, rows, ratio: null, frontCacheAfter: null, note: `${NGINX} is not installed: front cache and static rows skipped.` };
  }
  const warnings: string[] = [];
  const warn = (line: string) => {
    warnings.push(line);
    log(`WARNING: ${line}`);
  };
  const front = await startFrontCache({ root: options.root, tmp: options.tmp, nextBase: next.base, nextPort: next.port, pagePath: REPORT_PAGE, headers: BROWSER_HEADERS, warn });
  try {
    const cache = await warm(front.cacheBase + REPORT_PAGE, 'x-cache-status');
    log(`${tool}: report page via the front cache (nginx) …`);
    const cached = await loadTest(front.cacheBase + REPORT_PAGE, load);
    const after = await warm(front.cacheBase + REPORT_PAGE, 'x-cache-status');
    rows.push({ name: 'report page', via: 'front cache', path: REPORT_PAGE, cache, result: cached });
    log(`${tool}: the same page as a static file (nginx gzip_static) …`);
    const staticResult = await loadTest(`${front.staticBase}/page.html`, load);
    rows.push({ name: 'report page', via: 'static file', path: '/page.html', cache: '–', result: staticResult });
    const ratio = staticResult.rps > 0 ? cached.rps / staticResult.rps : null;
    return { tool, rows, ratio, frontCacheAfter: after, note: warnings.length ? warnings.map((line) => `WARNING: ${line}`).join('\n') : null };
  } finally {
    await front.stop();
  }
}
