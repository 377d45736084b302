// The security headers of every response (next.config.js `headers`, and
// proxy.ts for the signed-in pages). Plain JavaScript: next.config.js loads it as is.
//
// Content-Security-Policy, two levels:
// - Public pages are rendered once and served from the cache to everyone, so
//   they cannot carry a per-request nonce; Next's inline bootstrap scripts
//   (self.__next_f.push) then need 'unsafe-inline'. Scripts still come only
//   from this portal ('self': no other origin, no eval, no plugins, no <base>,
//   no framing), and these pages take no input that is echoed back.
// - Signed-in pages (editor, review, admin, import, notifications, sign-in, password setup)
//   are rendered per request anyway: there the policy carries a fresh nonce
//   with 'strict-dynamic' (contentSecurityPolicy({ nonce })), so an injected
//   inline script does not run even if it got past React's escaping. The one
//   inline script of our own (the 关怀版 switch in the root layout) is allowed
//   by its hash.

/**
 * @param {{ nonce?: string; scriptHashes?: string[]; development?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const { nonce, scriptHashes = [], development = false } = options;
  const scripts = nonce
    ? [`'nonce-${nonce}'`, "'strict-dynamic'", ...scriptHashes.map((hash) => `'${hash}'`)]
    : ["'self'", "'unsafe-inline'"];
  // React's development build evaluates code (stack traces): never in production.
  if (development) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // Inline style attributes (React, the server-rendered SVG charts).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** Browser features the portal never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ');

/** One year, subdomains included; sent only on requests that reached the portal over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Paths rendered per request for signed-in users: they get the nonce policy from proxy.ts. */
export const NONCE_POLICY_PATHS = ['/login', '/setup', '/editor', '/review', '/admin', '/import', '/notifications'];
