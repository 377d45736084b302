// The few fields of a report that authorization and the workflow need.
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';
import type { ReportStatus } from '@/lib/workflow/status';

export interface ReportRef {
  id: string;
  departmentId: string;
  year: number;
  formatId: string;
  status: ReportStatus;
  version: number;
  editionNumber: number;
  publishedEditionId: string | null;
  editorIds: string[];
}

export async function findReportRef(reportId: string, client: Db | Tx = db): Promise<ReportRef | null> {
  const report = await client.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      departmentId: true,
      year: true,
      formatId: true,
      status: true,
      version: true,
      editionNumber: true,
      publishedEditionId: true,
      editorIds: true,
    },
  });
  return report ? { ...report, status: report.status as ReportStatus } : null;
}
