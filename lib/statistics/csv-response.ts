// The answer to /statistics/<chart>.csv?<the page's filters>: the chart's data
// table as CSV (UTF-8 with BOM, for Excel), from the same cached figures as the
// page. Malformed filters answer 400, a file or department that names nothing
// 404, each with a short Chinese sentence.
import 'server-only';
import { contentDisposition } from '@/lib/public/csv';
import { notFoundResponse } from '@/lib/public/not-found-response';
import { statTableCsv } from './csv';
import { figureTable } from './figures';
import { parseStatisticsFilter } from './filter';
import { figureTitle, isChartId, loadFigure, resolveStatistics } from './load-statistics';

function badRequest(problems: string[]): Response {
  return new Response(`${problems.join('\n')}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** A title as a file name on every system (no \ / : * ? " < > |). */
function fileName(title: string): string {
  return title.replace(/[\\/:*?"<>|：]+/g, ' ').trim();
}

export async function statisticsCsvResponse(file: string, params: URLSearchParams): Promise<Response> {
  const chart = /^([a-z-]+)\.csv$/.exec(file)?.[1];
  if (!chart || !isChartId(chart)) return notFoundResponse('未找到该文件。');
  const parsed = parseStatisticsFilter(params);
  if (!parsed.ok) return badRequest(parsed.problems);
  const resolution = await resolveStatistics(parsed.filter);
  if (!resolution.ok) {
    if (resolution.match?.kind === 'several') return badRequest([`部门“${parsed.filter.department}”：有多个部门的名称包含这些文字，请使用部门标识。`]);
    return notFoundResponse(resolution.problems.join('\n'));
  }
  const { resolved } = resolution;
  const figure = await loadFigure(resolved, chart);
  const title = figureTitle(figure, resolved);
  const range = figure.kind === 'departments' ? `${figure.ranking.year}` : `${resolved.from}-${resolved.to}`;
  const of = resolved.department ? `-${resolved.department.slug}` : '';
  const yearsText = figure.kind === 'departments' ? '' : `（${resolved.from}—${resolved.to}年度）`;
  return new Response(statTableCsv(figureTable(figure, title)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`statistics-${chart}${of}-${range}.csv`, `${fileName(title)}${yearsText}.csv`),
      // A shared cache may keep it a minute: a publication shows within that.
      'cache-control': 'public, max-age=60',
    },
  });
}
