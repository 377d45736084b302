// `npm run bench [-- --departments N]`: the portal's performance benchmark.
//   1. a throwaway embedded PostgreSQL with the demo district (every report
//      2019–2025 published), widened with plain SQL to N departments (default
//      30; 14286 ≈ a province: 100,000 published reports) — ./dataset.ts
//   2. a production build in .next-bench served by `next start` — ./server.ts
//   3. measurements, printed side by side at the end (./summary.ts):
//      a) public page sizes (< 200 KB) — ./pages.ts
//      b) directory and search at the data layer, p50/p95 and plans — ./data-layer.ts, ./queries.ts
//         and the district oversight (deadline dashboard, district summary, cell
//         breakdown, quality) and the public statistics — ./oversight-queries.ts
//      c) HTTP load: Next alone (incl. the public district summary), the nginx
//         front cache, a static file — ./load-suite.ts
//      d) server memory while a year of open data downloads — ./memory.ts
//      e) the sitemap: parts, URL counts, well-formed XML — ./pages.ts
//      f) a cached page while 30 sign-ins hash passwords at once — ./sign-in-pressure.ts
//      and the rule checker micro-benchmark — ./rule-checker.ts
// BENCH_DURATION: seconds per load test (default 10). Targets not met print
// BELOW TARGET and exit 0; the exit code is 1 only when a page answers with
// errors or non-2xx statuses (or the benchmark itself fails). Everything it
// started is stopped at the end, on errors and on Ctrl-C (./processes.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabaseIfMissing, startTestServer, withDatabase } from '../lib/database';
import { runQueries } from './data-layer';
import { loadDataset, tuneThrowawayServer, untuneThrowawayServer, type DatasetInfo } from './dataset';
import { runLoadSuite } from './load-suite';
import { downloadWithMemory } from './memory';
import { checkPages, checkSitemap, type PageSpec } from './pages';
import { cleanup, isCleaningUp, onCleanup } from './processes';
import { benchRuleChecker } from './rule-checker';
import { startNext } from './server';
import { measureSignInPressure } from './sign-in-pressure';
import { printResults } from './summary';
import { BROWSER_HEADERS, loadTool } from './http-load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (line: string) => console.log(`[bench] ${line}`);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const DEFAULT_DEPARTMENTS = 30;
/** Occurs only in the real 2020 report of 章贡区财政局, and so in its copies (1 in 22 × 7 bench reports). */
const RARE_WORD = '习近平';

function parseArguments(argv: string[]): { departments: number } {
  let departments = DEFAULT_DEPARTMENTS;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [flag, inline] = argument.split('=', 2);
    if (flag === '--departments') {
      const value = inline ?? argv[++index];
      departments = Number(value);
      if (!Number.isInteger(departments) || departments < 22 || departments > 99_999) {
        throw new Error(`--departments must be a whole number from 22 (the demo district) to 99999, not “${value}”`);
      }
    } else if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run bench [-- --departments N]   (N default 30; 14286 ≈ a province, 100,000 reports)\nBENCH_DURATION=seconds per load test (default 10)');
      process.exit(0);
    } else {
      throw new Error(`unknown argument “${argument}” (try --help)`);
    }
  }
  return { departments };
}

/** The public statistics (/statistics), measured when the page exists. */
const hasStatisticsPage = () => existsSync(join(root, 'app', '(public)', 'statistics', 'page.tsx'));

const summaryPath = (dataset: DatasetInfo) => `/summary/${dataset.largestDistrict.code}/${dataset.oversightYear}`;

/** Pages load-tested through Next alone besides the fixed ones (./load-suite.ts). */
function extraLoadRows(dataset: DatasetInfo): { name: string; path: string }[] {
  return [{ name: 'district summary', path: summaryPath(dataset) }, ...(hasStatisticsPage() ? [{ name: 'statistics', path: '/statistics' }] : [])];
}

function publicPages(dataset: DatasetInfo): PageSpec[] {
  const lastPage = Math.max(1, Math.ceil(dataset.publicReports / 20));
  const q = (text: string) => encodeURIComponent(text);
  return [
    { name: 'home', path: '/' },
    { name: 'departments', path: '/departments' },
    { name: 'departments of a district', path: `/departments?district=${dataset.districtCode}` },
    { name: 'departments search', path: `/departments?q=${q('财政局')}` },
    { name: 'department', path: '/departments/finance' },
    { name: 'department (bench)', path: `/departments/${dataset.sample.slug}` },
    { name: 'report (largest)', path: '/departments/finance/2020' },
    { name: 'report (bench)', path: `/departments/${dataset.sample.slug}/2024` },
    { name: 'edition', path: '/departments/market-regulation/2023/editions/1' },
    { name: 'directory', path: '/reports' },
    { name: 'directory year', path: '/reports?year=2024' },
    { name: 'directory year+dept', path: `/reports?year=2024&department=${dataset.sample.slug}` },
    { name: 'directory last page', path: `/reports?page=${lastPage}` },
    { name: 'search rare', path: `/reports?q=${q(dataset.sample.name)}` },
    { name: 'search common', path: `/reports?q=${q('政府信息公开')}` },
    { name: 'open data', path: '/open-data' },
    { name: 'sitemap index', path: '/sitemap.xml' },
    { name: 'sitemap part', path: '/sitemaps/reports-2024-1.xml' },
    { name: 'summary index', path: '/summary' },
    { name: 'district summary', path: summaryPath(dataset) },
    { name: 'summary cell', path: `${summaryPath(dataset)}/cells/${dataset.summaryCell}` },
    ...(hasStatisticsPage() ? [{ name: 'statistics', path: '/statistics' }] : []),
    { name: 'not found', path: '/departments/bench-no-such-department', expectStatus: 404 },
    { name: 'login', path: '/login' },
  ];
}

async function main(): Promise<number> {
  const { departments } = parseArguments(process.argv.slice(2));
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  if (!(duration > 0)) throw new Error('BENCH_DURATION must be a positive number of seconds');

  const loadStart = loadavg()[0]!;
  log('Rule checker micro-benchmark (before anything else runs) …');
  const rules = benchRuleChecker();

  const tmp = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  onCleanup('temporary directory', () => rm(tmp, { recursive: true, force: true }));
  const database = await startTestServer(log);
  onCleanup('database', () => database.stop());
  if (database.owned) await tuneThrowawayServer(database.adminUrl);
  const name = `nianbao_bench_${Date.now()}`;
  await createDatabaseIfMissing(database.adminUrl, name);
  const url = withDatabase(database.adminUrl, name);
  const dataset = await loadDataset(url, departments, log);
  if (database.owned) await untuneThrowawayServer(database.adminUrl);
  log(`Dataset ready: ${dataset.departments} departments, ${dataset.publicReports} published reports, ${dataset.counts.public_report_cells} cells; SQL load ${dataset.loadSeconds.toFixed(1)} s.`);

  const next = await startNext(root, url, log);

  log('Page sizes …');
  const pages = await checkPages(next.base, publicPages(dataset));
  log('Sitemap …');
  const sitemap = await checkSitemap(next.base);

  log('Directory and search at the data layer (child process) …');
  const queries = await runQueries(root, url, {
    departmentSlug: dataset.sample.slug,
    departmentName: dataset.sample.name,
    rareWord: RARE_WORD,
    oversight: { districtCode: dataset.largestDistrict.code, year: dataset.oversightYear },
    explain: true,
    minIterations: 10,
    maxIterations: 200,
    budgetMs: 3000,
  });

  log('Open data downloads with memory sampling …');
  const downloads = [];
  for (const path of ['/open-data/2024.csv', '/open-data/2024.jsonl']) {
    downloads.push(await downloadWithMemory(next.base + path, path, next.pid, BROWSER_HEADERS));
    log(`  ${path}: ${(downloads.at(-1)!.bytes / 1024 / 1024).toFixed(1)} MB in ${downloads.at(-1)!.seconds.toFixed(1)} s`);
  }

  log(`HTTP load: ${CONNECTIONS} connections, ${duration} s per row …`);
  const load = await runLoadSuite({ root, tmp, next, extraRows: extraLoadRows(dataset), connections: CONNECTIONS, duration, warmup: WARMUP_SECONDS, log });

  const signIns = await measureSignInPressure(next.base, '/departments/finance/2020', duration, log);

  const machine = { cores: availableParallelism(), loadStart, loadEnd: loadavg()[0]!, tool: loadTool() };
  const { failed } = printResults({ machine, dataset, connections: CONNECTIONS, duration, pages, sitemap, queries, load, downloads, rules, signIns });
  return failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping …`);
    void cleanup(log).finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    if (!isCleaningUp()) console.error('[bench]', error); // not the errors of a run stopped by Ctrl-C
    return 1;
  })
  .then(async (code) => {
    await cleanup(log);
    process.exit(code);
  });
