import type { Metadata } from 'next';
import { DepartmentForm } from '@/components/admin/department-form';
import { listDepartments } from '@/lib/admin/list-departments';
import { requirePermission } from '@/lib/auth/guard';

export const metadata: Metadata = { title: '部门管理' };

export default async function DepartmentsPage() {
  await requirePermission('department.manage', undefined, '/admin/departments');
  const departments = await listDepartments();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">部门管理</h1>
      <section aria-labelledby="new-department" className="card space-y-4 p-4">
        <h2 id="new-department" className="text-lg font-semibold">新增部门</h2>
        <DepartmentForm />
      </section>
      <section aria-labelledby="department-list" className="space-y-3">
        <h2 id="department-list" className="text-lg font-semibold">部门（{departments.length}）</h2>
        <ul className="space-y-2">
          {departments.map((department) => (
            <li key={department.id} className="card">
              <details>
                <summary className="cursor-pointer px-4 py-3">
                  <span className="font-medium">{department.name}</span>
                  <span className="ml-2 text-sm text-muted">
                    {department.shortName} · {department.slug} · {department._count.users} 个用户 · {department._count.reports} 份报告
                    {department.active ? '' : ' · 已停用'}
                  </span>
                </summary>
                <div className="border-t border-line p-4">
                  <DepartmentForm department={department} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
