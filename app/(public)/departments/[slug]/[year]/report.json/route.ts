// A published report as JSON (stable keys), served from Next's cache.
import { getPublicReport } from '@/lib/public/get-public-report';
import { contentDisposition } from '@/lib/public/csv';
import { reportJson } from '@/lib/public/open-data';

export const dynamic = 'force-static';
// Like the pages: refreshed on publication, and hourly at the latest (also
// the longest a shared cache in front may keep it).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/departments/[slug]/[year]/report.json'>) {
  const { slug, year } = await params;
  const data = /^\d{4}$/.test(year) ? await getPublicReport(slug, Number(year)) : null;
  if (!data?.shown) return Response.json({ error: '未找到已发布的年度报告。' }, { status: 404 });
  return new Response(JSON.stringify(reportJson(data.shown), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': contentDisposition(`${slug}-${year}-report.json`, `${data.department.name}${year}年度报告.json`),
    },
  });
}
