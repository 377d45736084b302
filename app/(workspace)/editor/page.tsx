import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateReportButton } from '@/components/editor/create-report-button';
import { StatusBadge } from '@/components/layout/status-badge';
import { DepartmentSelect } from '@/components/ui/department-select';
import { listDepartmentOptions } from '@/lib/admin/list-departments';
import { requirePermission } from '@/lib/auth/guard';
import { can, reportScope } from '@/lib/auth/policy';
import { formatChineseDate } from '@/lib/report-format/deadline';
import { listDepartmentYears } from '@/lib/reports/list-department-years';
import { editorReportPath } from '@/lib/reports/report-label';
import { formatDateTime } from '@/lib/format-time';

export const metadata: Metadata = { title: '报告编制' };

export default async function EditorHomePage({ searchParams }: PageProps<'/editor'>) {
  const user = await requirePermission('workspace.editor', undefined, '/editor');
  const { department: requested } = await searchParams;
  // The policy's scope: an editor works on their own department (on none
  // without one); an admin, who may work on any, picks an active one.
  const scope = reportScope(user);
  const picks = scope.departmentId === undefined;
  const departments = await listDepartmentOptions({ activeOnly: picks, scope });
  const department = departments.find((each) => each.slug === requested) ?? departments[0];
  if (!department) return <p>{picks ? '尚未设置部门。' : '您的账号尚未分配部门，请联系系统管理员。'}</p>;
  const years = await listDepartmentYears(department.id);
  const mayCreate = can(user, 'report.create', { departmentId: department.id });

  return (
    <section aria-labelledby="editor-title" className="space-y-6">
      <div>
        <h1 id="editor-title" className="text-2xl font-semibold">
          {department.name} · 年度报告
        </h1>
        <p className="text-sm text-muted">
          编制本部门的政府信息公开工作年度报告，检查无误后提交审核。按《条例》第四十九条，每年1月31日前公布上一年度报告。
        </p>
      </div>
      {picks && (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <DepartmentSelect id="department" departments={departments} value={department.slug} />
          <button type="submit" className="btn-secondary">
            切换
          </button>
        </form>
      )}
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{department.name}各年度报告</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-4 py-2">年度</th>
              <th scope="col" className="px-4 py-2">报告格式</th>
              <th scope="col" className="px-4 py-2">状态</th>
              <th scope="col" className="px-4 py-2">公开期限</th>
              <th scope="col" className="px-4 py-2">最后修改</th>
              <th scope="col" className="px-4 py-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, formatSource, deadline, report }) => (
              <tr key={year} className="border-t border-line" data-testid={`year-${year}`}>
                <th scope="row" className="px-4 py-2 font-medium">{year}年度</th>
                <td className="px-4 py-2">{formatSource}</td>
                <td className="px-4 py-2">{report ? <StatusBadge status={report.status} /> : <span className="text-muted">未开始</span>}</td>
                <td className="px-4 py-2">
                  {formatChineseDate(deadline.deadline.date)}前
                  {deadline.overdue && !report?.isPublic && <span className="ml-2 font-medium text-danger">已逾期</span>}
                  {!deadline.overdue && deadline.daysLeft <= 30 && !report?.isPublic && (
                    <span className="ml-2 text-warn">剩 {deadline.daysLeft} 天</span>
                  )}
                </td>
                <td className="px-4 py-2">{report ? formatDateTime(report.updatedAt) : '—'}</td>
                <td className="px-4 py-2">
                  {report ? (
                    <Link href={editorReportPath(report.id)} className="text-brand underline">
                      打开{year}年度报告
                    </Link>
                  ) : mayCreate ? (
                    <CreateReportButton departmentId={department.id} year={year} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
