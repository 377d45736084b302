// The review queue: for the district's approvers every department's reports,
// for a department's reviewer their department's; what waits longest first.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { reportScope, type Actor } from '@/lib/auth/policy';
import { REPORT_STATUSES, AWAITING_STATUSES, type ReportStatus } from '@/lib/workflow/status';
import { stageOf } from '@/lib/workflow/state-machine';
import type { ReviewQueueFilter } from './review-queue-filter';

/** What waits for the viewer: 签发 for a department's reviewer, review and publication for the district. */
export function pendingStatuses(viewer: Actor): readonly ReportStatus[] {
  return viewer.role === 'DEPARTMENT_REVIEWER' ? ['AWAITING_SIGNOFF'] : viewer.role === 'ADMIN' ? ['AWAITING_SIGNOFF', ...AWAITING_STATUSES] : AWAITING_STATUSES;
}

function statusWhere(viewer: Actor, filter: ReviewQueueFilter): Prisma.ReportWhereInput {
  const byStatus = filter.status === 'pending' ? [...pendingStatuses(viewer)] : filter.status === 'all' ? [...REPORT_STATUSES] : [filter.status];
  const statuses = filter.stage ? byStatus.filter((status) => stageOf(status) === filter.stage) : byStatus;
  return { status: { in: statuses } };
}

export async function listReviewQueue(viewer: Actor, filter: ReviewQueueFilter) {
  const where: Prisma.ReportWhereInput = {
    ...reportScope(viewer),
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.department ? { department: { slug: filter.department } } : {}),
    ...statusWhere(viewer, filter),
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
