// The front cache under test: nginx with the project's own configuration
// (scripts/lib/front-cache.ts), plus a second server block that serves one
// page as a static file (gzip_static), the ceiling the front cache is compared
// with. nginx is stopped by cleanup() (./processes.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { freePort } from '../lib/database';
import { frontCacheConfig, NGINX } from '../lib/front-cache';
import { startProcess, stopProcess } from './processes';

export { NGINX, nginxInstalled } from '../lib/front-cache';

export interface FrontCache {
  /** The front cache (the project's configuration) in front of Next. */
  cacheBase: string;
  /** The same page as a static file: `${staticBase}/page.html`. */
  staticBase: string;
  stop: () => Promise<void>;
}

/** The project's configuration (scripts/lib/front-cache.ts) plus a server block that serves the static copy of the page. */
export function benchNginxConfig(template: string, places: { tmp: string; nextPort: number; cachePort: number; staticPort: number }): string {
  const staticServer = `
  # bench: the same page as a static file, the ceiling for the front cache.
  server {
    listen 127.0.0.1:${places.staticPort};
    root ${join(places.tmp, 'static')};
    location = /page.html {
      gzip_static on;
      default_type text/html;
      charset utf-8;
    }
  }`;
  return frontCacheConfig(template, places, staticServer);
}

/** GET with `Accept-Encoding: gzip`: the raw (compressed) body and its encoding. */
export function fetchRaw(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { ...headers, 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Saves the page as Next sends it with gzip: page.html.gz (those bytes) and page.html (unpacked). */
async function saveStaticPage(dir: string, pageUrl: string, headers: Record<string, string>): Promise<void> {
  const page = await fetchRaw(pageUrl, headers);
  if (page.status !== 200) throw new Error(`GET ${pageUrl} answered ${page.status}`);
  const html = page.encoding === 'gzip' ? gunzipSync(page.body) : page.body;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'page.html'), html);
  await writeFile(join(dir, 'page.html.gz'), page.encoding === 'gzip' ? page.body : gzipSync(html));
}

async function waitForPort(url: string, exited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (exited()) throw new Error('nginx exited at start');
    const response = await fetch(url).catch(() => null);
    if (response) {
      await response.body?.cancel();
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not answer on ${url}`);
}

/** Starts nginx with the project's configuration in front of Next, and the static copy of `pagePath`. */
export async function startFrontCache(options: {
  root: string;
  tmp: string;
  nextBase: string;
  nextPort: number;
  pagePath: string;
  headers: Record<string, string>;
  warn: (line: string) => void;
}): Promise<FrontCache> {
  const { tmp } = options;
  const [cachePort, staticPort] = [await freePort(), await freePort()];
  const template = await readFile(join(options.root, 'deploy', 'nginx', 'nianbao.conf'), 'utf8');
  await saveStaticPage(join(tmp, 'static'), options.nextBase + options.pagePath, options.headers);
  const configFile = join(tmp, 'nginx.conf');
  await writeFile(configFile, benchNginxConfig(template, { tmp, nextPort: options.nextPort, cachePort, staticPort }));
  const test = startProcess('nginx -t', NGINX, ['-p', tmp, '-c', configFile, '-t', '-q'], { output: 'ignore' });
  if ((await test.exited) !== 0) throw new Error(`nginx refused the generated configuration (${configFile}):\n${test.stderr()}`);
  // SIGQUIT: nginx's graceful stop.
  const nginx = startProcess('nginx', NGINX, ['-p', tmp, '-c', configFile, '-g', 'daemon off;'], { stopSignal: 'SIGQUIT' });
  let exited = false;
  void nginx.exited.then(() => (exited = true));
  const cacheBase = `http://127.0.0.1:${cachePort}`;
  const staticBase = `http://127.0.0.1:${staticPort}`;
  await waitForPort(`${staticBase}/page.html`, () => exited);
  await waitForPort(`${cacheBase}/api/health`, () => exited);
  return { cacheBase, staticBase, stop: () => stopProcess(nginx.child, 'SIGQUIT') };
}
