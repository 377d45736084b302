// Public addresses (stable and readable: one per department and year).
// Imported by client components too: keep it free of server code and zod.
import type { DirectoryFilter } from './directory-filter';

export const departmentPath = (slug: string) => `/departments/${slug}`;
export const reportPath = (slug: string, year: number) => `/departments/${slug}/${year}`;
export const editionPath = (slug: string, year: number, edition: number) => `/departments/${slug}/${year}/editions/${edition}`;
export const reportJsonPath = (slug: string, year: number) => `/departments/${slug}/${year}/report.json`;
export const tableCsvPath = (slug: string, year: number, tableId: string) => `/departments/${slug}/${year}/tables/${tableId}.csv`;
export const yearCsvPath = (year: number) => `/open-data/${year}.csv`;

/** The public address of a filtered view (also for pagination links). */
export function directoryHref(filter: Partial<DirectoryFilter>): string {
  const params = new URLSearchParams();
  if (filter.year) params.set('year', String(filter.year));
  if (filter.department) params.set('department', filter.department);
  if (filter.q) params.set('q', filter.q);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `/reports?${query}` : '/reports';
}
