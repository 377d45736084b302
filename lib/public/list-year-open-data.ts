// Every department's published report of one year, for the year's CSV.
import 'server-only';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import { readContent } from '@/lib/reports/stored-content';
import type { PublishedReportData } from './open-data';

export async function listYearOpenData(year: number): Promise<PublishedReportData[]> {
  const editions = await db.reportEdition.findMany({
    where: { publishedOf: { isNot: null }, report: { year } },
    orderBy: { report: { department: { sortOrder: 'asc' } } },
    select: {
      title: true,
      number: true,
      publishedAt: true,
      changeNote: true,
      formatId: true,
      content: true,
      report: { select: { year: true, isDemo: true, department: { select: { slug: true, name: true } } } },
    },
  });
  return editions.map((edition) => ({
    department: edition.report.department,
    year: edition.report.year,
    title: edition.title,
    edition: { number: edition.number, publishedAt: edition.publishedAt, changeNote: edition.changeNote },
    isDemo: edition.report.isDemo,
    format: getFormat(edition.formatId),
    content: readContent(edition.content),
  }));
}
