// Every published report of a year in one CSV (one line per table cell).
import { contentDisposition } from '@/lib/public/csv';
import { listYearOpenData } from '@/lib/public/list-year-open-data';
import { yearCsv } from '@/lib/public/open-data';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/open-data/[file]'>) {
  const match = /^(\d{4})\.csv$/.exec((await params).file);
  if (!match) return new Response('未找到该文件。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const year = Number(match[1]);
  const reports = await listYearOpenData(year);
  return new Response(yearCsv(reports), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`zhanggong-${year}-reports.csv`, `章贡区${year}年度政府信息公开工作年度报告数据.csv`),
    },
  });
}
