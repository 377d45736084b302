'use client';

import { ErrorPanel } from '@/components/layout/error-panel';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="px-4">
      <ErrorPanel
        code="出错了"
        title="页面暂时无法显示"
        action={
          <button type="button" className="btn-primary" onClick={() => reset()}>
            重试
          </button>
        }
      >
        <p>系统处理您的请求时出现问题，请稍后重试。{error.digest ? `（错误编号 ${error.digest}）` : ''}</p>
      </ErrorPanel>
    </main>
  );
}
