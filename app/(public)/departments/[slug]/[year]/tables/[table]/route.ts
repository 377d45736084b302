// One table of a published report as CSV (UTF-8 with BOM, for Excel).
import { contentDisposition } from '@/lib/public/csv';
import { getPublicReport } from '@/lib/public/get-public-report';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { tableCsv } from '@/lib/public/open-data';

export const dynamic = 'force-static';
// Like the pages: refreshed on publication, and hourly at the latest (also
// the longest a shared cache in front may keep it).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/departments/[slug]/[year]/tables/[table]'>) {
  const { slug, year, table: file } = await params;
  const match = /^([a-z0-9_]+)\.csv$/.exec(file);
  if (!match || !/^\d{4}$/.test(year)) return notFoundResponse('未找到该表格。');
  const data = await getPublicReport(slug, Number(year));
  const table = data?.shown?.format.tables.find((candidate) => candidate.id === match[1]);
  if (!data?.shown || !table) return notFoundResponse('未找到该表格。');
  return new Response(tableCsv(table, data.shown.content), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`${slug}-${year}-${table.id}.csv`, `${data.department.name}${year}年度${table.messageName}.csv`),
    },
  });
}
