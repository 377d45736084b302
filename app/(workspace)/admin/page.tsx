import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/guard';
import { ROLE_LABELS, type Role } from '@/lib/auth/policy';
import { listDepartments } from '@/lib/admin/list-departments';
import { listUsers } from '@/lib/admin/list-users';

export const metadata: Metadata = { title: '系统管理' };

export default async function AdminHomePage() {
  await requirePermission('workspace.admin', undefined, '/admin');
  const [departments, users] = await Promise.all([listDepartments(), listUsers()]);

  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">系统管理</h1>
      <section aria-labelledby="departments-title" className="space-y-3">
        <h2 id="departments-title" className="text-xl font-semibold">部门（{departments.length}）</h2>
        <div className="card overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-canvas">
              <tr>
                <th scope="col" className="px-4 py-2">部门名称</th>
                <th scope="col" className="px-4 py-2">简称</th>
                <th scope="col" className="px-4 py-2">联系电话</th>
                <th scope="col" className="px-4 py-2">用户数</th>
                <th scope="col" className="px-4 py-2">报告数</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((department) => (
                <tr key={department.id} className="border-t border-line">
                  <td className="px-4 py-2">{department.name}</td>
                  <td className="px-4 py-2">{department.shortName}</td>
                  <td className="px-4 py-2">{department.phone}</td>
                  <td className="px-4 py-2">{department._count.users}</td>
                  <td className="px-4 py-2">{department._count.reports}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="users-title" className="space-y-3">
        <h2 id="users-title" className="text-xl font-semibold">用户（{users.length}）</h2>
        <div className="card overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-canvas">
              <tr>
                <th scope="col" className="px-4 py-2">用户名</th>
                <th scope="col" className="px-4 py-2">姓名</th>
                <th scope="col" className="px-4 py-2">角色</th>
                <th scope="col" className="px-4 py-2">部门</th>
                <th scope="col" className="px-4 py-2">状态</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-line">
                  <td className="px-4 py-2 font-mono">{user.username}</td>
                  <td className="px-4 py-2">{user.displayName}</td>
                  <td className="px-4 py-2">{ROLE_LABELS[user.role as Role]}</td>
                  <td className="px-4 py-2">{user.department?.shortName ?? '—'}</td>
                  <td className="px-4 py-2">{user.disabled ? '已停用' : '正常'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
