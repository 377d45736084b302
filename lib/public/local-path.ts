// Where the 关怀版 switch may send the visitor back to: a path on this portal.
const BASE = 'http://portal.invalid';

/**
 * The path and query of a same-site path ("/x?y") or of an absolute http(s)
 * address (a Referer); null for anything that could lead off the portal
 * ("//host", "/\host", "javascript:…"). Only the path is ever returned.
 */
export function localPath(value: string | null | undefined): string | null {
  if (!value) return null;
  const absolute = /^https?:\/\//i.test(value);
  if (!absolute && (!value.startsWith('/') || value.startsWith('//'))) return null;
  try {
    const url = new URL(value, BASE);
    if (!absolute && url.origin !== BASE) return null;
    return `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
  } catch {
    return null;
  }
}
