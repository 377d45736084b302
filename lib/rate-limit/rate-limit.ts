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
  globalForLimits.nianbaoLimitPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 2, connectionTimeoutMillis: 2000, statement_timeout: 2000 });
  return globalForLimits.nianbaoLimitPool;
}

/** A limit of `points` per `durationSeconds` for each key, under `name`. */
export function createLimit(name: string, options: { points: number; durationSeconds: number }) {
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
  return async function consume(key: string): Promise<LimitDecision> {
    try {
      await get().consume(key);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
      throw outcome;
    }
  };
}
