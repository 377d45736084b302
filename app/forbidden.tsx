import type { Metadata } from 'next';
import { ErrorPanel } from '@/components/layout/error-panel';

export const metadata: Metadata = { title: '无权访问' };

export default function Forbidden() {
  return (
    <main id="main" className="px-4">
      <ErrorPanel code="403" title="您没有权限访问此页面">
        <p>此页面仅向具有相应职责的工作人员开放。如需开通权限，请联系系统管理员。</p>
      </ErrorPanel>
    </main>
  );
}
