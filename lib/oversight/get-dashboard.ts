// Everything the deadline dashboard page shows, for one filter.
import 'server-only';
import { isoDate } from '@/lib/format-time';
import { reportYears } from '@/lib/report-format/formats';
import { getYearSettings, type YearSettings } from './district-deadlines';
import { DASHBOARD_PAGE_SIZE, dashboardTotals, listDashboardRows, type DashboardRow, type DashboardTotals } from './deadline-dashboard';
import { defaultOversightYear } from './deadlines';
import { listDistricts, resolveDistrict, type DistrictChoice } from './districts';
import type { DashboardFilter } from './oversight-schemas';
import { refreshStaleQuality } from '@/lib/quality/report-quality';

export interface DashboardView {
  district: DistrictChoice;
  districts: DistrictChoice[];
  filter: DashboardFilter & { year: number };
  years: number[];
  settings: YearSettings;
  totals: DashboardTotals;
  matching: number;
  pages: number;
  rows: DashboardRow[];
  today: string;
}

/** Null when the filter names a district that does not exist. */
export async function getDashboard(filter: DashboardFilter, now: Date = new Date()): Promise<DashboardView | null> {
  const district = await resolveDistrict(filter.district);
  if (!district) return null;
  const today = isoDate(now);
  const years = reportYears(now).reverse();
  const year = filter.year && years.includes(filter.year) ? filter.year : defaultOversightYear(today);
  const settings = await getYearSettings(district.id, year);
  const { matching, totals } = await dashboardTotals(district.id, settings.deadlines, filter, now);
  const pages = Math.max(1, Math.ceil(matching / DASHBOARD_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const load = () => listDashboardRows(district.id, settings.deadlines, filter, { offset: (page - 1) * DASHBOARD_PAGE_SIZE, limit: DASHBOARD_PAGE_SIZE }, now);
  let rows = await load();
  // Scores computed from an older version of a report shown here are brought up to date first (one page at most).
  const stale = rows.filter((row) => row.scoreStale && row.reportId).map((row) => row.reportId!);
  if (stale.length) {
    await refreshStaleQuality(stale);
    rows = await load();
  }
  return { district, districts: await listDistricts(), filter: { ...filter, year, page }, years, settings, totals, matching, pages, rows, today };
}
