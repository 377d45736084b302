// The directory and search at the data layer, timed: the app's own loaders
// (lib/public/directory.ts loadDirectory, lib/public/public-departments.ts),
// uncached, many times each, p50/p95 per scenario; then each scenario once more
// with the SQL it sends captured (node-postgres' Client.query) and replayed
// with EXPLAIN (ANALYZE, BUFFERS) to show the plan and the indexes it uses (a
// Seq Scan on a big table fails the line). Then the same for the district
// oversight (dashboard, summary, quality) and the public statistics
// (./oversight-queries.ts).
//
// A child process of the benchmark (./data-layer.ts), because these modules
// `import 'server-only'`, which only loads under the react-server condition:
//   DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/queries.ts '<json QueryPlan>'
// Outside Next (no NEXT_RUNTIME) the loaders query the database directly.
// Prints one line `BENCH_RESULT <json>` (QueryResults) at the end.
import pg from 'pg';
import { db } from '@/lib/db/client';
import { loadDirectory } from '@/lib/public/directory';
import { NO_FILTER, type DirectoryFilter } from '@/lib/public/directory-filter';
import { listDepartmentDirectory } from '@/lib/public/public-departments';
import { BIG_TABLE_ROWS, seqScanProblems, summarizePlan, type QueryPlan, type QueryResults, type ScenarioGroup, type ScenarioResult } from './data-layer';
import { oversightScenarios } from './oversight-queries';

const plan = JSON.parse(process.argv[2] ?? '{}') as QueryPlan;

interface Captured {
  text: string;
  values: unknown[];
}
let capture: Captured[] | null = null;
type Query = (...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (capture) {
    if (typeof first === 'string') capture.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      capture.push({ text: config.text, values: config.values ?? [] });
    }
  }
  return originalQuery.apply(this, args);
};

export interface Scenario {
  group: ScenarioResult['group'];
  name: string;
  run: () => Promise<{ total: number | null; problem: string | null }>;
  /** Before each run, not timed (e.g. marking scores out of date). */
  prepare?: () => Promise<void>;
  /** At most this many timed runs (for a scenario of many queries). */
  maxIterations?: number;
  /** Replay its queries with EXPLAIN (default true; false for a scenario of hundreds of queries). */
  explain?: boolean;
  infoOnly?: boolean;
}

function directory(group: Scenario['group'], name: string, filter: Partial<DirectoryFilter>): Scenario {
  return {
    group,
    name,
    run: async () => {
      const view = await loadDirectory({ ...NO_FILTER, ...filter });
      return { total: view.results?.total ?? null, problem: view.problems[0] ?? (view.results ? null : 'no results') };
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;

async function time(scenario: Scenario): Promise<ScenarioResult> {
  await scenario.prepare?.();
  const first = await scenario.run(); // warm-up: connections, plans, JIT
  await scenario.prepare?.();
  await scenario.run();
  const times: number[] = [];
  const maxIterations = Math.min(plan.maxIterations, scenario.maxIterations ?? Infinity);
  const minIterations = Math.min(plan.minIterations, maxIterations);
  let spent = 0;
  while (times.length < maxIterations && (times.length < minIterations || spent < plan.budgetMs)) {
    await scenario.prepare?.();
    const before = performance.now();
    await scenario.run();
    times.push(performance.now() - before);
    spent += times.at(-1)!;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    group: scenario.group,
    name: scenario.name,
    iterations: times.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    total: first.total,
    problem: first.problem,
    plans: [],
    planProblems: [],
    ...(scenario.infoOnly ? { infoOnly: true } : {}),
  };
}

async function explain(scenario: Scenario, client: pg.Client, bigTables: Record<string, number>): Promise<{ plans: string[]; problems: string[] }> {
  await scenario.prepare?.();
  capture = [];
  await scenario.run();
  const queries = capture.filter((query) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1\b|DEALLOCATE)/i.test(query.text));
  capture = null;
  const plans: string[] = [];
  const problems: string[] = [];
  for (const query of queries) {
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`, query.values);
      plans.push(summarizePlan(query.text, rows[0]!['QUERY PLAN']));
      problems.push(...seqScanProblems(rows[0]!['QUERY PLAN'], bigTables));
    } catch (error) {
      plans.push(`(EXPLAIN failed: ${String(error).slice(0, 120)})`);
    }
  }
  return { plans, problems };
}

/** The tables of BIG_TABLE_ROWS rows or more, by the planner's estimate (VACUUM ANALYZE ran after the load). */
async function readBigTables(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ name: string; rows: number }>(
    `SELECT relname AS name, reltuples::float8 AS rows FROM pg_class
     WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples >= $1 ORDER BY reltuples DESC`,
    [BIG_TABLE_ROWS],
  );
  return Object.fromEntries(rows.map((row) => [row.name, Math.round(row.rows)]));
}

async function main() {
  const first = await loadDirectory(NO_FILTER);
  const lastPage = first.results?.pages ?? 1;
  const scenarios: Scenario[] = [
    directory('directory', 'no filter, page 1', {}),
    directory('directory', `no filter, middle page ${Math.ceil(lastPage / 2)}`, { page: Math.ceil(lastPage / 2) }),
    directory('directory', `no filter, last page ${lastPage}`, { page: lastPage }),
    directory('directory', 'year 2024, page 1', { year: 2024 }),
    directory('directory', `year 2024 + department ${plan.departmentSlug}`, { year: 2024, department: plan.departmentSlug }),
    directory('search-rare', `q=${plan.departmentName}`, { q: plan.departmentName }),
    directory('search-rare', `q=${plan.rareWord}`, { q: plan.rareWord }),
    directory('search-common', 'q=政府信息公开', { q: '政府信息公开' }),
    directory('search-common', 'q=年度报告', { q: '年度报告' }),
    {
      group: 'info',
      name: 'departments q=财政局 (/departments)',
      run: async () => ({ total: (await listDepartmentDirectory({ district: null, q: '财政局', page: 1 })).total, problem: null }),
    },
  ];
  const absent: Partial<Record<ScenarioGroup, string>> = {};
  scenarios.push(...(await oversightScenarios(plan.oversight, absent)));
  const results: ScenarioResult[] = [];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  let bigTables: Record<string, number> = {};
  try {
    bigTables = await readBigTables(client);
    for (const scenario of scenarios) {
      const result = await time(scenario);
      if (plan.explain && scenario.explain !== false) {
        const explained = await explain(scenario, client, bigTables);
        result.plans = explained.plans;
        result.planProblems = explained.problems;
      }
      results.push(result);
      console.error(`[queries] ${scenario.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${result.iterations} runs)${result.planProblems.length ? ` — ${result.planProblems.join('; ')}` : ''}`);
    }
  } finally {
    await client.end();
  }
  const output: QueryResults = { lastPage, scenarios: results, bigTables, absent };
  console.log(`BENCH_RESULT ${JSON.stringify(output)}`);
}

main()
  .then(() => db.$disconnect())
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error('[queries]', error);
    process.exit(1);
  });
