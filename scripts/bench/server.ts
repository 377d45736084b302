// The portal under test: a production build in .next-bench (rebuilt only when
// the sources changed) served by `next start` on a free port, with the
// environment the old benchmark used; ready once /api/health answers 200.
// Stopped by cleanup() (./processes.ts).
import { freePort } from '../lib/database';
import { buildIfChanged, clearRenderedPages, nextBin } from '../lib/build';
import { startProcess, type Started } from './processes';

export const DIST_DIR = '.next-bench';

export interface NextServer {
  base: string;
  port: number;
  /** The process serving requests (the one whose memory is measured). */
  pid: number;
  process: Started;
}

function serverEnv(databaseUrl: string, base: string, distDir: string) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    PUBLIC_BASE_URL: base,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

async function waitForHealth(base: string, server: Started): Promise<void> {
  let exitCode: number | null = null;
  void server.exited.then((code) => (exitCode = code));
  for (let attempt = 0; attempt < 240; attempt++) {
    if (exitCode !== null) throw new Error(`next start exited with code ${exitCode}`);
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.status === 200) return;
    await response?.body?.cancel();
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('the server did not answer /api/health with 200 within two minutes');
}

/** Builds if needed and starts `next start`; resolves once it is healthy. Another build folder and a fixed port: npm run loadtest. */
export async function startNext(
  root: string,
  databaseUrl: string,
  log: (line: string) => void,
  { distDir = DIST_DIR, port: fixedPort }: { distDir?: string; port?: number } = {},
): Promise<NextServer> {
  const port = fixedPort ?? (await freePort());
  const base = `http://localhost:${port}`;
  const env = serverEnv(databaseUrl, base, distDir);
  Object.assign(process.env, env); // next.config.js reads NEXT_DIST_DIR during the build
  await buildIfChanged(root, distDir, log);
  // Next may keep rendered pages of an earlier run (another database) in the
  // dist dir: drop them, so that pages show this run's data.
  clearRenderedPages(root, distDir);
  const server = startProcess('next', process.execPath, [nextBin(root), 'start', '-p', String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
  });
  await waitForHealth(base, server);
  log(`Server ready on ${base} (pid ${server.child.pid}).`);
  return { base, port, pid: server.child.pid!, process: server };
}
