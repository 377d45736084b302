import type { Metadata } from 'next';
import { PublicHome } from '@/components/public/public-home';
import { loadHome } from '@/lib/public/get-public-home';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: { absolute: '章贡区政府信息公开工作年度报告' },
  description: '赣州市章贡区各部门政府信息公开工作年度报告：按年度和部门查阅、下载数据。',
};

export default async function HomePage() {
  return <PublicHome data={await loadHome()} />;
}
