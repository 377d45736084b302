// Public data, cached by Next (its data cache) under the tags of what it shows
// (cache-tags.ts). A page rendered from cached data carries the same tags, so
// revalidating a tag refreshes both (revalidate-public.ts). Outside a Next
// server (tests, scripts) the loader simply runs.
import 'server-only';
import { unstable_cache } from 'next/cache';

interface CacheOptions<A extends unknown[], R> {
  /** The tags of what the result shows, from the arguments. */
  tags: (...args: A) => string[];
  /** Seconds until the data is refreshed in the background anyway (deadlines and notices depend on the date). */
  revalidate?: number;
  /**
   * What pages without an address parameter (home, open data, the sitemap
   * index) are rendered with while `next build` prerenders them: the build
   * needs no database, and those renderings are never served, since the cache
   * (lib/cache/cache-handler.mjs) does not read what the build wrote.
   */
  atBuild?: R;
}

/** The hourly refresh of pages whose text depends on the date (“尚未发布”, deadlines). */
export const PUBLIC_REVALIDATE_SECONDS = 3600;

const building = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * Wraps a loader whose arguments are primitives (they become the cache key)
 * and whose result is plain JSON (dates as ISO strings: the cache keeps JSON).
 */
export function cachedPublicData<A extends (string | number | boolean | null)[], R>(
  name: string,
  load: (...args: A) => Promise<R>,
  options: CacheOptions<A, R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    if (building()) {
      if (options.atBuild !== undefined) return options.atBuild;
      throw new Error(`public data “${name}” was read while building: give it an atBuild value, or read it only in pages with address parameters`);
    }
    if (!process.env.NEXT_RUNTIME) return load(...args);
    const cached = unstable_cache(sharedLoad, ['nianbao-public', name], {
      tags: options.tags(...args),
      revalidate: options.revalidate ?? PUBLIC_REVALIDATE_SECONDS,
    });
    return cached(...args);
  };

  // Requests that miss the cache together share one run of the loader:
  // without this, 50 readers of a page whose data just expired would each run
  // it (a stampede that at province size kept /statistics from answering).
  // Each request still calls unstable_cache itself, so its page carries the tags.
  function sharedLoad(...args: A): Promise<R> {
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const pending = inFlight.get(key);
    if (pending) return pending as Promise<R>;
    const run = load(...args).finally(() => inFlight.delete(key));
    inFlight.set(key, run);
    return run;
  }
}

/** Reads in progress in this process, by loader and arguments (removed when they settle). */
const inFlight = new Map<string, Promise<unknown>>();
