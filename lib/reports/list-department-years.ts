// A department's reports year by year, with each year's deadline: the
// editor's starting page.
import 'server-only';
import { db } from '@/lib/db/client';
import { deadlineStatus, statutoryDeadline, type DeadlineStatus } from '@/lib/report-format/deadline';
import { formatForYear, reportYears } from '@/lib/report-format/formats';
import type { ReportStatus } from '@/lib/workflow/status';

export interface DepartmentYear {
  year: number;
  formatSource: string;
  deadline: DeadlineStatus;
  report: { id: string; status: ReportStatus; updatedAt: Date; isPublic: boolean } | null;
}

export async function listDepartmentYears(departmentId: string, now = new Date()): Promise<DepartmentYear[]> {
  const reports = await db.report.findMany({
    where: { departmentId },
    select: { id: true, year: true, status: true, updatedAt: true, publishedEditionId: true },
  });
  const byYear = new Map(reports.map((report) => [report.year, report]));
  return reportYears(now)
    .reverse()
    .map((year) => {
      const report = byYear.get(year);
      return {
        year,
        formatSource: formatForYear(year, now).source,
        deadline: deadlineStatus(statutoryDeadline(year), now),
        report: report
          ? {
              id: report.id,
              status: report.status as ReportStatus,
              updatedAt: report.updatedAt,
              isPublic: report.publishedEditionId !== null,
            }
          : null,
      };
    });
}
