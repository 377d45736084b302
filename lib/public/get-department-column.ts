// One department's 年度报告 column: every year whose period has ended, with
// its published report or an explicit notice that it is not published.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { currentYearInChina, FIRST_REPORT_YEAR } from '@/lib/report-format/formats';

export function getDepartmentColumn(slug: string, now = new Date()) {
  // The date stays outside the request cache (keyed on primitives), so that a
  // page and its metadata share one load.
  return loadColumn(slug, currentYearInChina(now) - 1);
}

const loadColumn = cache(async (slug: string, lastYear: number) => {
  if (!isDepartmentSlug(slug)) return null;
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
  const byYear = new Map(department.reports.map((report) => [report.year, report]));
  return {
    department,
    years: Array.from({ length: lastYear - FIRST_REPORT_YEAR + 1 }, (_, index) => lastYear - index).map((year) => {
      const report = byYear.get(year);
      return {
        year,
        published: report?.publishedEdition ? { ...report.publishedEdition, isDemo: report.isDemo } : null,
        unpublished: report && !report.publishedEdition && report.unpublishedAt ? { at: report.unpublishedAt, reason: report.unpublishReason } : null,
      };
    }),
  };
});
