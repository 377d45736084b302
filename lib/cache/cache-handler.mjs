// Next's cache of rendered public pages and route handler responses, and of
// public data (unstable_cache): kept in this process's memory, bounded, and
// never holding an error page. Used by one server alone (REDIS_URL unset;
// several servers share shared-cache-handler.mjs instead, next-cache-handler.mjs
// chooses); plain JavaScript because Next loads it as is.
//
// - Bounded: least recently used entries go first once the entries add up to
//   PAGE_CACHE_MAX_MB megabytes (default 256). Nothing is written to disk, so
//   addresses made up from outside cannot fill a disk either.
// - Only successful answers are kept: an unknown department, year or edition
//   answers 404 and that page is not cached, so made-up addresses do not push
//   real pages out.
// - Tags: an entry is gone once a tag it carries (its own, or the path tags
//   Next passes when reading) was revalidated after it was stored.
// - Pages rendered while building (`next build`) are never read: public pages
//   are rendered from the database on their first visit.
import { LRUCache } from 'lru-cache';
import { isErrorResponse, sizeOf, tagsOf } from './cache-entries.mjs';

const MEGABYTE = 1024 * 1024;
const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MAX_MB) || 256) * MEGABYTE;

/** @type {LRUCache<string, { value: any; lastModified: number; tags: string[]; size: number }>} */
const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.size });
/** When each tag was last revalidated (ms since epoch). */
const revalidatedAt = new Map();

export default class BoundedCacheHandler {
  constructor() {}

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    for (const tag of [...entry.tags, ...(ctx?.softTags ?? []), ...(ctx?.tags ?? [])]) {
      if ((revalidatedAt.get(tag) ?? 0) >= entry.lastModified) {
        entries.delete(key);
        return null;
      }
    }
    return { lastModified: entry.lastModified, value: entry.value };
  }

  async set(key, value, ctx) {
    if (!value || isErrorResponse(value)) {
      entries.delete(key);
      return;
    }
    const size = sizeOf(key, value);
    if (size > maxBytes / 4) return; // one huge answer must not empty the cache
    entries.set(key, { value, lastModified: Date.now(), tags: tagsOf(value, ctx), size });
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === 'string' ? [tags] : tags) revalidatedAt.set(tag, now);
  }

  resetRequestCache() {}
}
