import type { MetadataRoute } from 'next';
import { serverEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const base = serverEnv().PUBLIC_BASE_URL.replace(/\/$/, '');
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/review', '/admin', '/notifications', '/login', '/api/'] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
