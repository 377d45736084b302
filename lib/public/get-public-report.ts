// A department's report for a year as the public sees it: the shown edition
// (the current one, or an earlier one), the edition history, or the unpublish
// notice. A report that is not public shows none of its editions.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { getFormat, reportYearProblem } from '@/lib/report-format/formats';
import { readContent } from '@/lib/reports/stored-content';
import type { PublishedReportData } from './open-data';

interface PublicEdition {
  number: number;
  publishedAt: Date;
  changeNote: string | null;
  current: boolean;
}

/**
 * Null when the department does not exist or the address cannot name a report
 * (a malformed key, a year without a national format). Cached per request:
 * a page and its metadata share one load.
 */
export const getPublicReport = cache(async (slug: string, year: number, editionNumber?: number) => {
  if (!isDepartmentSlug(slug) || reportYearProblem(year)) return null;
  const department = await db.department.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      reports: {
        where: { year },
        select: {
          id: true,
          isDemo: true,
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
  if (!department) return null;
  const { reports, ...info } = department;
  const report = reports[0];
  if (!report) return { department: info, year, report: null, editions: [], shown: null, shownIsCurrent: false } as const;

  // Taken down: the notice only, no edition (not even an earlier one).
  const editions: PublicEdition[] = report.publishedEditionId
    ? report.editions.map((edition) => ({
        number: edition.number,
        publishedAt: edition.publishedAt,
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
  const shown: PublishedReportData | null =
    wanted && stored
      ? {
          department: { slug: info.slug, name: info.name },
          year,
          title: stored.title,
          edition: { number: wanted.number, publishedAt: wanted.publishedAt, changeNote: wanted.changeNote },
          isDemo: report.isDemo,
          format: getFormat(stored.formatId),
          content: readContent(stored.content),
        }
      : null;
  return {
    department: info,
    year,
    report: {
      id: report.id,
      isDemo: report.isDemo,
      viewCount: report.viewCount,
      unpublishedAt: report.unpublishedAt,
      unpublishReason: report.unpublishReason,
    },
    editions,
    shown,
    shownIsCurrent: Boolean(wanted?.current),
  } as const;
});

export type PublicReport = NonNullable<Awaited<ReturnType<typeof getPublicReport>>>;
