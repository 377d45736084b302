// Addresses of the oversight pages (readable, with their filters in the URL).
// Imported by client components too: no server code.
export interface DashboardLink {
  district?: string | null;
  year?: number | null;
  state?: string | null;
  lateness?: string | null;
  sort?: string | null;
  page?: number;
}

function query(params: Record<string, string | number | null | undefined>, defaults: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || defaults[key] === String(value)) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function dashboardHref(link: DashboardLink): string {
  return `/review/dashboard${query({ ...link, page: link.page && link.page > 1 ? link.page : null }, { state: 'all', lateness: 'all', sort: 'urgency' })}`;
}

export function dashboardCsvHref(link: Pick<DashboardLink, 'district' | 'year' | 'state' | 'lateness' | 'sort'>): string {
  return `/review/dashboard.csv${query(link, { state: 'all', lateness: 'all', sort: 'urgency' })}`;
}

export function summaryHref(link: { district?: string | null; year: number; cell?: string | null }): string {
  return `/review/summary${query(link)}`;
}

/** The public district summary of a year. */
export const publicSummaryPath = (district: string, year: number) => `/summary/${district}/${year}`;
export const publicSummaryFilePath = (district: string, year: number, type: 'csv' | 'json') => `/summary/${district}/${year}/summary.${type}`;
