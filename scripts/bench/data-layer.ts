// Runs the data-layer timings (./queries.ts) in a child process under the
// react-server condition (the app's loaders import 'server-only') and reads
// its result; also the shapes they exchange and the one-line summary of an
// EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan that the child prints.
import { startProcess } from './processes';

export interface QueryPlan {
  departmentSlug: string;
  departmentName: string;
  rareWord: string;
  explain: boolean;
  minIterations: number;
  maxIterations: number;
  /** Time spent per scenario once minIterations ran. */
  budgetMs: number;
}

export interface ScenarioResult {
  group: 'directory' | 'search-rare' | 'search-common' | 'info';
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  total: number | null;
  problem: string | null;
  plans: string[];
}

export interface QueryResults {
  lastPage: number;
  scenarios: ScenarioResult[];
}

/** p50 targets per group, in ms. */
export const QUERY_TARGETS: Record<Exclude<ScenarioResult['group'], 'info'>, number> = {
  directory: 20,
  'search-rare': 100,
  'search-common': 300,
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'CTE Name'?: string;
  'Heap Fetches'?: number;
  'Actual Rows'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

interface ExplainJson {
  Plan: PlanNode & { 'Shared Hit Blocks'?: number; 'Shared Read Blocks'?: number };
  'Execution Time': number;
}

function describeNode(node: PlanNode): string {
  const target = node['Index Name'] ?? node['Relation Name'] ?? node['CTE Name'];
  const details: string[] = [];
  if (target) details.push(target);
  if (node['Heap Fetches'] !== undefined) details.push(`heap fetches ${node['Heap Fetches']}`);
  if (node['Rows Removed by Index Recheck']) details.push(`recheck removed ${node['Rows Removed by Index Recheck']}`);
  if (node['Rows Removed by Filter']) details.push(`filter removed ${node['Rows Removed by Filter']}`);
  if (node['Actual Rows'] !== undefined && /Scan|Sort/.test(node['Node Type'])) details.push(`rows ${node['Actual Rows']}`);
  const own = details.length ? `${node['Node Type']}(${details.join(', ')})` : node['Node Type'];
  const children = (node.Plans ?? []).map(describeNode);
  return children.length ? `${own} ← ${children.length > 1 ? `[${children.join('; ')}]` : children[0]}` : own;
}

/** "count: 1.2 ms, buffers hit 40 read 0 — Aggregate ← Index Only Scan(…)" */
export function summarizePlan(sql: string, json: unknown): string {
  const explained = (json as ExplainJson[])[0]!;
  const kind = /count\(\*\)/i.test(sql) ? 'count' : 'rows';
  const hit = explained.Plan['Shared Hit Blocks'] ?? 0;
  const read = explained.Plan['Shared Read Blocks'] ?? 0;
  return `${kind}: ${explained['Execution Time'].toFixed(1)} ms, buffers hit ${hit} read ${read} — ${describeNode(explained.Plan)}`;
}

/** Starts the child, waits for it, returns its results. */
export async function runQueries(root: string, databaseUrl: string, plan: QueryPlan): Promise<QueryResults> {
  const child = startProcess('queries', process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/queries.ts', JSON.stringify(plan)], {
    cwd: root,
    output: 'collect',
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
  });
  child.child.stderr?.on('data', (chunk: string) => process.stdout.write(chunk));
  const code = await child.exited;
  const line = child
    .stdout()
    .split('\n')
    .find((each) => each.startsWith('BENCH_RESULT '));
  if (code !== 0 || !line) throw new Error(`the data-layer benchmark (scripts/bench/queries.ts) failed with code ${code}:\n${child.stderr().slice(-3000)}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as QueryResults;
}
