import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/layout/status-badge';
import { DepartmentSelect } from '@/components/ui/department-select';
import { listDepartmentOptions, resolveDepartmentFilter } from '@/lib/admin/list-departments';
import { requirePermission } from '@/lib/auth/guard';
import { reportYears } from '@/lib/report-format/formats';
import { listReviewQueue } from '@/lib/reports/list-review-queue';
import { reportScope } from '@/lib/auth/policy';
import { stageOf, STAGE_LABELS, STAGES } from '@/lib/workflow/state-machine';
import { reviewReportPath } from '@/lib/reports/report-label';
import { parseQueueFilter, QUEUE_STATUS_OPTIONS, type QueueStatus } from '@/lib/reports/review-queue-filter';
import { formatDateTime, formatDuration } from '@/lib/format-time';
import { isAwaiting, STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';

export const metadata: Metadata = { title: '审核发布' };

const statusOption = (status: QueueStatus, signingOff: boolean) =>
  status === 'pending' ? (signingOff ? '待处理（待部门签发）' : '待处理（待审核、审核中、待发布）') : status === 'all' ? '全部' : STATUS_LABELS[status as ReportStatus];

export default async function ReviewQueuePage({ searchParams }: PageProps<'/review'>) {
  const user = await requirePermission('workspace.review', undefined, '/review');
  const signingOff = user.role === 'DEPARTMENT_REVIEWER';
  const parsed = parseQueueFilter(await searchParams);
  const departments = await listDepartmentOptions({ scope: reportScope(user) });
  const { filter, problems } = resolveDepartmentFilter(parsed, departments);
  const reports = await listReviewQueue(user, filter);

  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <div>
        <h1 id="review-title" className="text-2xl font-semibold">{signingOff ? '部门签发' : '审核发布'}</h1>
        <p className="text-sm text-muted">
          {signingOff
            ? `对${user.department?.name ?? '本部门'}提交的年度报告进行保密审查并签发，签发后报送区政务公开办审核。`
            : '审核各部门报送的年度报告，通过后发布到公开目录。'}
          等待时间最长的排在最前。
        </p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-4 p-4">
        <div>
          <label htmlFor="filter-year" className="field-label">年度</label>
          <select id="filter-year" name="year" defaultValue={filter.year ?? ''} className="field-input">
            <option value="">全部年度</option>
            {reportYears().reverse().map((year) => (
              <option key={year} value={year}>{year}年度</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="field-label">状态</label>
          <select id="filter-status" name="status" defaultValue={filter.status} className="field-input">
            {QUEUE_STATUS_OPTIONS.map((status) => (
              <option key={status} value={status}>{statusOption(status, signingOff)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-stage" className="field-label">审核环节</label>
          <select id="filter-stage" name="stage" defaultValue={filter.stage ?? ''} className="field-input">
            <option value="">全部环节</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>{STAGE_LABELS[stage]}</option>
            ))}
          </select>
        </div>
        {!signingOff && <DepartmentSelect id="filter-department" departments={departments} value={filter.department} allLabel="全部部门" />}
        <button type="submit" className="btn-primary">筛选</button>
      </form>
      {problems.length > 0 && (
        <p role="alert" className="rounded border border-warn bg-warn-soft px-3 py-2 text-sm text-warn">
          {problems.join('；')}（已忽略）
        </p>
      )}
      <p role="status" className="text-sm">共 {reports.length} 份报告</p>
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">待审核的年度报告</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-4 py-2">部门</th>
              <th scope="col" className="px-4 py-2">年度</th>
              <th scope="col" className="px-4 py-2">状态</th>
              <th scope="col" className="px-4 py-2">环节</th>
              <th scope="col" className="px-4 py-2">提交时间</th>
              <th scope="col" className="px-4 py-2">已等待</th>
              <th scope="col" className="px-4 py-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {reports.length === 0 && (
              <tr>
                <td colSpan={7} className="px-4 py-6 text-center text-muted">没有符合条件的报告。</td>
              </tr>
            )}
            {reports.map((report) => (
              <tr key={report.id} className="border-t border-line">
                <td className="px-4 py-2">{report.department.name}</td>
                <td className="px-4 py-2">
                  {report.year}年度{report.editionNumber > 1 ? `（第 ${report.editionNumber} 版）` : ''}
                </td>
                <td className="px-4 py-2"><StatusBadge status={report.status} /></td>
                <td className="px-4 py-2">{STAGE_LABELS[stageOf(report.status)]}</td>
                <td className="px-4 py-2">{report.submittedAt ? formatDateTime(report.submittedAt) : '—'}</td>
                <td className="px-4 py-2">
                  {report.submittedAt && isAwaiting(report.status) ? formatDuration(report.submittedAt) : '—'}
                </td>
                <td className="px-4 py-2">
                  <Link href={reviewReportPath(report.id)} className="text-brand underline">
                    {report.status === 'AWAITING_SIGNOFF' ? '签发' : '审核'}{report.department.shortName}{report.year}年度报告
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
