// What the home page and the open-data page show: the latest publications,
// the number of reports per year, and how many departments the site lists.
// Counts and links only: nothing here grows with the number of departments.
import 'server-only';
import { db } from '@/lib/db/client';
import { statutoryDeadline } from '@/lib/report-format/deadline';
import { reportYears } from '@/lib/report-format/formats';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';
import { countPublicDepartments } from './public-departments';

export interface LatestReport {
  slug: string;
  year: number;
  title: string;
  editionNumber: number;
  isDemo: boolean;
  publishedAt: string;
}

/** The most recent publications (a correction counts when it is published). */
export const listLatestReports = cachedPublicData(
  'latest-reports',
  async (take: number): Promise<LatestReport[]> => {
    const rows = await db.publicReport.findMany({
      orderBy: { publishedAt: 'desc' },
      take,
      select: { departmentSlug: true, year: true, title: true, editionNumber: true, isDemo: true, publishedAt: true },
    });
    return rows.map((row) => ({ ...row, slug: row.departmentSlug, publishedAt: row.publishedAt.toISOString() }));
  },
  { tags: () => [cacheTags.years], atBuild: [] },
);

const countPerYear = cachedPublicData(
  'reports-per-year',
  async (): Promise<[number, number][]> => {
    const rows = await db.publicReport.groupBy({ by: ['year'], _count: { _all: true } });
    return rows.map((row) => [row.year, row._count._all]);
  },
  { tags: () => [cacheTags.years], atBuild: [] },
);

/** Every report year, newest first, with its deadline and how many reports are published. */
export async function listYearSummaries(now = new Date()) {
  const counts = new Map(await countPerYear());
  return reportYears(now)
    .reverse()
    .map((year) => ({ year, published: counts.get(year) ?? 0, deadline: statutoryDeadline(year) }));
}

export async function loadHome() {
  const [latest, years, departments] = await Promise.all([listLatestReports(8), listYearSummaries(), countPublicDepartments()]);
  return { latest, years, departments, published: years.reduce((sum, year) => sum + year.published, 0) };
}
