// The public directory: current published editions, filtered and paged.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { PAGE_SIZE, type DirectoryFilter } from './directory-filter';

export interface DirectoryItem {
  title: string;
  slug: string;
  departmentName: string;
  year: number;
  publishedAt: Date;
  editionNumber: number;
  isDemo: boolean;
}

export async function listPublishedReports(filter: DirectoryFilter): Promise<{ total: number; items: DirectoryItem[]; pages: number }> {
  const where: Prisma.ReportEditionWhereInput = {
    publishedOf: { isNot: null },
    report: {
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.department ? { department: { slug: filter.department } } : {}),
    },
    // Prisma passes `contains` to ILIKE as is: % and _ must be searched for as text.
    ...(filter.q ? { searchText: { contains: filter.q.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' } } : {}),
  };
  const [total, editions] = await Promise.all([
    db.reportEdition.count({ where }),
    db.reportEdition.findMany({
      where,
      orderBy: [{ report: { year: 'desc' } }, { report: { department: { sortOrder: 'asc' } } }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        title: true,
        number: true,
        publishedAt: true,
        report: { select: { year: true, isDemo: true, department: { select: { slug: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: editions.map((edition) => ({
      title: edition.title,
      slug: edition.report.department.slug,
      departmentName: edition.report.department.name,
      year: edition.report.year,
      publishedAt: edition.publishedAt,
      editionNumber: edition.number,
      isDemo: edition.report.isDemo,
    })),
  };
}
