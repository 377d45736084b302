import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorPanel } from '@/components/layout/error-panel';
import { PublicShell } from '@/components/public/public-shell';

// Next renders this page, with status 400, for an address it cannot decode
// (a malformed percent-encoding such as /departments/%ff) or that holds a
// control character (lib/http/malformed-request.ts): without it, Next or the
// database answers such addresses with a 500.
export const metadata: Metadata = { title: '网址有误', robots: { index: false } };

export default function BadRequest() {
  return (
    <PublicShell>
      <ErrorPanel
        code="400"
        title="网址有误，无法识别"
        action={
          <Link href="/reports" className="btn-primary">
            浏览年度报告目录
          </Link>
        }
      >
        <p>网址中含有无法识别的编码（例如不完整的“%”转义）或不可见的控制字符（例如“%00”）。请检查网址，或从首页重新进入。</p>
      </ErrorPanel>
    </PublicShell>
  );
}
