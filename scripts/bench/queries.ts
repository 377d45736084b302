// The directory and search at the data layer, timed: the app's own loaders
// (lib/public/directory.ts loadDirectory, lib/public/public-departments.ts),
// uncached, many times each, p50/p95 per scenario; then each scenario once more
// with the SQL it sends captured (node-postgres' Client.query) and replayed
// with EXPLAIN (ANALYZE, BUFFERS) to show the plan and the indexes it uses.
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
import { summarizePlan, type QueryPlan, type QueryResults, type ScenarioResult } from './data-layer';

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

interface Scenario {
  group: ScenarioResult['group'];
  name: string;
  run: () => Promise<{ total: number | null; problem: string | null }>;
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
  const first = await scenario.run(); // warm-up: connections, plans, JIT
  await scenario.run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < plan.maxIterations && (times.length < plan.minIterations || performance.now() - started < plan.budgetMs)) {
    const before = performance.now();
    await scenario.run();
    times.push(performance.now() - before);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { group: scenario.group, name: scenario.name, iterations: times.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), total: first.total, problem: first.problem, plans: [] };
}

async function explain(scenario: Scenario, client: pg.Client): Promise<string[]> {
  capture = [];
  await scenario.run();
  const queries = capture.filter((query) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1\b)/i.test(query.text));
  capture = null;
  const lines: string[] = [];
  for (const query of queries) {
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`, query.values);
      lines.push(summarizePlan(query.text, rows[0]!['QUERY PLAN']));
    } catch (error) {
      lines.push(`(EXPLAIN failed: ${String(error).slice(0, 120)})`);
    }
  }
  return lines;
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
  const results: ScenarioResult[] = [];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const scenario of scenarios) {
      const result = await time(scenario);
      if (plan.explain) result.plans = await explain(scenario, client);
      results.push(result);
      console.error(`[queries] ${scenario.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${result.iterations} runs)`);
    }
  } finally {
    await client.end();
  }
  const output: QueryResults = { lastPage, scenarios: results };
  console.log(`BENCH_RESULT ${JSON.stringify(output)}`);
}

main()
  .then(() => db.$disconnect())
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error('[queries]', error);
    process.exit(1);
  });
