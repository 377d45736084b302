import Link from 'next/link';
import { PUBLIC_SHELL_CLASS } from '@/lib/public/display-mode';
import { CareModeSwitch } from './care-mode-switch';

const NAV = [
  { href: '/', label: '首页' },
  { href: '/reports', label: '年度报告目录' },
  { href: '/departments', label: '部门信息公开目录' },
  { href: '/open-data', label: '开放数据' },
  { href: '/statistics', label: '数据统计' },
];

/** The frame of every public page: skip link, header with the 关怀版 switch, main, footer. 关怀版 restyles it (lib/public/display-mode.ts). */
export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className={`${PUBLIC_SHELL_CLASS} flex min-h-screen flex-col bg-canvas`}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2 focus:text-ink">
        跳到主要内容
      </a>
      <header className="no-print bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="flex flex-col items-start no-underline">
            <span className="block text-sm text-white/90">章贡区人民政府</span>
            <span className="block text-lg font-semibold text-white">政府信息公开工作年度报告</span>
          </Link>
          <div className="ml-auto flex items-center gap-3">
            <CareModeSwitch />
            <Link href="/login" className="inline-flex min-h-11 items-center px-2 text-sm text-white underline">
              工作人员登录
            </Link>
          </div>
        </div>
        <nav aria-label="网站导航" className="bg-brand-dark">
          <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center px-3 text-white hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-line bg-paper">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-muted">
          <p>主办：章贡区人民政府办公室（政务公开办）</p>
          <p>依据《中华人民共和国政府信息公开条例》第四十九条，县级以上人民政府部门应当于每年1月31日前公布本部门上一年度政府信息公开工作年度报告。</p>
          <p>本站除“章贡区财政局2020年政府信息公开工作年度报告”外，标有“演示数据”的报告均为系统演示生成，不代表真实情况。</p>
        </div>
      </footer>
    </div>
  );
}
