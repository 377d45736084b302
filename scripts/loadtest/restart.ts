// The fault: PostgreSQL stopped (fast shutdown: SIGINT to the postmaster,
// through the embedded server's handle) for a few seconds and started again,
// under load, while the portal keeps running; and when the portal saw the
// database again (/api/health answering 200).
import type { DatabaseHandle } from '../lib/database';

export interface Outage {
  stoppedAt: number;
  /** PostgreSQL accepts connections again. */
  backAt: number;
  /** The first /api/health 200 after that (null: none before the deadline). */
  recoveredAt: number | null;
  /** /api/health answers while PostgreSQL was away: status → count. */
  healthDuringOutage: Record<string, number>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function health(base: string): Promise<string> {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return String(response.status);
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'no answer';
  }
}

/** At `at` (performance.now()), stops PostgreSQL for `downMs`, then polls /api/health until 200 or `deadline`. */
export async function restartDatabase(database: DatabaseHandle, base: string, options: { at: number; downMs: number; deadline: number; log: (line: string) => void }): Promise<Outage> {
  if (!database.restart) throw new Error('this database server cannot be restarted from here');
  await sleep(options.at - performance.now());
  options.log('Stopping PostgreSQL (fast shutdown) …');
  const stoppedAt = performance.now();
  let backAt = Infinity;
  const restarted = database.restart(options.downMs).then(() => {
    backAt = performance.now();
    options.log(`PostgreSQL is back after ${((backAt - stoppedAt) / 1000).toFixed(1)} s.`);
  });
  const healthDuringOutage: Record<string, number> = {};
  let recoveredAt: number | null = null;
  while (performance.now() < options.deadline) {
    const status = await health(base);
    if (backAt === Infinity) healthDuringOutage[status] = (healthDuringOutage[status] ?? 0) + 1;
    else if (status === '200') {
      recoveredAt = performance.now();
      break;
    }
    await sleep(250);
  }
  await restarted;
  return { stoppedAt, backAt, recoveredAt, healthDuringOutage };
}
