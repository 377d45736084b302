// What the load test records: every request's kind, start, duration and
// outcome, so that each kind gets its rate, p50 and p99, and errors can be
// split by when they happened (during the database outage or not).

export type Outcome =
  | 'ok'
  /** An answer other than 2xx. */
  | 'status'
  /** No answer within the client's time limit. */
  | 'timeout'
  /** The connection failed (refused, reset). */
  | 'network'
  /** A 2xx answer whose result says it failed ({ ok: false }, a sign-in refused). */
  | 'failed';

export interface Sample {
  kind: string;
  start: number;
  ms: number;
  outcome: Outcome;
  /** The status or the failure's kind, for the error breakdown. */
  detail: string;
  /** A failure that follows from the fault under test wherever it happens (a conflict after an unanswered save). */
  expected?: boolean;
}

export class Recorder {
  readonly samples: Sample[] = [];

  /** Times `run`, which says how the request ended; an exception is a network error (or a timeout). */
  async time<T>(kind: string, run: () => Promise<{ outcome: Outcome; detail?: string; expected?: boolean; value: T }>): Promise<{ outcome: Outcome; value: T | null }> {
    const start = performance.now();
    try {
      const { outcome, detail, expected, value } = await run();
      this.samples.push({ kind, start, ms: performance.now() - start, outcome, detail: detail ?? outcome, expected });
      return { outcome, value };
    } catch (error) {
      const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const outcome = timeout ? 'timeout' : 'network';
      this.samples.push({ kind, start, ms: performance.now() - start, outcome, detail: timeout ? 'timeout' : errorCode(error) });
      return { outcome, value: null };
    }
  }
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message.slice(0, 60) : String(error));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A time window in performance.now() milliseconds (the database outage). */
export interface Window {
  from: number;
  to: number;
}

const overlaps = (sample: Sample, window: Window) => sample.start < window.to && sample.start + sample.ms > window.from;

export interface KindRow {
  kind: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Unexpected errors: outside the outage window. */
  errors: number;
  /** Expected errors: requests that overlapped the outage window, and the sequels of the fault (Sample.expected). */
  outageErrors: number;
  /** error detail → count, both kinds together. */
  breakdown: Record<string, number>;
}

/** One row per kind, in the order given; latencies of every request (failed ones too), errors split by the window. */
export function summarise(samples: Sample[], kinds: string[], seconds: number, outage?: Window): KindRow[] {
  return kinds.map((kind) => {
    const mine = samples.filter((sample) => sample.kind === kind);
    const sorted = mine.map((sample) => sample.ms).sort((a, b) => a - b);
    const failed = mine.filter((sample) => sample.outcome !== 'ok');
    const inOutage = failed.filter((sample) => sample.expected || (outage && overlaps(sample, outage)));
    const breakdown: Record<string, number> = {};
    for (const sample of failed) breakdown[`${sample.outcome}:${sample.detail}`] = (breakdown[`${sample.outcome}:${sample.detail}`] ?? 0) + 1;
    return {
      kind,
      requests: mine.length,
      rps: mine.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      errors: failed.length - inOutage.length,
      outageErrors: inOutage.length,
      breakdown,
    };
  });
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** A Markdown table (as docs/loadtest.md shows it). */
export function kindTable(rows: KindRow[], withOutage: boolean): string {
  const head = ['kind', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', ...(withOutage ? ['expected errors'] : []), 'error breakdown'];
  const lines = rows.map((row) =>
    [
      row.kind,
      String(row.requests),
      row.rps.toFixed(1),
      ms(row.p50),
      ms(row.p99),
      String(row.errors),
      ...(withOutage ? [String(row.outageErrors)] : []),
      Object.entries(row.breakdown)
        .map(([detail, count]) => `${detail} ×${count}`)
        .join(', ') || '–',
    ].join(' | '),
  );
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line} |`)].join('\n');
}
