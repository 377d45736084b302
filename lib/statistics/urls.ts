// The statistics' addresses: each filtered view and each chart's CSV is a
// plain link. Imported by client components too: keep it free of server code
// and zod (the filters are read in ./filter.ts).
import type { StatisticsFilter } from './filter';

function query(filter: Partial<StatisticsFilter>): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', String(filter.from));
  if (filter.to) params.set('to', String(filter.to));
  if (filter.department) params.set('department', filter.department);
  if (filter.year) params.set('year', String(filter.year));
  if (filter.metric) params.set('metric', filter.metric);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const STATISTICS_PATH = '/statistics';

/** The address of a filtered view. */
export function statisticsHref(filter: Partial<StatisticsFilter>): string {
  return `${STATISTICS_PATH}${query(filter)}`;
}

/** The address of a chart's data as CSV, for the same filters. */
export function statisticsCsvHref(chart: string, filter: Partial<StatisticsFilter>): string {
  return `${STATISTICS_PATH}/${chart}.csv${query(filter)}`;
}
