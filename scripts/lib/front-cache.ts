// The project's front cache (deploy/nginx/nianbao.conf) run from a temporary
// directory, for the benchmark and the tests: the lines marked "# bench: …"
// are pointed at the directory, the Next server and a free port, inside a
// minimal nginx.conf. nginx comes from the system (Debian's package).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from './database';

export const NGINX = '/usr/sbin/nginx';

export const nginxInstalled = () => existsSync(NGINX);

interface Places {
  tmp: string;
  nextPort: number;
  cachePort: number;
}

function replaceMarked(line: string, marker: string, places: Places): string {
  const comment = line.slice(line.indexOf('# bench:'));
  switch (marker) {
    case 'pages cache':
      return line.replace(/proxy_cache_path\s+\S+/, `proxy_cache_path ${join(places.tmp, 'cache-pages')}`);
    case 'assets cache':
      return line.replace(/proxy_cache_path\s+\S+/, `proxy_cache_path ${join(places.tmp, 'cache-assets')}`);
    case 'upstream':
      return line.replace(/server\s+\S+/, `server 127.0.0.1:${places.nextPort}`);
    case 'listen':
      return line.replace(/listen\s+[^;]+;.*/, `listen 127.0.0.1:${places.cachePort}; ${comment}`);
    default:
      throw new Error(`deploy/nginx/nianbao.conf: unknown marker “# bench: ${marker}”`);
  }
}

/** The project's configuration with the marked lines replaced, inside a minimal nginx.conf (plus `extraServers`). */
export function frontCacheConfig(template: string, places: Places, extraServers = ''): string {
  const seen = new Set<string>();
  const site = template
    .split('\n')
    .map((line) => {
      const marker = /#\s*bench:\s*(.+?)\s*$/.exec(line)?.[1];
      if (!marker) return line;
      seen.add(marker);
      return replaceMarked(line, marker, places);
    })
    .join('\n');
  for (const expected of ['pages cache', 'assets cache', 'upstream', 'listen']) {
    if (!seen.has(expected)) throw new Error(`deploy/nginx/nianbao.conf has no line marked “# bench: ${expected}”`);
  }
  const { tmp } = places;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return `# Generated from deploy/nginx/nianbao.conf (scripts/lib/front-cache.ts).
${isRoot ? 'user root;\n' : ''}worker_processes auto;
pid ${join(tmp, 'nginx.pid')};
error_log ${join(tmp, 'error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  error_log ${join(tmp, 'error.log')} warn;
  client_body_temp_path ${join(tmp, 'client-body')};
  proxy_temp_path ${join(tmp, 'proxy')};
  fastcgi_temp_path ${join(tmp, 'fastcgi')};
  uwsgi_temp_path ${join(tmp, 'uwsgi')};
  scgi_temp_path ${join(tmp, 'scgi')};
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;

${site}
${extraServers}
}
`;
}

export interface RunningFrontCache {
  base: string;
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  return { code, stderr };
}

/** Starts nginx with the project's configuration in front of Next on `nextPort`; `extraServers` go into its http block. */
export async function startFrontCache(options: { root: string; tmp: string; nextPort: number; extraServers?: string }): Promise<RunningFrontCache> {
  const { tmp } = options;
  await mkdir(tmp, { recursive: true });
  const cachePort = await freePort();
  const template = await readFile(join(options.root, 'deploy', 'nginx', 'nianbao.conf'), 'utf8');
  const configFile = join(tmp, 'nginx.conf');
  await writeFile(configFile, frontCacheConfig(template, { tmp, nextPort: options.nextPort, cachePort }, options.extraServers));
  const check = await run(['-p', tmp, '-c', configFile, '-t', '-q']);
  if (check.code !== 0) throw new Error(`nginx refused the configuration (${configFile}):\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', tmp, '-c', configFile, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const base = `http://127.0.0.1:${cachePort}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error('nginx exited at start');
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response) {
      await response.body?.cancel();
      break;
    }
    if (attempt > 100) throw new Error(`nginx did not answer on ${base}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    base,
    port: cachePort,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGQUIT'); // nginx's graceful stop
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
