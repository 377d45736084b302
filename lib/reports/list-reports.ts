// Reports the actor may see, newest year first, scoped by the policy.
import 'server-only';
import { db } from '@/lib/db/client';
import { reportScope, type Actor } from '@/lib/auth/policy';
import type { ReportStatus } from '@/lib/workflow/status';

export interface ReportListItem {
  id: string;
  year: number;
  status: ReportStatus;
  updatedAt: Date;
  department: { id: string; name: string; shortName: string; slug: string };
}

export async function listReports(actor: Actor, filter: { year?: number; departmentId?: string } = {}): Promise<ReportListItem[]> {
  const rows = await db.report.findMany({
    where: { ...filter, ...reportScope(actor) },
    orderBy: [{ year: 'desc' }, { department: { sortOrder: 'asc' } }],
    select: {
      id: true,
      year: true,
      status: true,
      updatedAt: true,
      department: { select: { id: true, name: true, shortName: true, slug: true } },
    },
  });
  return rows.map((row) => ({ ...row, status: row.status as ReportStatus }));
}
