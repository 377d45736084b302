import Link from 'next/link';
import { ErrorPanel } from '@/components/layout/error-panel';

/** A public page whose department, year or edition does not exist (inside the public frame). */
export function PublicNotFound() {
  return (
    <>
      {/* Nested not-found files cannot export metadata; React places this title in <head>. */}
      <title>页面不存在｜章贡区政府信息公开工作年度报告</title>
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
    </>
  );
}
