// HTTP load tests with browser-like request headers: wrk when it is installed
// (its output parsed, --latency for the percentiles), else autocannon (a
// devDependency); the same tool for every row of a run. A run is a warm-up
// (discarded) and then `duration` seconds with `connections` connections.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startProcess } from './processes';

export const BROWSER_HEADERS: Record<string, string> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
  'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
};

/** A request not answered within this time counts as an error (autocannon's default; wrk's is 2 s). */
const TIMEOUT_SECONDS = 10;

export interface LoadOptions {
  connections: number;
  duration: number;
  warmup: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  tool: 'wrk' | 'autocannon';
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Bytes read per response (headers and body, as sent), in KB. */
  kbPerResponse: number;
  /** Answers that were not 2xx. */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
}

function findWrk(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

let wrkPath: string | null | undefined;
export function loadTool(): 'wrk' | 'autocannon' {
  wrkPath ??= findWrk();
  return wrkPath ? 'wrk' : 'autocannon';
}

const TIME_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const SIZE_UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

function milliseconds(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '');
  return match ? Number(match[1]) * TIME_UNITS[match[2]!]! : NaN;
}

/** Reads wrk's report (run with --latency). */
export function parseWrk(output: string): Omit<LoadResult, 'tool'> {
  const totals = /(\d+) requests in ([\d.]+\w+), ([\d.]+)(B|KB|MB|GB|TB) read/.exec(output);
  if (!totals) throw new Error(`could not read wrk's output:\n${output}`);
  const requests = Number(totals[1]);
  const bytes = Number(totals[3]) * SIZE_UNITS[totals[4]!]!;
  const percentile = (p: string) => milliseconds(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output)?.[1]);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requests,
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50: percentile('50'),
    p99: percentile('99'),
    kbPerResponse: requests > 0 ? bytes / requests / 1024 : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

async function runWrk(url: string, seconds: number, options: LoadOptions): Promise<Omit<LoadResult, 'tool'>> {
  const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const threads = String(Math.min(2, options.connections));
  const run = startProcess('wrk', wrkPath!, ['-t', threads, '-c', String(options.connections), '-d', `${seconds}s`, '--timeout', `${TIMEOUT_SECONDS}s`, '--latency', ...headers, url], {
    output: 'collect',
  });
  const code = await run.exited;
  if (code !== 0) throw new Error(`wrk exited with code ${code}: ${run.stderr()}`);
  return parseWrk(run.stdout());
}

// autocannon ships no types: the part of its programmatic API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers: Record<string, string>; timeout: number }) => Promise<AutocannonResult>;

async function runAutocannon(url: string, seconds: number, options: LoadOptions): Promise<Omit<LoadResult, 'tool'>> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const result = await autocannon({ url, connections: options.connections, duration: seconds, headers: options.headers ?? {}, timeout: TIMEOUT_SECONDS });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    kbPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total / 1024 : 0,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A warm-up, then the measured run. */
export async function loadTest(url: string, options: LoadOptions): Promise<LoadResult> {
  const tool = loadTool();
  const run = tool === 'wrk' ? runWrk : runAutocannon;
  if (options.warmup > 0) await run(url, options.warmup, options);
  return { tool, ...(await run(url, options.duration, options)) };
}
