// Every published report of a year in one CSV (one line per table cell).
import { contentDisposition } from '@/lib/public/csv';
import { listYearOpenData } from '@/lib/public/list-year-open-data';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { reportYearProblem } from '@/lib/report-format/formats';
import { yearCsv } from '@/lib/public/open-data';

export const dynamic = 'force-static';
// Like the pages: refreshed on publication, and hourly at the latest (also
// the longest a shared cache in front may keep it).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/open-data/[file]'>) {
  const match = /^(\d{4})\.csv$/.exec((await params).file);
  if (!match || reportYearProblem(Number(match[1]))) return notFoundResponse('未找到该文件。');
  const year = Number(match[1]);
  const reports = await listYearOpenData(year);
  if (reports.length === 0) return notFoundResponse(`${year}年度尚无已发布的年度报告。`);
  return new Response(yearCsv(reports), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`zhanggong-${year}-reports.csv`, `章贡区${year}年度政府信息公开工作年度报告数据.csv`),
    },
  });
}
