import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { listSummaryDistricts } from '@/lib/public/get-summary-index';
import { publicSummaryPath } from '@/lib/oversight/urls';

export const dynamic = 'force-static';

export const metadata: Metadata = { title: '区级汇总', description: '各区全部部门政府信息公开工作年度报告表二、表三、表四数据的合计。' };

export default async function SummaryIndexPage() {
  const districts = await listSummaryDistricts();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '区级汇总' }]} />
      <h1 className="text-2xl font-semibold">区级汇总</h1>
      <p>各区全部部门已发布年度报告中表二、表三、表四各项数字的合计，按年度查看；可下载 CSV 和 JSON。</p>
      {districts.length === 0 ? (
        <p className="text-muted">尚无已发布的年度报告。</p>
      ) : (
        <ul className="space-y-2">
          {districts.map((district) => (
            <li key={district.code} className="flex flex-wrap gap-x-4 gap-y-1">
              <span className="font-medium">{district.name}：</span>
              {district.years.map((year) => (
                <Link key={year} href={publicSummaryPath(district.code, year)} className="inline-link text-brand underline" aria-label={`${district.name}${year}年度区级汇总`}>
                  {year}年度
                </Link>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
