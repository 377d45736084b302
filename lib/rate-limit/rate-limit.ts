// Limits per key (an address, an account) shared by every server process:
// rate-limiter-flexible with its PostgreSQL store (table rate_limits), on a
// small pool of its own. Should the database be unreachable, each process
// falls back to counting in its own memory rather than letting everything through.
import 'server-only';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { databaseUrl } from '@/lib/env';

export interface LimitDecision {
  allowed: boolean;
  /** When refused: seconds until the next attempt may succeed. */
  retryAfterSeconds: number;
}

const globalForLimits = globalThis as unknown as { nianbaoLimitPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForLimits.nianbaoLimitPool) {
    const created = new pg.Pool({ connectionString: databaseUrl(), max: 2, connectionTimeoutMillis: 2000, statement_timeout: 2000, query_timeout: 3000 });
    // An idle connection that dies (the database restarts) must not take the
    // process with it: the pool opens a new one on the next use.
    created.on('error', (error) => console.warn(`[rate-limit] idle database connection lost: ${error.message}`));
    globalForLimits.nianbaoLimitPool = created;
  }
  return globalForLimits.nianbaoLimitPool;
}

/** Counts per key under `name`: `points` per window of `durationSeconds`. */
export function createCounter(name: string, options: { points: number; durationSeconds: number }) {
  let limiter: RateLimiterPostgres | undefined;
  const get = () =>
    (limiter ??= new RateLimiterPostgres({
      storeClient: pool(),
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: name,
      points: options.points,
      duration: options.durationSeconds,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: options.points, duration: options.durationSeconds }),
    }));
  return {
    /** Takes one point: refused past the limit (or while blocked), with the seconds to wait and the points used. */
    async consume(key: string): Promise<LimitDecision & { consumed: number }> {
      try {
        const result = await get().consume(key);
        return { allowed: true, retryAfterSeconds: 0, consumed: result.consumedPoints };
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)), consumed: outcome.consumedPoints };
        }
        throw outcome;
      }
    },
    /** Refuses the key for `seconds` from now, whatever its count. */
    async block(key: string, seconds: number): Promise<void> {
      await get().block(key, seconds);
    },
    /** Gives one point back (an attempt that turned out well). */
    async reward(key: string): Promise<void> {
      await get().reward(key, 1);
    },
    /** Forgets the key's count. */
    async reset(key: string): Promise<void> {
      await get().delete(key);
    },
  };
}

/** A limit of `points` per `durationSeconds` for each key, under `name`. */
export function createLimit(name: string, options: { points: number; durationSeconds: number }) {
  const counter = createCounter(name, options);
  return async function consume(key: string): Promise<LimitDecision> {
    const { allowed, retryAfterSeconds } = await counter.consume(key);
    return { allowed, retryAfterSeconds };
  };
}
