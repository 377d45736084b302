// The approver's queue: reports waiting for review first, longest waiting first.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { AWAITING_STATUSES, type ReportStatus } from '@/lib/workflow/status';
import type { ReviewQueueFilter } from './review-queue-filter';

export async function listReviewQueue(filter: ReviewQueueFilter) {
  const where: Prisma.ReportWhereInput = {
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.department ? { department: { slug: filter.department } } : {}),
    ...(filter.status === 'pending' ? { status: { in: [...AWAITING_STATUSES] } } : filter.status === 'all' ? {} : { status: filter.status }),
  };
  const reports = await db.report.findMany({
    where,
    orderBy: [{ submittedAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
    take: 500,
    select: {
      id: true,
      year: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      editionNumber: true,
      department: { select: { name: true, shortName: true, slug: true } },
    },
  });
  return reports.map((report) => ({ ...report, status: report.status as ReportStatus }));
}
