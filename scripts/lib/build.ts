// Production build of the portal, skipped when nothing it is built from changed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUT_DIRS = ['app', 'components', 'lib', 'public', 'prisma/seed'];
const INPUT_FILES = [
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
  'instrumentation.ts',
  'prisma/schema.prisma',
];
const SKIP = new Set(['node_modules', '.next', 'generated']);

function* files(root: string, dir: string): Generator<string> {
  const full = join(root, dir);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield dir;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(root, path);
    else yield path;
  }
}

/** A hash of every file the build reads from the project (tests excluded). */
export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of [...INPUT_DIRS, ...INPUT_FILES]) {
    for (const file of files(root, input)) {
      hash.update(relative(root, join(root, file)));
      hash.update(readFileSync(join(root, file)));
    }
  }
  return hash.digest('hex');
}

export function nextBin(root: string): string {
  return join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/** Builds into `distDir` unless the last build there came from the same sources. */
export async function buildIfChanged(root: string, distDir: string, log: (line: string) => void): Promise<void> {
  const marker = join(root, distDir, '.nianbao-source-hash');
  const hash = sourceHash(root);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash && existsSync(join(root, distDir, 'BUILD_ID'))) {
    log(`Production build in ${distDir} is up to date.`);
    return;
  }
  log(`Building the portal (next build → ${distDir}); this takes a minute or two …`);
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(root), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
  writeFileSync(marker, hash);
  log(`Build finished in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/**
 * Forgets the pages Next rendered and cached on disk during an earlier run.
 * While the server was stopped the database may have changed (a restore, a
 * fresh demo database, another instance publishing), and a cached page is
 * only replaced when a change happens through this server; pages are
 * rendered again on their first visit.
 */
export function clearRenderedPages(root: string, distDir: string): void {
  rmSync(join(root, distDir, 'server', 'route-cache'), { recursive: true, force: true });
}
