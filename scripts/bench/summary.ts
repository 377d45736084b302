// The benchmark's final report: one table per measurement, then one verdict
// line per target (PASS / BELOW TARGET / ERRORS / SKIPPED), and whether any
// page answered with errors (the only failure: exit code 1).
import { BIG_TABLE_ROWS, QUERY_TARGETS, SEQ_SCAN_READ_ROWS, REFERENCE_SCENARIO, scenarioOutcome, scenarioValue, type QueryResults, type ScenarioResult, type TargetGroup } from './data-layer';
import type { DatasetInfo } from './dataset';
import { FRONT_CACHE_TARGET, type LoadSuite } from './load-suite';
import type { DownloadMemory } from './memory';
import { PAGE_LIMIT_BYTES, SITEMAP_URL_LIMIT, type PageCheck, type SitemapCheck } from './pages';
import { heading, kb, mb, ms, table, verdictLines, type Verdict } from './report';
import { RULE_CHECKER_P99_MS, type RuleCheckerResult } from './rule-checker';
import { signInPressureLines, signInPressureVerdict, type SignInPressure } from './sign-in-pressure';

export const MEMORY_TARGET_MB = 300;

export interface BenchResults {
  /** Cores and the 1-minute load average when the run started and ended (other work on the machine skews every figure). */
  machine: { cores: number; loadStart: number; loadEnd: number; tool: string };
  dataset: DatasetInfo;
  connections: number;
  duration: number;
  pages: PageCheck[];
  sitemap: SitemapCheck;
  queries: QueryResults;
  load: LoadSuite;
  downloads: DownloadMemory[];
  rules: RuleCheckerResult;
  signIns: SignInPressure;
}

function datasetSection({ dataset, machine }: BenchResults): string {
  const host =
    `Machine: ${machine.cores} cores, 1-minute load average ${machine.loadStart.toFixed(2)} when the run started (other work on the machine skews every figure), ` +
    `${machine.loadEnd.toFixed(2)} at the end (incl. this run's own load); Node ${process.version}; load tool ${machine.tool}.`;
  const counts = Object.entries(dataset.counts).map(([name, count]) => `${name} ${count.toLocaleString('en-US')}`).join(', ');
  const phases = dataset.phases.map((phase) => `${phase.label} ${phase.seconds.toFixed(1)} s`).join(', ');
  const sizes = table(
    ['table', '>rows', '>table MB', '>indexes MB', 'indexes (MB)'],
    dataset.sizes.map((size) => [size.table, size.rows.toLocaleString('en-US'), size.tableMb.toFixed(0), size.indexMb.toFixed(0), size.indexes.map((index) => `${index.name} ${index.mb.toFixed(0)}`).join(', ')]),
  );
  return [
    heading('Dataset'),
    host,
    counts,
    `Seed (demo district, through the app) ${dataset.seedSeconds.toFixed(1)} s; SQL load up to ${dataset.departments.toLocaleString('en-US')} departments ${dataset.loadSeconds.toFixed(1)} s (${phases}).`,
    `Detail rows written by the load (details_version current); faulty variant: ${dataset.faultyCell ?? '–'} off by one in 1 department in 25 of each district. Oversight measured on ${dataset.largestDistrict.code} (${dataset.largestDistrict.departments} departments), ${dataset.oversightYear}.`,
    sizes,
  ].join('\n');
}

function pagesSection({ pages }: BenchResults): string {
  const rows = pages.map((page) => [page.name, page.path, page.status, kb(page.bytes), page.urls, ms(page.coldMs), ms(page.warmMs), page.ok ? 'ok' : page.status !== page.expectStatus ? `expected ${page.expectStatus}` : 'TOO LARGE']);
  return `${heading('Page sizes (GET without compression; target < 200 KB, sitemap parts ≤ 50,000 URLs)')}\n${table(['page', 'path', '>status', '>HTML KB', '>URLs', '>1st ms', '>2nd ms', 'result'], rows)}`;
}

const DIRECTORY_GROUPS = new Set<ScenarioResult['group']>(['directory', 'search-rare', 'search-common', 'info']);

const targetText = (scenario: ScenarioResult) => {
  if (scenario.group === 'info' || scenario.infoOnly) return '–';
  const target = QUERY_TARGETS[scenario.group];
  return `${target.stat} ≤ ${target.ms}`;
};

/** The reference line of the same run (the directory's year page), or null. */
const reference = (queries: QueryResults) => queries.scenarios.find((scenario) => scenario.name === REFERENCE_SCENARIO) ?? null;

const times = (value: number, ref: ScenarioResult | null) => (ref && ref.p95 > 0 ? `${(value / ref.p95).toFixed(1)}×` : '–');

function plansOf(scenarios: ScenarioResult[]): string {
  const plans = scenarios
    .filter((scenario) => scenario.plans.length > 0 || scenario.planProblems.length > 0)
    .map((scenario) => [`  ${scenario.name}`, ...scenario.plans.map((plan) => `    ${plan}`), ...scenario.planProblems.map((problem) => `    SEQ SCAN ON A BIG TABLE: ${problem}`)].join('\n'));
  return plans.length ? `\nEXPLAIN (ANALYZE, BUFFERS):\n${plans.join('\n')}` : '';
}

function queriesSection({ queries }: BenchResults): string {
  const scenarios = queries.scenarios.filter((scenario) => DIRECTORY_GROUPS.has(scenario.group));
  const rows = scenarios.map((scenario) => [scenario.group, scenario.name, scenario.iterations, ms(scenario.p50), ms(scenario.p95), scenario.total, targetText(scenario), scenarioOutcome(scenario)]);
  const table1 = table(['group', 'scenario', '>runs', '>p50 ms', '>p95 ms', '>matches', '>target', 'result'], rows);
  return `${heading('Directory and search at the data layer (uncached, the app’s own loaders)')}\n${table1}${plansOf(scenarios)}`;
}

function oversightSection({ queries, dataset }: BenchResults): string {
  const scenarios = queries.scenarios.filter((scenario) => !DIRECTORY_GROUPS.has(scenario.group));
  const ref = reference(queries);
  const rows = scenarios.map((scenario) => [scenario.group, scenario.name, scenario.iterations, ms(scenario.p50), ms(scenario.p95), times(scenario.p95, ref), scenario.total, targetText(scenario), scenarioOutcome(scenario)]);
  const lines = [
    heading(`District oversight and statistics at the data layer (uncached, the app’s own functions; ${dataset.largestDistrict.code}, ${dataset.oversightYear})`),
    table(['group', 'scenario', '>runs', '>p50 ms', '>p95 ms', '>p95 × ref', '>rows', '>target', 'result'], rows),
    `× ref: p95 as a multiple of the directory's “${REFERENCE_SCENARIO}” p95 in this run (${ref ? ms(ref.p95) : '–'} ms). A Seq Scan reading ≥ ${SEQ_SCAN_READ_ROWS.toLocaleString('en-US')} rows of a table of ≥ ${BIG_TABLE_ROWS.toLocaleString('en-US')} rows fails its line (such tables: ${Object.keys(queries.bigTables).join(', ') || 'none'}).`,
  ];
  for (const [group, reason] of Object.entries(queries.absent)) lines.push(`${group}: not measured — ${reason}`);
  return lines.join('\n') + plansOf(scenarios);
}

function loadSection({ load, connections, duration }: BenchResults): string {
  const rows = load.rows.map((row) => [row.via, row.name, row.path, row.result.rps.toFixed(0), ms(row.result.p50), ms(row.result.p99), row.result.kbPerResponse.toFixed(1), row.result.non2xx, row.result.errors, row.cache]);
  const lines = [
    heading(`HTTP load (${load.tool}, ${connections} connections, ${duration} s each after a warm-up, browser headers incl. gzip)`),
    table(['via', 'page', 'path', '>req/s', '>p50 ms', '>p99 ms', '>KB/resp', '>non2xx', '>errors', 'cache header before'], rows),
  ];
  if (load.note) lines.push(load.note);
  if (load.frontCacheAfter) lines.push(`X-Cache-Status through the front cache: before the run ${load.rows.find((row) => row.via === 'front cache')?.cache}, after it ${load.frontCacheAfter}.`);
  if (load.ratio !== null) lines.push(`front cache / static file: ${(load.ratio * 100).toFixed(0)}% (target ≥ ${FRONT_CACHE_TARGET * 100}%).`);
  return lines.join('\n');
}

function signInSection({ signIns }: BenchResults): string {
  return [heading('A cached page while sign-ins hash passwords (10 connections)'), ...signInPressureLines(signIns)].join('\n');
}

function memorySection({ downloads }: BenchResults): string {
  const rows = downloads.map((download) => [
    download.path,
    download.status,
    mb(download.bytes),
    download.lines.toLocaleString('en-US'),
    download.seconds.toFixed(1),
    download.rssBefore.toFixed(0),
    download.rssMax.toFixed(0),
    download.rssAfter.toFixed(0),
    (download.rssMax - download.rssBefore).toFixed(0),
  ]);
  return `${heading('Open data downloads: server RSS (next start and children, sampled every 200 ms)')}\n${table(['file', '>status', '>MB', '>lines', '>s', '>RSS before MB', '>max MB', '>after MB', '>growth MB'], rows)}`;
}

function sitemapSection({ sitemap }: BenchResults): string {
  const rows = sitemap.parts.map((part) => [part.loc.replace(/^https?:\/\/[^/]+/, ''), part.status, part.urls.toLocaleString('en-US'), part.wellFormed ? 'yes' : 'NO', part.samples.join(' '), part.ok ? 'ok' : 'PROBLEM']);
  return `${heading('Sitemap')}\n/sitemap.xml: status ${sitemap.indexStatus}, ${sitemap.indexWellFormed ? 'well-formed' : 'NOT well-formed'}, ${sitemap.parts.length} parts, ${sitemap.totalUrls.toLocaleString('en-US')} URLs in all\n${table(['part', '>status', '>URLs', 'well-formed', 'first/last URL status', 'result'], rows)}`;
}

function rulesSection({ rules }: BenchResults): string {
  return `${heading('Rule checker')}\ncheckReport (gov-2021, sample2021 with previous year, ${rules.issues} issues): ${rules.iterations} calls, mean ${rules.mean.toFixed(3)} ms, p99 ${rules.p99.toFixed(3)} ms`;
}

const verdict = (target: string, pass: boolean, detail: string): Verdict => ({ target, outcome: pass ? 'PASS' : 'BELOW TARGET', detail });

/** The verdicts, and whether a page answered with errors. */
export function verdicts(results: BenchResults): { list: Verdict[]; errors: string[] } {
  const errors: string[] = [];
  const list: Verdict[] = [];
  const { pages, queries, load, downloads, sitemap, rules, signIns } = results;
  const pressure = signInPressureVerdict(signIns);
  list.push(verdict('cached page p50 while 30 sign-ins run ≤ 5× alone (≥ 50 ms allowed)', pressure.pass, pressure.detail));

  for (const page of pages) if (page.status !== page.expectStatus) errors.push(`${page.path} answered ${page.status} (expected ${page.expectStatus})`);
  const htmlPages = pages.filter((page) => page.urls === null && page.status === page.expectStatus);
  const largest = htmlPages.reduce((top, page) => (page.bytes > top.bytes ? page : top), htmlPages[0]!);
  const tooLarge = htmlPages.filter((page) => page.bytes >= PAGE_LIMIT_BYTES);
  list.push(verdict('every public page < 200 KB', tooLarge.length === 0, tooLarge.length ? `over: ${tooLarge.map((page) => `${page.path} ${kb(page.bytes)} KB`).join(', ')}` : `largest ${largest?.path} ${kb(largest?.bytes ?? 0)} KB`));

  const ref = reference(queries);
  for (const [group, target] of Object.entries(QUERY_TARGETS) as [TargetGroup, (typeof QUERY_TARGETS)[TargetGroup]][]) {
    const scenarios = queries.scenarios.filter((scenario) => scenario.group === group && !scenario.infoOnly);
    const label = `${group} ${target.stat} ≤ ${target.ms} ms`;
    if (scenarios.length === 0) {
      list.push({ target: label, outcome: 'SKIPPED', detail: queries.absent[group] ?? 'not measured' });
      continue;
    }
    const worst = scenarios.reduce((top, scenario) => (scenarioValue(scenario, target) > scenarioValue(top, target) ? scenario : top), scenarios[0]!);
    const problems = scenarios.filter((scenario) => scenario.problem);
    const seqScans = scenarios.filter((scenario) => scenario.planProblems.length > 0);
    const pass = problems.length === 0 && seqScans.length === 0 && scenarios.every((scenario) => scenarioValue(scenario, target) <= target.ms);
    const compared = DIRECTORY_GROUPS.has(group) ? '' : ` (${times(worst.p95, ref)} the directory's ${ref ? ms(ref.p95) : '–'} ms)`;
    const detail = problems.length
      ? `problem: ${problems.map((scenario) => `${scenario.name}: ${scenario.problem}`).join('; ')}`
      : seqScans.length
        ? `Seq Scan on a big table: ${seqScans.map((scenario) => `${scenario.name}: ${scenario.planProblems.join(', ')}`).join('; ')}`
        : `slowest ${worst.name}: ${target.stat} ${ms(scenarioValue(worst, target))} ms${compared}`;
    list.push(verdict(label, pass, detail));
  }

  for (const row of load.rows) {
    if (row.result.non2xx > 0 || row.result.errors > 0) errors.push(`${row.via} ${row.path}: ${row.result.non2xx} non-2xx, ${row.result.errors} connection errors under load`);
  }
  if (load.ratio === null) list.push({ target: 'front cache ≥ 50% of a static file', outcome: 'SKIPPED', detail: load.note ?? 'no static row' });
  else list.push(verdict('front cache ≥ 50% of a static file (req/s)', load.ratio >= FRONT_CACHE_TARGET, `${(load.ratio * 100).toFixed(0)}%`));
  if (load.frontCacheAfter !== null) {
    const before = load.rows.find((row) => row.via === 'front cache')?.cache ?? '';
    list.push(verdict('front cache answers from its cache (X-Cache-Status HIT)', /HIT$/.test(before) && /HIT$/.test(load.frontCacheAfter), `before the run ${before}, after it ${load.frontCacheAfter}`));
  }

  for (const download of downloads) {
    if (download.status !== 200) errors.push(`${download.path} answered ${download.status}`);
    const growth = download.rssMax - download.rssBefore;
    list.push(verdict(`${download.path}: server RSS growth ≤ ${MEMORY_TARGET_MB} MB`, growth <= MEMORY_TARGET_MB, `+${growth.toFixed(0)} MB (${download.rssBefore.toFixed(0)} → max ${download.rssMax.toFixed(0)} MB) for ${mb(download.bytes)} MB in ${download.seconds.toFixed(1)} s`));
  }

  for (const part of sitemap.parts) if (part.status !== 200 || part.samples.some((status) => status !== 200)) errors.push(`sitemap ${part.loc}: status ${part.status}, sampled addresses ${part.samples.join(' ')}`);
  if (sitemap.indexStatus !== 200) errors.push(`/sitemap.xml answered ${sitemap.indexStatus}`);
  const biggest = Math.max(0, ...sitemap.parts.map((part) => part.urls));
  list.push(verdict(`sitemap: parts answer 200, well-formed, ≤ ${SITEMAP_URL_LIMIT.toLocaleString('en-US')} URLs each`, sitemap.ok, `${sitemap.parts.length} parts, ${sitemap.totalUrls.toLocaleString('en-US')} URLs, largest part ${biggest.toLocaleString('en-US')}`));

  list.push(verdict(`checkReport p99 < ${RULE_CHECKER_P99_MS} ms`, rules.p99 < RULE_CHECKER_P99_MS, `p99 ${rules.p99.toFixed(3)} ms`));
  return { list, errors };
}

export function printResults(results: BenchResults): { failed: boolean } {
  const sections = [datasetSection, pagesSection, queriesSection, oversightSection, loadSection, signInSection, memorySection, sitemapSection, rulesSection];
  console.log(sections.map((section) => section(results)).join('\n'));
  const { list, errors } = verdicts(results);
  for (const error of errors) list.push({ target: 'pages answer without errors', outcome: 'ERRORS', detail: error });
  console.log(`${heading('Targets')}\n${verdictLines(list)}\n`);
  return { failed: errors.length > 0 };
}
