// A department's report for a year as the public sees it: the current
// edition (or an earlier one), its edition history, or the unpublish notice.
import 'server-only';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import { readContent } from '@/lib/reports/stored-content';
import type { PublishedReportData } from './open-data';

export interface PublicEdition {
  number: number;
  publishedAt: Date;
  changeNote: string | null;
  current: boolean;
}

export async function getPublicReport(slug: string, year: number, editionNumber?: number) {
  const department = await db.department.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, shortName: true } });
  if (!department) return null;
  const report = await db.report.findUnique({
    where: { departmentId_year: { departmentId: department.id, year } },
    select: {
      id: true,
      isDemo: true,
      viewCount: true,
      publishedEditionId: true,
      unpublishedAt: true,
      unpublishReason: true,
      editions: { where: { withdrawnAt: null }, orderBy: { number: 'asc' } },
    },
  });
  if (!report) return { department, year, report: null } as const;

  const editions: PublicEdition[] = report.editions.map((edition) => ({
    number: edition.number,
    publishedAt: edition.publishedAt,
    changeNote: edition.changeNote,
    current: edition.id === report.publishedEditionId,
  }));
  const wanted = editionNumber
    ? report.editions.find((edition) => edition.number === editionNumber)
    : report.editions.find((edition) => edition.id === report.publishedEditionId);
  const shown: PublishedReportData | null = wanted
    ? {
        department: { slug: department.slug, name: department.name },
        year,
        title: wanted.title,
        edition: { number: wanted.number, publishedAt: wanted.publishedAt, changeNote: wanted.changeNote },
        isDemo: report.isDemo,
        format: getFormat(wanted.formatId),
        content: readContent(wanted.content),
      }
    : null;
  return {
    department,
    year,
    report: {
      id: report.id,
      isDemo: report.isDemo,
      viewCount: report.viewCount,
      isPublic: report.publishedEditionId !== null,
      unpublishedAt: report.unpublishedAt,
      unpublishReason: report.unpublishReason,
    },
    editions,
    shown,
    shownIsCurrent: Boolean(wanted && wanted.id === report.publishedEditionId),
  } as const;
}

export type PublicReport = NonNullable<Awaited<ReturnType<typeof getPublicReport>>>;
