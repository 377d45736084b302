import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { ErrorPanel } from '@/components/layout/error-panel';
import { PublicShell } from '@/components/public/public-shell';
import { MODE_COOKIE, modeFromCookie } from '@/lib/public/display-mode';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

// Addresses that match no page at all: the public design, in the visitor's version (关怀版 or not).
export default async function NotFound() {
  const mode = modeFromCookie((await cookies()).get(MODE_COOKIE)?.value);
  return (
    <PublicShell mode={mode}>
      <ErrorPanel
        code="404"
        title="您访问的页面不存在"
        action={
          <Link href="/reports" className="btn-primary">
            浏览年度报告目录
          </Link>
        }
      >
        <p>页面可能已被移除、更名，或链接地址有误。</p>
      </ErrorPanel>
    </PublicShell>
  );
}
