import type { Metadata } from 'next';
import { PasswordSetupForm } from '@/components/auth/password-setup-form';
import { PublicShell } from '@/components/public/public-shell';
import { passwordSetupFor, SETUP_LINK_INVALID } from '@/lib/auth/complete-password-setup';

export const metadata: Metadata = { title: '设置管理员密码', robots: { index: false } };

export default async function PasswordSetupPage({ searchParams }: PageProps<'/setup'>) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const user = value ? await passwordSetupFor(value) : null;
  return (
    <PublicShell>
      <div className="flex justify-center py-6">
        <div className="card w-full max-w-md p-8 shadow-sm">
          <h1 className="mb-1 text-2xl font-semibold">设置管理员密码</h1>
          {user ? (
            <>
              <p className="mb-6 text-sm text-muted">
                为账号 <strong>{user.username}</strong>（{user.displayName}）设置登录密码。此链接只能使用一次。
              </p>
              <PasswordSetupForm token={value} username={user.username} />
            </>
          ) : (
            <p role="alert" className="mt-4 rounded border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
              {SETUP_LINK_INVALID}
            </p>
          )}
        </div>
      </div>
    </PublicShell>
  );
}
