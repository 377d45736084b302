// The sitemap index (lib/public/sitemap.ts), built per request from cached
// counts (refreshed on publication); crawlers ask for it rarely.
import { sitemapIndex } from '@/lib/public/sitemap';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await sitemapIndex(), { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
