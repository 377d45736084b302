// What each cached public page shows, named as cache tags, and which tags a
// change touches. Every public data loader tags what it reads (cached.ts);
// Next gives a cached page the tags of the data it was rendered from, so a
// change re-renders exactly the pages that show it (revalidate-public.ts).
// Tags name departments by slug and reports by slug and year, as addresses do.

export interface ReportPlace {
  slug: string;
  year: number;
}

export const cacheTags = {
  /** A report's page, its editions, its JSON and its tables. */
  report: ({ slug, year }: ReportPlace) => `report:${slug}:${year}`,
  /** A department's name and contacts, shown on its page and its reports' pages. */
  department: (slug: string) => `department:${slug}`,
  /** Which reports a department has published: its page, its place in the department directory. */
  departmentReports: (slug: string) => `department-reports:${slug}`,
  /** The department directory's list: names, districts, order. */
  departmentList: 'department-list',
  /** A directory view by year and department (all: no filter), every page of it. */
  directory: (year: number | null, slug: string | null) => `directory:${year ?? 'all'}:${slug ?? 'all'}`,
  /** Text search results (kept briefly anyway). */
  search: 'search',
  /** The latest publications and the number of reports per year (home, open data). */
  years: 'years',
  /** The sitemap index, and the part that lists one year's reports or the departments. */
  sitemapIndex: 'sitemap',
  sitemapReports: (year: number) => `sitemap:reports:${year}`,
  sitemapDepartments: 'sitemap:departments',
  /** The district summaries (区级汇总) of a year: every district's sums and who is missing. */
  summary: (year: number) => `summary:${year}`,
} as const;

/** A publication, correction or withdrawal of one report. */
export function publicationTags(place: ReportPlace): string[] {
  return [
    cacheTags.report(place),
    cacheTags.departmentReports(place.slug),
    cacheTags.directory(place.year, place.slug),
    cacheTags.directory(place.year, null),
    cacheTags.directory(null, place.slug),
    cacheTags.directory(null, null),
    cacheTags.search,
    cacheTags.years,
    cacheTags.sitemapIndex,
    cacheTags.sitemapReports(place.year),
    cacheTags.summary(place.year),
  ];
}

/**
 * A department added or changed (name, address, order, address key): its own
 * pages under its old and new key, the lists that name it, and every directory
 * view of the years it has reports for.
 */
export function departmentTags(slugs: readonly string[], years: readonly number[]): string[] {
  const tags = new Set<string>([cacheTags.departmentList, cacheTags.search, cacheTags.years, cacheTags.sitemapIndex, cacheTags.sitemapDepartments]);
  for (const slug of slugs) {
    tags.add(cacheTags.department(slug));
    tags.add(cacheTags.departmentReports(slug));
    tags.add(cacheTags.directory(null, slug));
    for (const year of years) {
      tags.add(cacheTags.report({ slug, year }));
      tags.add(cacheTags.directory(year, slug));
    }
  }
  tags.add(cacheTags.directory(null, null));
  for (const year of years) {
    tags.add(cacheTags.directory(year, null));
    tags.add(cacheTags.sitemapReports(year));
    tags.add(cacheTags.summary(year));
  }
  return [...tags];
}
