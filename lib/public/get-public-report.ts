// A department's report for a year as the public sees it: the shown edition
// (the current one, or an earlier one), the edition history, or the unpublish
// notice. A report that is not public shows none of its editions.
import 'server-only';
import { cache } from 'react';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { getFormat, reportYearProblem } from '@/lib/report-format/formats';
import { readContent } from '@/lib/reports/stored-content';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';
import { isListed, listedSelect } from './public-departments';
import type { PublishedReportData } from './open-data';

interface PublicEdition {
  number: number;
  publishedAt: string;
  changeNote: string | null;
  current: boolean;
}

const loadReport = cachedPublicData(
  'public-report',
  async (slug: string, year: number, editionNumber: number | null) => {
    const department = await db.department.findUnique({
      where: { slug },
      select: {
        slug: true,
        name: true,
        shortName: true,
        ...listedSelect,
        reports: {
          where: { year },
          select: {
            id: true,
            isDemo: true,
            importedAt: true,
            importSource: true,
            viewCount: true,
            publishedEditionId: true,
            unpublishedAt: true,
            unpublishReason: true,
            editions: {
              where: { withdrawnAt: null },
              orderBy: { number: 'asc' },
              select: { id: true, number: true, publishedAt: true, changeNote: true },
            },
          },
        },
      },
    });
    if (!department || !isListed(department)) return null;
    const { reports, active: _active, publishedReports: _count, ...info } = department;
    const report = reports[0];
    if (!report) return { department: info, year, report: null, editions: [], shown: null };

    // Taken down: the notice only, no edition (not even an earlier one).
    const editions: PublicEdition[] = report.publishedEditionId
      ? report.editions.map((edition) => ({
          number: edition.number,
          publishedAt: edition.publishedAt.toISOString(),
          changeNote: edition.changeNote,
          current: edition.id === report.publishedEditionId,
        }))
      : [];
    const wantedNumber = editionNumber ?? editions.find((edition) => edition.current)?.number;
    const wanted = editions.find((edition) => edition.number === wantedNumber);
    const stored = wanted
      ? await db.reportEdition.findUniqueOrThrow({
          where: { reportId_number: { reportId: report.id, number: wanted.number } },
          select: { title: true, formatId: true, content: true },
        })
      : null;
    return {
      department: info,
      year,
      report: {
        id: report.id,
        isDemo: report.isDemo,
        importedAt: report.importedAt?.toISOString() ?? null,
        importSource: report.importSource,
        viewCount: report.viewCount,
        unpublishedAt: report.unpublishedAt?.toISOString() ?? null,
        unpublishReason: report.unpublishReason,
      },
      editions,
      shown: wanted && stored ? { edition: wanted, title: stored.title, formatId: stored.formatId, content: stored.content as Prisma.JsonValue } : null,
    };
  },
  { tags: (slug, year) => [cacheTags.report({ slug, year }), cacheTags.department(slug)] },
);

/**
 * Null when the department does not exist or the address cannot name a report
 * (a malformed key, a year without a national format). Cached per request:
 * a page and its metadata share one load.
 */
export const getPublicReport = cache(async (slug: string, year: number, editionNumber?: number) => {
  if (!isDepartmentSlug(slug) || reportYearProblem(year)) return null;
  const loaded = await loadReport(slug, year, editionNumber ?? null);
  if (!loaded) return null;
  const { shown, ...rest } = loaded;
  const data: PublishedReportData | null = shown
    ? {
        department: { slug: loaded.department.slug, name: loaded.department.name },
        year,
        title: shown.title,
        edition: { number: shown.edition.number, publishedAt: shown.edition.publishedAt, changeNote: shown.edition.changeNote },
        isDemo: loaded.report?.isDemo ?? false,
        format: getFormat(shown.formatId),
        content: readContent(shown.content),
      }
    : null;
  return { ...rest, shown: data, shownIsCurrent: Boolean(shown?.edition.current) } as const;
});

export type PublicReport = NonNullable<Awaited<ReturnType<typeof getPublicReport>>>;
