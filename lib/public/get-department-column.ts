// One department's 年度报告 column: every year whose period has ended, with
// its published report or an explicit notice that it is not published.
import 'server-only';
import { db } from '@/lib/db/client';
import { currentYearInChina, FIRST_REPORT_YEAR } from '@/lib/report-format/formats';

export async function getDepartmentColumn(slug: string, now = new Date()) {
  const department = await db.department.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      address: true,
      phone: true,
      email: true,
      reports: {
        select: {
          year: true,
          isDemo: true,
          unpublishedAt: true,
          unpublishReason: true,
          publishedEdition: { select: { title: true, number: true, publishedAt: true } },
        },
      },
    },
  });
  if (!department) return null;
  const lastYear = currentYearInChina(now) - 1;
  const byYear = new Map(department.reports.map((report) => [report.year, report]));
  const years = [];
  for (let year = lastYear; year >= FIRST_REPORT_YEAR; year--) {
    const report = byYear.get(year);
    years.push({
      year,
      published: report?.publishedEdition
        ? { ...report.publishedEdition, isDemo: report.isDemo }
        : null,
      unpublished: report && !report.publishedEdition && report.unpublishedAt ? { at: report.unpublishedAt, reason: report.unpublishReason } : null,
    });
  }
  return { department, years };
}
