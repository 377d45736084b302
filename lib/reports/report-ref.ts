// The few fields of a report that authorization and the workflow need, with
// the department's names for messages and titles and its district's workflow settings.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Db, Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';
import type { ReportStatus } from '@/lib/workflow/status';

export interface ReportRef {
  id: string;
  departmentId: string;
  department: { name: string; shortName: string; slug: string; active: boolean; district: { signOffRequired: boolean; earlySubmission: boolean } };
  year: number;
  formatId: string;
  status: ReportStatus;
  version: number;
  editionNumber: number;
  publishedEditionId: string | null;
  editorIds: string[];
  signedOffById: string | null;
  /** When the report first reached the district (history for the 报送 deadline). */
  firstForwardedAt: Date | null;
}

const REF_SELECT = {
  id: true,
  departmentId: true,
  department: { select: { name: true, shortName: true, slug: true, active: true, district: { select: { signOffRequired: true, earlySubmission: true } } } },
  year: true,
  formatId: true,
  status: true,
  version: true,
  editionNumber: true,
  publishedEditionId: true,
  editorIds: true,
  signedOffById: true,
  firstForwardedAt: true,
} satisfies Prisma.ReportSelect;

export async function findReportRef(reportId: string, client: Db | Tx = db): Promise<ReportRef | null> {
  const report = await client.report.findUnique({ where: { id: reportId }, select: REF_SELECT });
  return report ? { ...report, status: report.status as ReportStatus } : null;
}

/** The report with its working copy (content and 更正说明), for the steps that check or publish it. */
export async function findReportWithContent(
  reportId: string,
  client: Db | Tx = db,
): Promise<(ReportRef & { content: Prisma.JsonValue; changeNote: string | null }) | null> {
  const report = await client.report.findUnique({ where: { id: reportId }, select: { ...REF_SELECT, content: true, changeNote: true } });
  return report ? { ...report, status: report.status as ReportStatus } : null;
}
