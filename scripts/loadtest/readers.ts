// Public readers: each one fetches public pages one after another, with a
// browser's headers, until the deadline (a closed loop: the number of readers
// is the concurrency). Each reader walks READING_ORDER, starting at its own
// place: reports most, the district-wide pages least.
import { BROWSER_HEADERS } from '../bench/http-load';
import type { Recorder } from './stats';
import type { LoadtestPlan } from './setup';

type PathOf = (plan: LoadtestPlan, index: number) => string;

/** The kinds of public page, each with the addresses its readers visit. */
export const PUBLIC_PAGES: Record<string, PathOf> = {
  home: () => '/',
  directory: (plan, index) => (index % 2 === 0 ? '/reports' : `/reports?year=${plan.reports[index % plan.reports.length]![1]}`),
  departments: () => '/departments',
  department: (plan, index) => `/departments/${plan.departments[index % plan.departments.length]}`,
  report: (plan, index) => {
    const [slug, year] = plan.reports[index % plan.reports.length]!;
    return `/departments/${slug}/${year}`;
  },
  statistics: () => '/statistics',
  summary: (plan, index) => (index % 2 === 0 ? '/summary' : plan.summaryPath),
};

export const PUBLIC_KINDS = Object.keys(PUBLIC_PAGES);

/** The share of each kind in 20 requests: report 8, home 3, department 3, directory 3, departments, statistics, summary 1 each. */
const READING_ORDER = ['report', 'home', 'report', 'department', 'directory', 'report', 'home', 'department', 'report', 'directory', 'statistics', 'report', 'home', 'department', 'report', 'directory', 'departments', 'report', 'summary', 'report'];

export interface ReaderRun {
  base: string;
  plan: LoadtestPlan;
  recorder: Recorder;
  until: number;
  timeoutMs: number;
}

export async function runReader(reader: number, run: ReaderRun): Promise<void> {
  for (let step = reader; performance.now() < run.until; step++) {
    const kind = READING_ORDER[step % READING_ORDER.length]!;
    // Another address of the kind at each visit.
    const path = PUBLIC_PAGES[kind]!(run.plan, step * 7 + reader);
    await run.recorder.time(kind, async () => {
      const response = await fetch(run.base + path, { headers: BROWSER_HEADERS, redirect: 'manual', signal: AbortSignal.timeout(run.timeoutMs) });
      await response.arrayBuffer();
      return response.ok ? { outcome: 'ok', value: null } : { outcome: 'status', detail: String(response.status), value: null };
    });
  }
}

/**
 * Visits every address the readers will visit once, a few at a time, before
 * the measurement (as npm run bench does): public pages are rendered and
 * cached on their first visit, and a portal that has been up for a while has
 * them cached. Returns how many did not answer 2xx.
 */
export async function warmUp(base: string, plan: LoadtestPlan, concurrency = 4): Promise<number> {
  const rounds = plan.reports.length * 2 + plan.departments.length;
  const paths = [...new Set(PUBLIC_KINDS.flatMap((kind) => Array.from({ length: rounds }, (_, index) => PUBLIC_PAGES[kind]!(plan, index))))];
  let failed = 0;
  const worker = async () => {
    for (let path = paths.pop(); path !== undefined; path = paths.pop()) {
      const response = await fetch(base + path, { headers: BROWSER_HEADERS, signal: AbortSignal.timeout(60_000) }).catch(() => null);
      await response?.arrayBuffer();
      if (!response?.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}
