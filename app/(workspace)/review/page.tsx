import type { Metadata } from 'next';
import { StatusBadge } from '@/components/layout/status-badge';
import { requirePermission } from '@/lib/auth/guard';
import { listReports } from '@/lib/reports/list-reports';

export const metadata: Metadata = { title: '审核发布' };

export default async function ReviewHomePage() {
  const user = await requirePermission('workspace.review', undefined, '/review');
  const reports = await listReports(user);

  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <div>
        <h1 id="review-title" className="text-2xl font-semibold">审核发布</h1>
        <p className="text-sm text-muted">审核各部门提交的年度报告，通过后发布到公开目录。</p>
      </div>
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">各部门年度报告</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-4 py-2">部门</th>
              <th scope="col" className="px-4 py-2">年度</th>
              <th scope="col" className="px-4 py-2">状态</th>
            </tr>
          </thead>
          <tbody>
            {reports.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-6 text-center text-muted">暂无年度报告。</td>
              </tr>
            )}
            {reports.map((report) => (
              <tr key={report.id} className="border-t border-line">
                <td className="px-4 py-2">{report.department.name}</td>
                <td className="px-4 py-2">{report.year}年度</td>
                <td className="px-4 py-2"><StatusBadge status={report.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
