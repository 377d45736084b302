// One department's 年度报告 column: every year whose period has ended, with
// its published report or an explicit notice that it is not published.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { currentYearInChina, FIRST_REPORT_YEAR } from '@/lib/report-format/formats';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';
import { isListed, listedSelect } from './public-departments';

export interface PublicDepartmentInfo {
  slug: string;
  name: string;
  shortName: string;
  address: string;
  phone: string;
  email: string;
}

const loadDepartment = cachedPublicData(
  'department-column',
  async (slug: string) => {
    const department = await db.department.findUnique({
      where: { slug },
      select: {
        slug: true,
        name: true,
        shortName: true,
        address: true,
        phone: true,
        email: true,
        ...listedSelect,
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
    if (!department || !isListed(department)) return null;
    const { reports, active: _active, publishedReports: _count, ...info } = department;
    return {
      department: info satisfies PublicDepartmentInfo,
      reports: reports.map((report) => ({
        year: report.year,
        published: report.publishedEdition
          ? { ...report.publishedEdition, publishedAt: report.publishedEdition.publishedAt.toISOString(), isDemo: report.isDemo }
          : null,
        unpublished: !report.publishedEdition && report.unpublishedAt ? { at: report.unpublishedAt.toISOString(), reason: report.unpublishReason } : null,
      })),
    };
  },
  { tags: (slug) => [cacheTags.department(slug), cacheTags.departmentReports(slug)] },
);

export function getDepartmentColumn(slug: string, now = new Date()) {
  // The date stays outside the request cache (keyed on primitives), so that a
  // page and its metadata share one load.
  return column(slug, currentYearInChina(now) - 1);
}

const column = cache(async (slug: string, lastYear: number) => {
  if (!isDepartmentSlug(slug)) return null;
  const loaded = await loadDepartment(slug);
  if (!loaded) return null;
  const byYear = new Map(loaded.reports.map((report) => [report.year, report]));
  return {
    department: loaded.department,
    years: Array.from({ length: lastYear - FIRST_REPORT_YEAR + 1 }, (_, index) => lastYear - index).map((year) => ({
      year,
      published: byYear.get(year)?.published ?? null,
      unpublished: byYear.get(year)?.unpublished ?? null,
    })),
  };
});
