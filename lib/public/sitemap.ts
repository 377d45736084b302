// The sitemap: an index (/sitemap.xml) of parts of at most 50,000 addresses
// each (the protocol's limit): the portal's own pages, the departments, and
// each year's reports. A publication refreshes the index and its year's part
// only (cache-tags.ts).
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { publicBaseUrl } from '@/lib/http/base-url';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';
import { countPublicDepartments } from './public-departments';
import { departmentPath, reportPath } from './urls';

export const SITEMAP_URL_LIMIT = 50_000;

export type SitemapPart = { kind: 'pages' } | { kind: 'departments'; chunk: number } | { kind: 'reports'; year: number; chunk: number };

export function partFileName(part: SitemapPart): string {
  if (part.kind === 'pages') return 'pages.xml';
  if (part.kind === 'departments') return `departments-${part.chunk}.xml`;
  return `reports-${part.year}-${part.chunk}.xml`;
}

export function parsePartFileName(name: string): SitemapPart | null {
  if (name === 'pages.xml') return { kind: 'pages' };
  const departments = /^departments-([1-9]\d{0,4})\.xml$/.exec(name);
  if (departments) return { kind: 'departments', chunk: Number(departments[1]) };
  const reports = /^reports-(\d{4})-([1-9]\d{0,4})\.xml$/.exec(name);
  if (reports) return { kind: 'reports', year: Number(reports[1]), chunk: Number(reports[2]) };
  return null;
}


const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);

function urlSet(entries: { loc: string; lastmod?: string | null }[]): string {
  const lines = entries.map(
    (entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</urlset>\n`;
}

const yearStats = cachedPublicData(
  'sitemap-years',
  async (): Promise<{ year: number; reports: number; lastmod: string }[]> => {
    const rows = await db.$queryRaw<{ year: number; reports: number; lastmod: Date }[]>`
      SELECT year, count(*)::int AS reports, max(published_at) AS lastmod FROM public_reports GROUP BY year ORDER BY year DESC`;
    return rows.map((row) => ({ ...row, lastmod: row.lastmod.toISOString() }));
  },
  { tags: () => [cacheTags.sitemapIndex], atBuild: [] },
);

/** The sitemap index: every part, with when its newest report was published. */
export async function sitemapIndex(): Promise<string> {
  const [years, departments, base] = await Promise.all([yearStats(), countPublicDepartments(), publicBaseUrl()]);
  const parts: { part: SitemapPart; lastmod?: string }[] = [{ part: { kind: 'pages' } }];
  for (let chunk = 1; chunk <= Math.max(1, Math.ceil(departments / SITEMAP_URL_LIMIT)); chunk++) parts.push({ part: { kind: 'departments', chunk } });
  for (const year of years) {
    for (let chunk = 1; chunk <= Math.ceil(year.reports / SITEMAP_URL_LIMIT); chunk++) parts.push({ part: { kind: 'reports', year: year.year, chunk }, lastmod: year.lastmod });
  }
  const lines = parts.map(
    ({ part, lastmod }) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${partFileName(part)}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</sitemapindex>\n`;
}

const departmentChunk = cachedPublicData(
  'sitemap-departments',
  async (chunk: number): Promise<string[]> => {
    const rows = await db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM departments d WHERE d.active OR d.published_reports > 0
      ORDER BY d.district_id, d.sort_order, d.id LIMIT ${SITEMAP_URL_LIMIT} OFFSET ${(chunk - 1) * SITEMAP_URL_LIMIT}`;
    return rows.map((row) => row.slug);
  },
  { tags: () => [cacheTags.sitemapDepartments] },
);

const reportChunk = cachedPublicData(
  'sitemap-reports',
  async (year: number, chunk: number): Promise<[string, string][]> => {
    const rows = await db.$queryRaw<{ slug: string; published_at: Date }[]>(Prisma.sql`
      SELECT department_slug AS slug, published_at FROM public_reports WHERE year = ${year}
      ORDER BY department_sort, report_id LIMIT ${SITEMAP_URL_LIMIT} OFFSET ${(chunk - 1) * SITEMAP_URL_LIMIT}`);
    return rows.map((row) => [row.slug, row.published_at.toISOString()]);
  },
  { tags: (year) => [cacheTags.sitemapReports(year)] },
);

/** One part of the sitemap, or null when there is no such part. */
export async function sitemapPart(part: SitemapPart): Promise<string | null> {
  const base = await publicBaseUrl();
  if (part.kind === 'pages') {
    return urlSet(['/', '/reports', '/departments', '/open-data'].map((path) => ({ loc: `${base}${path}` })));
  }
  if (part.kind === 'departments') {
    const slugs = await departmentChunk(part.chunk);
    if (slugs.length === 0 && part.chunk > 1) return null;
    return urlSet(slugs.map((slug) => ({ loc: `${base}${departmentPath(slug)}` })));
  }
  const reports = await reportChunk(part.year, part.chunk);
  if (reports.length === 0) return null;
  return urlSet(reports.map(([slug, publishedAt]) => ({ loc: `${base}${reportPath(slug, part.year)}`, lastmod: publishedAt })));
}
