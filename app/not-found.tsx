import type { Metadata } from 'next';
import { ErrorPanel } from '@/components/layout/error-panel';

export const metadata: Metadata = { title: '页面不存在' };

export default function NotFound() {
  return (
    <main id="main" className="px-4">
      <ErrorPanel code="404" title="您访问的页面不存在">
        <p>页面可能已被移除、更名，或链接地址有误。</p>
      </ErrorPanel>
    </main>
  );
}
