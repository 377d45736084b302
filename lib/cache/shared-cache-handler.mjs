// Next's cache of rendered public pages, route answers and public data
// (unstable_cache), shared by every server process through Redis (REDIS_URL):
// a page one replica rendered is served by all of them, and a publication on
// one replica (revalidateTag in its server action) removes the pages that
// show it for all of them.
//
// The storage protocol is @fortedigital/nextjs-cache-handler's, a maintained
// handler for Next 15 and 16 (its `redis-strings` store: one Redis string per
// entry with an expiry, a hash of each entry's tags, a hash of when path tags
// were revalidated). This file keeps the portal's rules on top of it:
// - Only 200 answers are kept, as in memory (cache-entries.mjs): made-up
//   addresses cannot fill Redis; an entry that now answers 404 is deleted.
// - Bounded: every key expires (1.5 × the entry's revalidate time, at most a
//   day), so Redis's `maxmemory-policy volatile-lru` (deploy/redis/redis.conf)
//   can drop any entry, least recently used first; the tag hashes (no expiry)
//   are pruned of expired entries every 10 minutes. One answer over 8 MB is
//   not shared.
// - Keys start with the build id: during a rollout, replicas of another build
//   never serve pages that name scripts and styles they do not have, and
//   pages rendered by `next build` are never written here (next-cache-handler.mjs).
// - The lifetime Next gave an entry (its cacheControl) is stored with it, so
//   a replica that did not render a page still treats it as fresh for the
//   page's revalidate time (Next would otherwise assume one second and render
//   every page again that another replica rendered).
// - Redis unreachable: reads miss at once (or after 1 s if it hangs), and
//   pages are rendered from the database; nothing is kept in local memory
//   meanwhile, since one replica's own copy would miss the others'
//   publications. One log line when Redis goes, one when it is back. Tags
//   revalidated while it is unreachable are sent again once it is back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisStore from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from 'redis';
import { isErrorResponse, sizeOf } from './cache-entries.mjs';

/** The longest a Redis command may take; past it the entry counts as missing. */
const TIMEOUT_MS = 1000;
const MAX_TTL_SECONDS = 24 * 3600;
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
const PRUNE_EVERY_MS = 10 * 60_000;
const FAILURE_LOG_EVERY_MS = 60_000;
/** Where an entry's cacheControl travels inside its stored value. */
const CACHE_CONTROL = 'nianbaoCacheControl';

// One connection per process, whatever number of handler instances Next makes.
const state = (globalThis[Symbol.for('nianbao.sharedPageCache')] ??= {
  client: undefined,
  store: undefined,
  available: undefined,
  lastFailureLog: 0,
  pendingTags: new Set(),
});

/** One JSON line, as lib/log.ts writes them (this file is loaded by Next as plain JavaScript). */
function log(level, message, fields = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.info(line);
}

/** REDIS_URL without its password, for logs. */
function shown(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL (not a URL)';
  }
}

function noteFailure(operation, error) {
  if (Date.now() - state.lastFailureLog < FAILURE_LOG_EVERY_MS) return;
  state.lastFailureLog = Date.now();
  log('warn', 'page cache: Redis command failed; the page is rendered from the database', { operation, error: String(error?.message ?? error) });
}

function connect(url) {
  const client = createClient({
    url,
    // While disconnected, fail at once instead of queueing: the page is rendered meanwhile.
    disableOfflineQueue: true,
    pingInterval: 10_000,
    commandOptions: { timeout: TIMEOUT_MS },
    socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  client.on('error', (error) => {
    if (state.available === false) return;
    state.available = false;
    log('warn', 'page cache: Redis unavailable; pages are rendered from the database until it is back', {
      redis: shown(url),
      error: String(error?.message ?? error),
    });
  });
  client.on('ready', () => {
    state.available = true;
    log('info', 'page cache: Redis connected', { redis: shown(url) });
    void sendPendingTags();
  });
  // Retries for ever (reconnectStrategy); it settles once connected.
  client.connect().catch((error) => log('error', 'page cache: Redis client stopped', { error: String(error?.message ?? error) }));
  const prune = setInterval(() => void state.store?.prepare().catch(() => undefined), PRUNE_EVERY_MS);
  prune.unref();
  return client;
}

/** The store's operations, each failure noted in the log (the handler itself hides them). */
function withFailureLog(store) {
  const logged =
    (operation) =>
    async (...args) => {
      try {
        return await store[operation](...args);
      } catch (error) {
        noteFailure(operation, error);
        throw error;
      }
    };
  return { ...store, get: logged('get'), set: logged('set'), delete: logged('delete') };
}

function openStore(serverDistDir) {
  if (state.store) return state.store;
  let buildId = 'unknown-build';
  try {
    buildId = readFileSync(join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // Without a build id all builds share keys; still correct for one build.
  }
  state.client ??= connect(process.env.REDIS_URL);
  state.store = withFailureLog(
    createRedisStore({ client: state.client, keyPrefix: `nianbao:${buildId}:`, timeoutMs: TIMEOUT_MS, keyExpirationStrategy: 'EXAT' }),
  );
  return state.store;
}

async function sendPendingTags() {
  for (const tag of [...state.pendingTags]) {
    try {
      await state.store.revalidateTag(tag);
      state.pendingTags.delete(tag);
    } catch (error) {
      log('warn', 'page cache: revalidation not sent to Redis; sent again when it is back', {
        waiting: state.pendingTags.size,
        error: String(error?.message ?? error),
      });
      return;
    }
  }
}

CacheHandler.onCreation(({ serverDistDir }) => ({
  handlers: [openStore(serverDistDir)],
  ttl: { estimateExpireAge: (staleAge) => Math.min(staleAge * 1.5, MAX_TTL_SECONDS) },
}));

export default class SharedCacheHandler extends CacheHandler {
  constructor(context) {
    super(context);
    openStore(context.serverDistDir);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const value = entry?.value;
    if (!value || !(CACHE_CONTROL in value)) return entry;
    const { [CACHE_CONTROL]: cacheControl, ...rest } = value;
    return { ...entry, value: rest, cacheControl };
  }

  async set(key, value, ctx) {
    if (!value || isErrorResponse(value) || sizeOf(key, value) > MAX_ENTRY_BYTES) {
      // Not kept; and a page that answered 200 before must not be served instead.
      await state.store.delete(key).catch(() => undefined);
      return;
    }
    const carriesLifetime = ctx?.cacheControl && (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE');
    await super.set(key, carriesLifetime ? { ...value, [CACHE_CONTROL]: ctx.cacheControl } : value, ctx);
  }

  /**
   * Next 16 passes the tags and a profile; the portal expires them at once
   * ({ expire: 0 }, lib/public/revalidate-public.ts), which is what this does.
   */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    for (const tag of list) state.pendingTags.add(tag);
    const started = performance.now();
    await sendPendingTags();
    // The store scans every entry's tags for each tag (O(entries)): the time shows when that starts to matter (docs/scaling.md).
    log('info', 'page cache: tags revalidated', { tags: list.length, ms: Math.round(performance.now() - started), waiting: state.pendingTags.size });
  }
}
