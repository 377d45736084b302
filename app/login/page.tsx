import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PublicShell } from '@/components/public/public-shell';
import { getCurrentUser } from '@/lib/auth/current-user';
import { landingPath } from '@/lib/auth/policy';
import { safeReturnPath } from '@/lib/auth/sign-in-schema';

export const metadata: Metadata = { title: '工作人员登录', robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<'/login'>) {
  const { next, ended, setup } = await searchParams;
  const nextPath = safeReturnPath(next);
  const user = await getCurrentUser();
  if (user) redirect(nextPath ?? landingPath(user.role));
  // The sign-in page is public: it has the public frame, in 关怀版 too.

  return (
    <PublicShell>
      <div className="flex justify-center py-6">
        <div className="card w-full max-w-md p-8 shadow-sm">
          <h1 className="mb-1 text-2xl font-semibold">工作人员登录</h1>
          <p className="mb-6 text-sm text-muted">部门编辑、审核人员和系统管理员请使用本单位分配的账号登录。</p>
          {setup === 'done' ? (
            <p role="status" className="mb-4 rounded border border-ok bg-ok-soft px-4 py-3 text-sm text-ok">
              密码已设置，请使用新密码登录。
            </p>
          ) : null}
          {ended === 'idle' || ended === 'expired' ? (
            <p role="status" className="mb-4 rounded border border-brand bg-brand-soft px-4 py-3 text-sm">
              {ended === 'idle' ? '您已超过 30 分钟没有操作，为保护账号安全已自动退出，请重新登录。' : '本次登录已满 12 小时，为保护账号安全已自动退出，请重新登录。'}
            </p>
          ) : null}
          <SignInForm next={nextPath} />
          <p className="mt-6 text-sm">
            <Link href="/" className="inline-link text-brand underline">
              返回年度报告公开目录
            </Link>
          </p>
        </div>
      </div>
    </PublicShell>
  );
}
