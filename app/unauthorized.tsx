import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPanel } from '@/components/layout/error-panel';

export const metadata: Metadata = { title: '请先登录' };

export default function Unauthorized() {
  return (
    <main id="main" className="px-4">
      <ErrorPanel
        code="401"
        title="登录已失效"
        action={
          <Link href="/login" className="btn-primary">
            重新登录
          </Link>
        }
      >
        <p>请重新登录后再进行操作。</p>
      </ErrorPanel>
    </main>
  );
}
