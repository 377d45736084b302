// One part of the sitemap: /sitemaps/pages.xml, /sitemaps/departments-1.xml,
// /sitemaps/reports-2024-1.xml (lib/public/sitemap.ts). Cached per part.
import { notFoundResponse } from '@/lib/public/not-found-response';
import { parsePartFileName, sitemapPart } from '@/lib/public/sitemap';

export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[part]'>) {
  const part = parsePartFileName((await params).part);
  const xml = part ? await sitemapPart(part) : null;
  if (!xml) return notFoundResponse('未找到该站点地图文件。');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
