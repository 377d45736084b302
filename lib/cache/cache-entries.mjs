// What both page caches (cache-handler.mjs in memory, shared-cache-handler.mjs
// in Redis) need to know about the entries Next gives them: their size, their
// tags, and whether they are an error answer that must never be kept.

const bytes = (value) => (value ? (typeof value === 'string' ? Buffer.byteLength(value) : (value.byteLength ?? value.length ?? 0)) : 0);

/** About how many bytes an entry takes (its HTML, its RSC payloads, its body). */
export function sizeOf(key, value) {
  let size = key.length + 64;
  if (value.kind === 'APP_PAGE') {
    size += bytes(value.html) + bytes(value.rscData) + bytes(value.postponed);
    for (const [path, buffer] of value.segmentData ?? []) size += path.length + bytes(buffer);
  } else if (value.kind === 'APP_ROUTE') {
    size += bytes(value.body);
  } else {
    size += JSON.stringify(value).length;
  }
  return size;
}

/** The tags Next gives with the entry (data) and those a rendered page or route carries in its headers. */
export function tagsOf(value, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

/**
 * A page or route that answered anything but 200 (the 404 of a made-up
 * address, a 500): never kept, so addresses made up from outside cannot fill
 * the cache or push real pages out.
 */
export const isErrorResponse = (value) =>
  (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE') && typeof value.status === 'number' && value.status !== 200;
