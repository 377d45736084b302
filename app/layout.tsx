import type { Metadata, Viewport } from 'next';
import { CARE_MODE_SCRIPT, CARE_STYLES_HREF } from '@/lib/public/display-mode';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: '章贡区政府信息公开工作年度报告',
    template: '%s｜章贡区政府信息公开工作年度报告',
  },
  description: '赣州市章贡区各部门政府信息公开工作年度报告的编制、审核与公开平台。',
  applicationName: '章贡区政府信息公开工作年度报告',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // 关怀版 is applied here, before the first paint, from the visitor's cookie
  // (lib/public/display-mode.ts); the script's attribute is expected on <html>.
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: CARE_MODE_SCRIPT }} />
        {/* Stylesheets served by route handlers (lib/public/display-mode.ts), not CSS modules. */}
        <link rel="stylesheet" href={CARE_STYLES_HREF} />
        <noscript>
          {/* eslint-disable-next-line @next/next/no-css-tags */}
          <link rel="stylesheet" href="/care-mode.css" />
        </noscript>
      </head>
      <body>{children}</body>
    </html>
  );
}
