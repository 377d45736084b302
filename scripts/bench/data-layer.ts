// Runs the data-layer timings (./queries.ts, ./oversight-queries.ts) in a
// child process under the react-server condition (the app's loaders import
// 'server-only') and reads its result; also the shapes they exchange, the
// targets, and the one-line summary of an EXPLAIN (ANALYZE, BUFFERS, FORMAT
// JSON) plan that the child prints, with the plan check: a Seq Scan that
// reads SEQ_SCAN_READ_ROWS rows or more of a table of BIG_TABLE_ROWS rows or
// more fails the line (it must use an index; a scan that stops early under a
// LIMIT, as the common-term search's count does, reads little and passes).
import { startProcess } from './processes';

export interface QueryPlan {
  departmentSlug: string;
  departmentName: string;
  rareWord: string;
  /** The district-year of the oversight measurements (the district with the most departments). */
  oversight: { districtCode: string; year: number };
  explain: boolean;
  minIterations: number;
  maxIterations: number;
  /** Time spent per scenario once minIterations ran. */
  budgetMs: number;
}

export type ScenarioGroup = 'directory' | 'search-rare' | 'search-common' | 'dashboard' | 'summary' | 'quality' | 'statistics' | 'info';

export interface ScenarioResult {
  group: ScenarioGroup;
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  total: number | null;
  problem: string | null;
  plans: string[];
  /** Seq Scans on big tables found in the plans (the line fails). */
  planProblems: string[];
  /** No target of its own: shown for information (e.g. a page loader made of the lines above it). */
  infoOnly?: boolean;
}

export interface QueryResults {
  lastPage: number;
  scenarios: ScenarioResult[];
  /** Tables of BIG_TABLE_ROWS rows or more (estimated), where a Seq Scan fails a line. */
  bigTables: Record<string, number>;
  /** Why a group was not measured (e.g. statistics: lib/statistics not there). */
  absent: Partial<Record<ScenarioGroup, string>>;
}

export type TargetGroup = Exclude<ScenarioGroup, 'info'>;

export interface QueryTarget {
  stat: 'p50' | 'p95';
  ms: number;
}

/**
 * Targets per group. Directory and search: p50 (as first set). The oversight
 * and statistics lines: p95, what an approver opening the dashboard or the
 * summary, and a reader of the statistics after a publication (their cache
 * is refreshed by every publication), would accept at province size.
 */
export const QUERY_TARGETS: Record<TargetGroup, QueryTarget> = {
  directory: { stat: 'p50', ms: 20 },
  'search-rare': { stat: 'p50', ms: 100 },
  'search-common': { stat: 'p50', ms: 300 },
  dashboard: { stat: 'p95', ms: 50 },
  summary: { stat: 'p95', ms: 50 },
  quality: { stat: 'p95', ms: 100 },
  statistics: { stat: 'p95', ms: 200 },
};

/** The line of the same run the oversight and statistics lines are compared with (its p95). */
export const REFERENCE_SCENARIO = 'year 2024, page 1';

/** A Seq Scan on a table with at least this many rows fails its line … */
export const BIG_TABLE_ROWS = 50_000;
/** … when it reads at least this many rows. */
export const SEQ_SCAN_READ_ROWS = 10_000;

export const scenarioValue = (scenario: ScenarioResult, target: QueryTarget) => (target.stat === 'p50' ? scenario.p50 : scenario.p95);

/** PASS / BELOW TARGET / problem / info of one line against its group's target. */
export function scenarioOutcome(scenario: ScenarioResult): string {
  if (scenario.problem) return `problem: ${scenario.problem}`;
  if (scenario.group === 'info' || scenario.infoOnly) return scenario.planProblems.length ? 'info (SEQ SCAN)' : 'info';
  if (scenario.planProblems.length) return 'BELOW TARGET (Seq Scan)';
  const target = QUERY_TARGETS[scenario.group];
  return scenarioValue(scenario, target) <= target.ms ? 'PASS' : 'BELOW TARGET';
}

interface PlanNode {
  'Node Type': string;
  'Actual Loops'?: number;
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

/** The Seq Scans of a plan that read SEQ_SCAN_READ_ROWS rows or more of a table of BIG_TABLE_ROWS rows or more: “Seq Scan on public_reports (100,002 rows): read 100,002, kept 14,286”. */
export function seqScanProblems(json: unknown, bigTables: Record<string, number>): string[] {
  const problems: string[] = [];
  const walk = (node: PlanNode) => {
    const table = node['Relation Name'];
    if (node['Node Type'] === 'Seq Scan' && table && bigTables[table] !== undefined) {
      const kept = (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);
      const read = kept + (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1);
      if (read >= SEQ_SCAN_READ_ROWS) problems.push(`Seq Scan on ${table} (${bigTables[table]!.toLocaleString('en-US')} rows): read ${read.toLocaleString('en-US')}, kept ${kept.toLocaleString('en-US')}`);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk((json as ExplainJson[])[0]!.Plan);
  return problems;
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
