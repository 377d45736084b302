// The deadline dashboard as CSV (approvers and admins), with the page's filters.
import { notFound } from 'next/navigation';
import { requireActionPermission } from '@/lib/auth/guard';
import { withRefusalMessages } from '@/lib/http/route-refusals';
import { contentDisposition } from '@/lib/public/csv';
import { dashboardCsvStream } from '@/lib/oversight/dashboard-csv';
import { getYearSettings } from '@/lib/oversight/district-deadlines';
import { defaultOversightYear } from '@/lib/oversight/deadlines';
import { resolveDistrict } from '@/lib/oversight/districts';
import { DASHBOARD_FIELD_LABELS, dashboardFilterSchema } from '@/lib/oversight/oversight-schemas';
import { isoDate } from '@/lib/format-time';
import { parseUrlFilter } from '@/lib/url-filter';

export const dynamic = 'force-dynamic';

export const GET = withRefusalMessages(async (request: Request) => {
  await requireActionPermission('oversight.read');
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filter, problems } = parseUrlFilter(dashboardFilterSchema, DASHBOARD_FIELD_LABELS, params);
  if (problems.length) return new Response(problems.join('；'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const district = await resolveDistrict(filter.district);
  if (!district) notFound();
  const year = filter.year ?? defaultOversightYear(isoDate(new Date()));
  const { deadlines } = await getYearSettings(district.id, year);
  return new Response(dashboardCsvStream(district.id, deadlines, filter), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`deadlines-${district.code}-${year}.csv`, `${district.name}${year}年度报告期限情况.csv`),
      'cache-control': 'private, no-store',
    },
  });
});
