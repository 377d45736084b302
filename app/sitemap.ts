import type { MetadataRoute } from 'next';
import { db } from '@/lib/db/client';
import { serverEnv } from '@/lib/env';
import { listPublicDepartments } from '@/lib/public/list-public-departments';
import { departmentPath, reportPath } from '@/lib/public/urls';

// Every published report and every department page the site lists, read per request (two queries;
// crawlers fetch it rarely), so it is never stale.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = serverEnv().PUBLIC_BASE_URL.replace(/\/$/, '');
  const [reports, departments] = await Promise.all([
    db.report.findMany({
      where: { publishedEditionId: { not: null } },
      select: { year: true, department: { select: { slug: true } }, publishedEdition: { select: { publishedAt: true } } },
    }),
    listPublicDepartments(),
  ]);
  return [
    { url: `${base}/`, changeFrequency: 'weekly' },
    { url: `${base}/reports`, changeFrequency: 'weekly' },
    { url: `${base}/departments`, changeFrequency: 'monthly' },
    { url: `${base}/open-data`, changeFrequency: 'monthly' },
    ...departments.map((department) => ({ url: `${base}${departmentPath(department.slug)}`, changeFrequency: 'monthly' as const })),
    ...reports.map((report) => ({
      url: `${base}${reportPath(report.department.slug, report.year)}`,
      lastModified: report.publishedEdition?.publishedAt,
      changeFrequency: 'yearly' as const,
    })),
  ];
}
