import type { Metadata } from 'next';
import { CreateUserForm, DisableUserForm, ResetPasswordForm } from '@/components/admin/user-forms';
import { listDepartmentOptions } from '@/lib/admin/list-departments';
import { listUsers } from '@/lib/admin/list-users';
import { requirePermission } from '@/lib/auth/guard';
import { ROLE_LABELS, type Role } from '@/lib/auth/policy';
import { formatDateTime } from '@/lib/format-time';

export const metadata: Metadata = { title: '用户管理' };

export default async function UsersPage() {
  const admin = await requirePermission('user.manage', undefined, '/admin/users');
  const [users, departments] = await Promise.all([listUsers(), listDepartmentOptions({ activeOnly: true })]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">用户管理</h1>
      <section aria-labelledby="new-user" className="card space-y-4 p-4">
        <h2 id="new-user" className="text-lg font-semibold">新增用户</h2>
        <CreateUserForm departments={departments} />
      </section>
      <section aria-labelledby="user-list" className="space-y-3">
        <h2 id="user-list" className="text-lg font-semibold">用户（{users.length}）</h2>
        <ul className="space-y-2">
          {users.map((user) => (
            <li key={user.id} className="card" data-testid={`user-${user.username}`}>
              <details>
                <summary className="cursor-pointer px-4 py-3">
                  <span className="font-mono">{user.username}</span>
                  <span className="ml-2">{user.displayName}</span>
                  <span className="ml-2 text-sm text-muted">
                    {ROLE_LABELS[user.role as Role]}
                    {user.department ? ` · ${user.department.shortName}` : ''}
                    {user.disabled ? ' · 已停用' : ''}
                    {user.lastLoginAt ? ` · 最近登录 ${formatDateTime(user.lastLoginAt)}` : ''}
                  </span>
                </summary>
                <div className="flex flex-wrap items-start gap-8 border-t border-line p-4">
                  <ResetPasswordForm userId={user.id} username={user.username} />
                  {user.id !== admin.id && <DisableUserForm userId={user.id} username={user.username} disabled={user.disabled} />}
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
