import type { Metadata } from 'next';
import { StatusBadge } from '@/components/layout/status-badge';
import { requirePermission } from '@/lib/auth/guard';
import { listReports } from '@/lib/reports/list-reports';

export const metadata: Metadata = { title: '报告编制' };

export default async function EditorHomePage() {
  const user = await requirePermission('workspace.editor', undefined, '/editor');
  const reports = await listReports(user);

  return (
    <section aria-labelledby="editor-title" className="space-y-6">
      <div>
        <h1 id="editor-title" className="text-2xl font-semibold">
          {user.department ? `${user.department.name} · 年度报告` : '各部门年度报告'}
        </h1>
        <p className="text-sm text-muted">编制本部门的政府信息公开工作年度报告，检查无误后提交审核。</p>
      </div>
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">年度报告列表</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-4 py-2">年度</th>
              {!user.department && <th scope="col" className="px-4 py-2">部门</th>}
              <th scope="col" className="px-4 py-2">状态</th>
              <th scope="col" className="px-4 py-2">最后修改</th>
            </tr>
          </thead>
          <tbody>
            {reports.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-muted">暂无年度报告。</td>
              </tr>
            )}
            {reports.map((report) => (
              <tr key={report.id} className="border-t border-line">
                <td className="px-4 py-2">{report.year}年度</td>
                {!user.department && <td className="px-4 py-2">{report.department.name}</td>}
                <td className="px-4 py-2"><StatusBadge status={report.status} /></td>
                <td className="px-4 py-2">{report.updatedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
