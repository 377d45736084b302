import Link from 'next/link';
import { StatusBadge } from '@/components/layout/status-badge';
import { ReportStepper } from '@/components/workflow/report-stepper';
import type { ReportWorkspace } from '@/lib/reports/get-report-workspace';
import { reportDocxPath } from '@/lib/reports/report-label';
import { reportPath } from '@/lib/public/urls';
import { formatDateTime, formatDuration } from '@/lib/format-time';
import { isAwaiting } from '@/lib/workflow/status';

/** The head of a report's page: what it is, where it is in the chain and who holds it, who touched it last, its public page and Word copy. */
export function ReportSummary({ workspace }: { workspace: ReportWorkspace }) {
  const { report, department } = workspace;
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        {department.name} · {report.year}年度
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{report.title}</h1>
        <StatusBadge status={report.status} />
        {report.editionNumber > 1 && <span className="text-sm">第 {report.editionNumber} 版（更正）</span>}
        {report.isPublic && (
          <Link href={reportPath(department.slug, report.year)} className="rounded border border-ok px-2 py-0.5 text-sm text-ok underline" target="_blank">
            查看公开页面
          </Link>
        )}
        <a href={reportDocxPath(report.id)} className="text-sm text-brand underline" download>
          下载 Word 文档（.docx）
        </a>
      </div>
      <p className="text-sm text-muted">
        最后修改：{report.updatedBy ?? '—'} · {formatDateTime(report.updatedAt)}
        {report.submittedAt && isAwaiting(report.status) && ` · 提交于 ${formatDateTime(report.submittedAt)}，已等待 ${formatDuration(report.submittedAt)}`}
      </p>
      {report.status === 'UNPUBLISHED' && report.unpublishReason && (
        <p className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">撤销发布说明：{report.unpublishReason}</p>
      )}
      <ReportStepper status={report.status} signOffRequired={workspace.settings.signOffRequired} holders={workspace.holders} />
    </div>
  );
}
