'use client';

import './globals.css';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body>
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">系统暂时无法访问</h1>
          <p className="mt-3 text-muted">请稍后刷新页面重试。{error.digest ? `（错误编号 ${error.digest}）` : ''}</p>
        </main>
      </body>
    </html>
  );
}
