import type { Metadata } from 'next';
import Link from 'next/link';
import { getAdminOverview } from '@/lib/admin/admin-overview';
import { requirePermission } from '@/lib/auth/guard';

export const metadata: Metadata = { title: '系统管理' };

export default async function AdminHomePage() {
  await requirePermission('workspace.admin', undefined, '/admin');
  const { departments, users, disabledUsers: disabled, auditEvents } = await getAdminOverview();
  const events = `${auditEvents.estimated ? '约 ' : ''}${auditEvents.count.toLocaleString('zh-CN')}`;
  const cards = [
    { href: '/admin/departments', title: '部门管理', text: `${departments} 个部门：新增部门，维护报告中印发的地址、电话、电子邮箱。` },
    { href: '/admin/users', title: '用户管理', text: `${users} 个用户（${disabled} 个已停用）：新增用户、重置密码、停用账号。` },
    { href: '/admin/settings', title: '审核流程设置', text: '先审后发（部门负责人签发），以及测试和演示用的提前提交。' },
    { href: '/admin/audit', title: '审计日志', text: `${events} 条记录：谁在何时做了什么，按操作、人员、部门和时间筛选。` },
    { href: '/editor', title: '报告编制', text: '以管理员身份查看和编制各部门的年度报告。' },
    { href: '/review', title: '审核发布', text: '审核、退回、发布各部门的年度报告。' },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">系统管理</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href} className="card p-4">
            <h2 className="text-lg font-semibold">
              <Link href={card.href} className="text-brand underline">{card.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{card.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
