import type { Metadata } from 'next';
import { OpenDataPage } from '@/components/public/open-data-page';
import { listYearSummaries } from '@/lib/public/get-public-home';

export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: '开放数据',
  description: '章贡区各部门政府信息公开工作年度报告数据下载（CSV、JSON）。',
};

export default async function Page() {
  return <OpenDataPage years={(await listYearSummaries()).filter((year) => year.published > 0)} />;
}
