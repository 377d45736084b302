// The stored working copy, for an editor whose save was refused as outdated.
import 'server-only';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import type { ParsedReportContent } from '@/lib/report-format/content';
import type { ReportStatus } from '@/lib/workflow/status';
import { readContent } from './stored-content';

export interface LatestContent {
  version: number;
  status: ReportStatus;
  content: ParsedReportContent;
  updatedAt: string;
  updatedBy: string | null;
}

export async function loadLatestContent(reportId: string): Promise<LatestContent> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { version: true, status: true, content: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  if (!report) throw UserError.notFound('该报告不存在。');
  return {
    version: report.version,
    status: report.status as ReportStatus,
    content: readContent(report.content),
    updatedAt: report.updatedAt.toISOString(),
    updatedBy: report.updatedBy?.displayName ?? null,
  };
}
