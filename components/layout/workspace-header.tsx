import Link from 'next/link';
import { signOutAction } from '@/app/(workspace)/actions';
import type { CurrentUser } from '@/lib/auth/current-user';
import { can, ROLE_LABELS } from '@/lib/auth/policy';

export function WorkspaceHeader({ user, unread }: { user: CurrentUser; unread: number }) {
  const links = [
    can(user, 'workspace.editor') && { href: '/editor', label: '报告编制' },
    can(user, 'workspace.editor') && { href: '/import', label: '导入往年报告' },
    can(user, 'workspace.review') && { href: '/review', label: user.role === 'DEPARTMENT_REVIEWER' ? '部门签发' : '审核发布' },
    can(user, 'oversight.read') && { href: '/review/dashboard', label: '期限看板' },
    can(user, 'oversight.read') && { href: '/review/summary', label: '区级汇总' },
    can(user, 'workspace.admin') && { href: '/admin', label: '系统管理' },
  ].filter((link): link is { href: string; label: string } => Boolean(link));

  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline">
          章贡区政府信息公开工作年度报告系统
        </Link>
        <nav aria-label="工作台导航" className="flex flex-1 flex-wrap gap-1">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-3 py-1.5 text-sm text-white hover:bg-brand-dark">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/notifications" className="rounded px-2 py-1 text-white hover:bg-brand-dark" data-testid="notifications-link">
            通知{unread > 0 && <span className="ml-1 rounded-full bg-accent px-1.5 text-xs">{unread}</span>}
            {unread > 0 && <span className="sr-only">（{unread} 条未读）</span>}
          </Link>
          <span data-testid="current-user">
            {user.displayName}（{ROLE_LABELS[user.role]}
            {user.department ? ` · ${user.department.shortName}` : ''}）
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-white/70 px-3 py-1 text-sm hover:bg-brand-dark">
              退出登录
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
