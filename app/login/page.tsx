import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { landingPath } from '@/lib/auth/policy';

export const metadata: Metadata = { title: '工作人员登录' };

export default async function SignInPage({ searchParams }: PageProps<'/login'>) {
  const { next } = await searchParams;
  const nextPath = typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : undefined;
  const user = await getCurrentUser();
  if (user) redirect(nextPath ?? landingPath(user.role));

  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand text-white">
        <div className="mx-auto max-w-5xl px-4 py-4">
          <p className="text-lg font-semibold">章贡区政府信息公开工作年度报告系统</p>
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="card w-full max-w-md p-8 shadow-sm">
          <h1 className="mb-1 text-2xl font-semibold">工作人员登录</h1>
          <p className="mb-6 text-sm text-muted">部门编辑、审核人员和系统管理员请使用本单位分配的账号登录。</p>
          <SignInForm next={nextPath} />
          <p className="mt-6 text-sm">
            <Link href="/" className="text-brand underline">
              返回年度报告公开目录
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}
