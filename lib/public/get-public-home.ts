// What the portal's home page, department directory and open-data page show.
import 'server-only';
import { db } from '@/lib/db/client';
import { statutoryDeadline } from '@/lib/report-format/deadline';
import { reportYears } from '@/lib/report-format/formats';

/** The most recently published editions. */
export function listLatestEditions(take = 8) {
  return db.reportEdition.findMany({
    where: { publishedOf: { isNot: null } },
    orderBy: { publishedAt: 'desc' },
    take,
    select: {
      title: true,
      number: true,
      publishedAt: true,
      report: { select: { year: true, isDemo: true, department: { select: { slug: true } } } },
    },
  });
}

/** Every report year, newest first, with its deadline and how many reports are published. */
export async function listYearSummaries(now = new Date()) {
  const perYear = await db.report.groupBy({ by: ['year'], where: { publishedEditionId: { not: null } }, _count: { _all: true } });
  const counts = new Map(perYear.map((row) => [row.year, row._count._all]));
  return reportYears(now)
    .reverse()
    .map((year) => ({ year, published: counts.get(year) ?? 0, deadline: statutoryDeadline(year) }));
}
