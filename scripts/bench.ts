// `npm run bench`: the portal's performance benchmark.
//   1. a throwaway embedded PostgreSQL with the demo district, widened to 30+
//      departments, each with a published report for every year 2019–2025
//   2. a production build in .next-bench (rebuilt only when the sources changed)
//      served by `next start` on a free port
//   3. autocannon (50 connections, BENCH_DURATION seconds, default 10) against
//      the cached public pages, compared with the targets below; BENCH_GZIP=1
//      sends `Accept-Encoding: gzip` as browsers do (Next then compresses each
//      response, cached or not)
//   4. a micro-benchmark of the rule checker the editor runs on every keystroke
// It reports numbers and exits 0 even below target; it exits 1 only when a
// page answers with errors or non-2xx statuses. Everything it started is
// stopped at the end, on errors and on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDbClient } from '@/lib/db/create-client';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { sample2021 } from '@/lib/report-format/testing/sample-content';
import { DEMO_YEARS, seedDemoReports } from '@/prisma/seed/demo-reports';
import { buildIfChanged, clearRenderedPages, nextBin } from './lib/build';
import { createDatabaseIfMissing, freePort, startTestServer, withDatabase, type DatabaseHandle } from './lib/database';
import { prepareDatabase } from './lib/prepare-database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[bench] ${line}`);
const DIST_DIR = '.next-bench';
const MIN_DEPARTMENTS = 30;
const CONNECTIONS = 50;
const duration = Number(process.env.BENCH_DURATION ?? 10);
const headers: Record<string, string> = process.env.BENCH_GZIP === '1' ? { 'accept-encoding': 'gzip' } : {};

// autocannon ships no types: the part of its programmatic API used here.
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

// The pages a visitor (or a crawler) hits most, all cached by Next (ISR).
// The real 2020 finance report is the largest page of the portal.
const TARGETS = [
  { name: 'report page', path: '/departments/finance/2020', minRps: 2000, maxP99: 100 },
  { name: 'department page', path: '/departments/finance', minRps: 2000, maxP99: 100 },
  { name: 'filtered directory', path: '/reports?year=2024&department=education', minRps: 500, maxP99: null },
  { name: 'year directory', path: '/reports?year=2024', minRps: 500, maxP99: null },
] as const;

let database: DatabaseHandle | undefined;
let server: ChildProcess | undefined;
let cleaning: Promise<void> | undefined;

/** Stops the Next server (SIGTERM, then waits for it) and the database; safe to call twice. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const child = server;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await database?.stop().catch((error: unknown) => console.error(error));
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping …`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Runs checkReport like the editor does (full content, with the previous year) and times each call. */
function benchRuleChecker(iterations = 2000) {
  const format = getFormat('gov-2021');
  const content = sample2021();
  const previous = { format, content: sample2021() };
  for (let i = 0; i < 200; i++) checkReport(format, content, { previous }); // let the JIT settle
  const times: number[] = [];
  let issues = 0;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    issues = checkReport(format, content, { previous }).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
  return { iterations, mean, p99, issues };
}

/** Migrations, the demo district, extra departments up to 30, and every report 2019–2025 published. */
async function prepareData(url: string) {
  await prepareDatabase(url, { demoReports: false, log });
  const db = createDbClient(url, { maxConnections: 2 });
  try {
    const district = await db.district.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
    const existing = await db.department.count({ where: { active: true } });
    const last = await db.department.aggregate({ _max: { sortOrder: true } });
    // Departments without an editor are fine: seedDemoReports then records
    // the approver as the submitter.
    for (let n = 1; n <= MIN_DEPARTMENTS - existing; n++) {
      const number = String(n).padStart(2, '0');
      await db.department.create({
        data: {
          districtId: district.id,
          slug: `bench-dept-${number}`,
          name: `章贡区测试部门${number}`,
          shortName: `区测试部门${number}`,
          sortOrder: (last._max.sortOrder ?? 0) + n * 10,
          address: `章贡区测试路${n}号`,
          phone: `0797-81${String(n).padStart(5, '0')}`,
          email: `bench-dept-${number}@zhanggong.example.gov.cn`,
        },
      });
    }
    // inProgress {}: every 2025 report is published too (the demo leaves some unfinished).
    const created = await seedDemoReports(db, { inProgress: {}, log });
    const departments = await db.department.count({ where: { active: true } });
    const published = await db.report.count({ where: { status: 'PUBLISHED', publishedEditionId: { not: null } } });
    const expected = departments * DEMO_YEARS.length;
    if (published !== expected) throw new Error(`expected ${expected} published reports, found ${published} (created ${created})`);
    log(`Dataset: ${departments} active departments, ${published} published reports (${created} generated).`);
  } finally {
    await db.$disconnect();
  }
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server && server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('the server did not answer /api/health with 200');
}

/** Renders the page into Next's cache; warns if the repeated request is not a cache HIT. */
async function warm(base: string, path: string): Promise<{ cache: string; kb: string }> {
  const states: string[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const response = await fetch(base + path, { redirect: 'manual' });
    const body = await response.text();
    bytes = Buffer.byteLength(body);
    if (response.status !== 200) {
      const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? body.slice(0, 200);
      throw new Error(`GET ${path} answered ${response.status} (x-nextjs-cache: ${response.headers.get('x-nextjs-cache')}, title: ${title})`);
    }
    states.push(response.headers.get('x-nextjs-cache') ?? '(none)');
  }
  if (states[1] !== 'HIT') console.warn(`[bench] WARNING: ${path} is not served from cache (x-nextjs-cache: ${states.join(' → ')})`);
  return { cache: states.join('→'), kb: (bytes / 1024).toFixed(0) };
}

// The result table: one row per target, padded columns.
const COLUMNS = [['target', 19], ['path', 41], ['req/s', 8], ['p99 ms', 8], ['p50 ms', 8], ['non2xx', 7], ['err/tmo', 8], ['KB', 5], ['x-nextjs-cache', 15], ['result', 0]] as const;
const tableRow = (cells: (string | number)[]) => cells.map((cell, i) => String(cell).padEnd(COLUMNS[i]?.[1] ?? 0)).join(' ');

async function main() {
  if (!(duration > 0)) throw new Error('BENCH_DURATION must be a positive number of seconds');

  log('Rule checker micro-benchmark (before anything else runs) …');
  const rules = benchRuleChecker();

  database = await startTestServer(log);
  const name = `nianbao_bench_${Date.now()}`;
  await createDatabaseIfMissing(database.adminUrl, name);
  const url = withDatabase(database.adminUrl, name);
  await prepareData(url);

  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    PUBLIC_BASE_URL: base,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  Object.assign(process.env, env); // next.config.js reads NEXT_DIST_DIR during the build
  await buildIfChanged(root, DIST_DIR, log);
  // Next keeps rendered ISR pages in the dist dir across restarts: drop those
  // of an earlier run (another database), so that pages show this run's data.
  clearRenderedPages(root, DIST_DIR);

  // `-H localhost`, not 127.0.0.1: Next rewrites 127.0.0.1 to localhost in
  // request.nextUrl, so with -H 127.0.0.1 the rewrites made in proxy.ts
  // (/reports?… → /portal/…) look like another origin, are proxied back to
  // the server as new requests, and the proxy answers those with 404.
  server = spawn(process.execPath, [nextBin(root), 'start', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NODE_ENV: 'production' },
  });
  await waitForHealth(base);
  log(`Server ready on ${base}. ${CONNECTIONS} connections, ${duration} s per target${headers['accept-encoding'] ? ', gzip' : ''}.`);

  const rows = [tableRow(COLUMNS.map(([title]) => title))];
  let failed = false;
  for (const target of TARGETS) {
    const page = await warm(base, target.path);
    const options = { url: base + target.path, connections: CONNECTIONS, headers };
    await autocannon({ ...options, duration: 3 }); // warm-up, discarded
    const result = await autocannon({ ...options, duration });
    const rps = result.requests.average;
    const pass = rps >= target.minRps && (target.maxP99 === null || result.latency.p99 < target.maxP99);
    const broken = result.non2xx > 0 || result.errors > 0 || result.timeouts > 0;
    failed ||= broken;
    const goal = `≥${target.minRps}/s${target.maxP99 === null ? '' : `, p99<${target.maxP99}ms`}`;
    const verdict = `${broken ? 'ERRORS' : pass ? 'PASS' : 'BELOW TARGET'} (${goal})`;
    const latency = result.latency;
    rows.push(tableRow([target.name, target.path, rps.toFixed(0), latency.p99, latency.p50, result.non2xx, `${result.errors}/${result.timeouts}`, page.kb, page.cache, verdict]));
    log(`${target.name}: ${rps.toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
  }

  console.log(['', ...rows, ''].join('\n'));
  console.log(
    `checkReport (gov-2021, sample2021 with previous year, ${rules.issues} issues): ${rules.iterations} calls, ` +
      `mean ${rules.mean.toFixed(3)} ms, p99 ${rules.p99.toFixed(3)} ms — ${rules.p99 < 5 ? 'PASS' : 'BELOW TARGET'} (< 5 ms)`,
  );
  return failed ? 1 : 0;
}

main()
  .catch((error: unknown) => {
    if (!cleaning) console.error('[bench]', error); // not the errors of a run stopped by Ctrl-C
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
