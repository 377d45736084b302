// A year's published reports in one file, streamed from the database
// (lib/public/year-open-data.ts): /open-data/2024.csv (every cell, one line
// each) and /open-data/2024.jsonl (one report per line). Not cached by Next.
import { contentDisposition } from '@/lib/public/csv';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { countYearReports, streamYearFile } from '@/lib/public/year-open-data';
import { reportYearProblem } from '@/lib/report-format/formats';

export const dynamic = 'force-dynamic';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
} as const;

export async function GET(_request: Request, { params }: RouteContext<'/open-data/[file]'>) {
  const match = /^(\d{4})\.(csv|jsonl)$/.exec((await params).file);
  if (!match || reportYearProblem(Number(match[1]))) return notFoundResponse('未找到该文件。');
  const year = Number(match[1]);
  const format = match[2] as keyof typeof TYPES;
  if ((await countYearReports(year)) === 0) return notFoundResponse(`${year}年度尚无已发布的年度报告。`);
  return new Response(streamYearFile(year, format), {
    headers: {
      'content-type': TYPES[format],
      'content-disposition': contentDisposition(`zhanggong-${year}-reports.${format}`, `章贡区${year}年度政府信息公开工作年度报告数据.${format}`),
      // A shared cache may keep it a minute: a publication shows within that.
      'cache-control': 'public, max-age=60',
    },
  });
}
