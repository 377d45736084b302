// The district summary as JSON, served from Next's cache like the page.
import { contentDisposition } from '@/lib/public/csv';
import { getPublicSummary } from '@/lib/public/get-public-summary';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { summaryJson } from '@/lib/oversight/summary-files';

export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/summary/[district]/[year]/summary.json'>) {
  const { district, year } = await params;
  const summary = /^\d{4}$/.test(year) ? await getPublicSummary(district, Number(year)) : null;
  if (!summary) return notFoundResponse('未找到该区级汇总。');
  return new Response(JSON.stringify(summaryJson(summary), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': contentDisposition(`summary-${summary.district.code}-${year}.json`, `${summary.district.name}${year}年度区级汇总.json`),
    },
  });
}
