import type { MetadataRoute } from 'next';
import { publicBaseUrl } from '@/lib/http/base-url';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/review', '/admin', '/import', '/notifications', '/login', '/api/'] }],
    sitemap: `${await publicBaseUrl()}/sitemap.xml`,
  };
}
