// A cached public page while 30 sign-ins run at once, all the time (unknown
// user names from 30 addresses: every attempt is admitted and hashes, the
// worst case for the server). The password hash (Argon2id on libuv's thread
// pool) must not stall the event loop that serves the cached page: with
// bcryptjs on the main thread, the issue measured p50 5 ms → 792 ms.
import { BROWSER_HEADERS, loadTest, type LoadResult } from './http-load';

export const PARALLEL_SIGN_INS = 30;
/** The cached page's p50 while signing in may be at most this many times its p50 alone (and 50 ms). */
export const SIGN_IN_PRESSURE_FACTOR = 5;

export interface SignInPressure {
  path: string;
  alone: LoadResult;
  during: LoadResult;
  /** Sign-in attempts made during the second run, and their own latency. */
  attempts: number;
  attemptP50: number;
  attemptMax: number;
  unexpected: number;
}

async function attempt(base: string, index: number, serial: number): Promise<boolean> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': `198.18.${index}.${serial % 250}` },
    body: new URLSearchParams({ csrfToken, username: `bench-nobody-${index}-${serial}`, password: 'Wrong-Password-1' }),
  });
  await response.arrayBuffer();
  // A refused sign-in is a redirect back to the sign-in page with an error.
  return response.status === 302 && (response.headers.get('location') ?? '').includes('error=');
}

export async function measureSignInPressure(base: string, path: string, duration: number, log: (line: string) => void): Promise<SignInPressure> {
  const load = { connections: 10, duration, warmup: 1, headers: BROWSER_HEADERS };
  log(`sign-in pressure: ${path} alone …`);
  const alone = await loadTest(base + path, load);
  log(`sign-in pressure: ${path} while ${PARALLEL_SIGN_INS} sign-ins run at once …`);
  let running = true;
  const latencies: number[] = [];
  let unexpected = 0;
  const loops = Array.from({ length: PARALLEL_SIGN_INS }, async (_, index) => {
    for (let serial = 0; running; serial++) {
      const started = performance.now();
      const ok = await attempt(base, index, serial).catch(() => false);
      latencies.push(performance.now() - started);
      if (!ok) unexpected++;
    }
  });
  const during = await loadTest(base + path, load);
  running = false;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  return { path, alone, during, attempts: latencies.length, attemptP50: latencies[Math.floor(latencies.length / 2)] ?? NaN, attemptMax: latencies.at(-1) ?? NaN, unexpected };
}

export function signInPressureLines(result: SignInPressure): string[] {
  const row = (label: string, value: LoadResult) => `${label.padEnd(34)} ${value.rps.toFixed(0).padStart(6)} req/s  p50 ${value.p50.toFixed(2).padStart(7)} ms  p99 ${value.p99.toFixed(2).padStart(8)} ms  errors ${value.errors + value.non2xx}`;
  return [
    row(`${result.path} alone`, result.alone),
    row(`… during ${PARALLEL_SIGN_INS} parallel sign-ins`, result.during),
    `sign-ins meanwhile: ${result.attempts} (each: p50 ${result.attemptP50.toFixed(0)} ms, max ${result.attemptMax.toFixed(0)} ms), ${result.unexpected} not refused as expected`,
  ];
}

export function signInPressureVerdict(result: SignInPressure): { pass: boolean; detail: string } {
  const limit = Math.max(50, SIGN_IN_PRESSURE_FACTOR * result.alone.p50);
  return {
    pass: result.during.p50 <= limit && result.unexpected === 0,
    detail: `p50 ${result.alone.p50.toFixed(1)} ms alone → ${result.during.p50.toFixed(1)} ms during ${PARALLEL_SIGN_INS} parallel sign-ins (limit ${limit.toFixed(0)} ms; bcryptjs on the main thread: 5 → 792 ms)`,
  };
}
