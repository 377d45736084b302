'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useCallback } from 'react';
import { ErrorPanel } from '@/components/layout/error-panel';
import { useServiceStatus } from '@/components/layout/use-service-status';

/**
 * A page that failed to render (the error was logged on the server). When the
 * cause is the database being away, it says so, and tries again by itself
 * once the database is back; work in the report editor is kept in the browser meanwhile.
 */
export function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // A server-rendered page is asked for again (refresh) and the boundary cleared (reset).
  const retry = useCallback(() => startTransition(() => {
    router.refresh();
    reset();
  }), [router, reset]);
  const status = useServiceStatus(5_000, retry);
  const outage = status === 'database_unavailable' || status === 'unreachable';
  return (
    <ErrorPanel
      code="出错了"
      title={outage ? '系统正在恢复，暂时无法读取数据' : '页面暂时无法显示'}
      action={
        <button type="button" className="btn-primary" onClick={retry}>
          重试
        </button>
      }
    >
      {outage ? (
        <div role="status" className="space-y-2">
          <p>数据库暂时无法连接，通常几分钟内即可自动恢复，恢复后本页会自动重新加载。</p>
          <p>如果您正在编辑报告：尚未保存的内容保留在本浏览器中，恢复后打开编辑器即可继续保存，请不要清除浏览器数据。</p>
        </div>
      ) : (
        <p>请稍后重试。</p>
      )}
      {error.digest ? <p className="mt-2 text-sm">错误编号 {error.digest}</p> : null}
    </ErrorPanel>
  );
}
