'use client';

import { ErrorPanel } from '@/components/layout/error-panel';

/** A public page that failed to render (the error was logged on the server). */
export function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      code="出错了"
      title="页面暂时无法显示"
      action={
        <button type="button" className="btn-primary" onClick={() => reset()}>
          重试
        </button>
      }
    >
      <p>请稍后重试。{error.digest ? `（错误编号 ${error.digest}）` : ''}</p>
    </ErrorPanel>
  );
}
