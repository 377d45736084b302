import { StatusBadge } from '@/components/layout/status-badge';
import type { ReportWorkspace } from '@/lib/reports/get-report-workspace';
import { formatDateTime, formatDuration } from '@/lib/format-time';
import { isAwaiting } from '@/lib/workflow/status';

/** The head of a report's page: what it is, its state, and who touched it last. */
export function ReportSummary({ workspace }: { workspace: ReportWorkspace }) {
  const { report, department } = workspace;
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        {department.name} · {report.year}年度
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{report.title}</h1>
        <StatusBadge status={report.status} />
        {report.editionNumber > 1 && <span className="text-sm">第 {report.editionNumber} 版（更正）</span>}
        {report.isPublic && <span className="rounded border border-ok px-2 py-0.5 text-xs text-ok">有公开版本</span>}
      </div>
      <p className="text-sm text-muted">
        最后修改：{report.updatedBy ?? '—'} · {formatDateTime(report.updatedAt)}
        {report.submittedAt && isAwaiting(report.status) && ` · 提交于 ${formatDateTime(report.submittedAt)}，已等待 ${formatDuration(report.submittedAt)}`}
      </p>
      {report.status === 'UNPUBLISHED' && report.unpublishReason && (
        <p className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">撤销发布说明：{report.unpublishReason}</p>
      )}
    </div>
  );
}
