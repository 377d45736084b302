// What the portal's home page shows.
import 'server-only';
import { db } from '@/lib/db/client';
import { statutoryDeadline } from '@/lib/report-format/deadline';
import { currentYearInChina, FIRST_REPORT_YEAR } from '@/lib/report-format/formats';

export async function getPublicHome(now = new Date()) {
  const [latest, departments, perYear] = await Promise.all([
    db.reportEdition.findMany({
      where: { publishedOf: { isNot: null } },
      orderBy: { publishedAt: 'desc' },
      take: 8,
      select: {
        title: true,
        number: true,
        publishedAt: true,
        report: { select: { year: true, isDemo: true, department: { select: { slug: true, name: true } } } },
      },
    }),
    db.department.findMany({
      where: { active: true },
      orderBy: { sortOrder: 'asc' },
      select: { slug: true, name: true, shortName: true, _count: { select: { reports: { where: { publishedEditionId: { not: null } } } } } },
    }),
    db.report.groupBy({ by: ['year'], where: { publishedEditionId: { not: null } }, _count: { _all: true } }),
  ]);
  const counts = new Map(perYear.map((row) => [row.year, row._count._all]));
  const current = currentYearInChina(now);
  const years = [];
  for (let year = current; year >= FIRST_REPORT_YEAR; year--) {
    years.push({ year, published: counts.get(year) ?? 0, deadline: statutoryDeadline(year) });
  }
  return { latest, departments, years, departmentCount: departments.length };
}
