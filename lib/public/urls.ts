// Public addresses (stable and readable: one per department and year).
// Imported by client components too: keep it free of server code and zod.

export const departmentPath = (slug: string) => `/departments/${slug}`;
export const reportPath = (slug: string, year: number) => `/departments/${slug}/${year}`;
export const editionPath = (slug: string, year: number, edition: number) => `/departments/${slug}/${year}/editions/${edition}`;
export const reportJsonPath = (slug: string, year: number) => `/departments/${slug}/${year}/report.json`;
/** The published report as a document to print or post: Word (.docx) or PDF. */
export const reportDocumentPath = (slug: string, year: number, type: 'docx' | 'pdf') => `/departments/${slug}/${year}/report.${type}`;
export const tableCsvPath = (slug: string, year: number, tableId: string) => `/departments/${slug}/${year}/tables/${tableId}.csv`;
/** A year's reports in one file: every cell as CSV, or one report per line as JSON. */
export const yearFilePath = (year: number, format: 'csv' | 'jsonl') => `/open-data/${year}.${format}`;

interface DirectoryLink {
  year?: number | null;
  department?: string | null;
  q?: string | null;
  page?: number;
}

/** The public address of a filtered view (also for pagination links). */
export function directoryHref(filter: DirectoryLink): string {
  const params = new URLSearchParams();
  if (filter.year) params.set('year', String(filter.year));
  if (filter.department) params.set('department', filter.department);
  if (filter.q) params.set('q', filter.q);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `/reports?${query}` : '/reports';
}

interface DepartmentsLink {
  district?: string | null;
  q?: string | null;
  page?: number;
}

/** The department directory's address: a district, a name search, a page. */
export function departmentsHref(filter: DepartmentsLink): string {
  const params = new URLSearchParams();
  if (filter.district) params.set('district', filter.district);
  if (filter.q) params.set('q', filter.q);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `/departments?${query}` : '/departments';
}
