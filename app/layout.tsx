import type { Metadata, Viewport } from 'next';
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
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
