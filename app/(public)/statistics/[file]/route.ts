// A chart's data as CSV, for the page's filters: /statistics/applications.csv?from=2019&to=2025
// (lib/statistics/csv-response.ts). From cached figures; not cached by Next itself.
import { statisticsCsvResponse } from '@/lib/statistics/csv-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/statistics/[file]'>) {
  return statisticsCsvResponse((await params).file, new URL(request.url).searchParams);
}
