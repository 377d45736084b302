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
      <p>各区全部部门已发布年度报告中表二、表三、表四各项数字的合计。选择一个区查看其最新年度的汇总，在汇总页中可切换其他年度，并下载 CSV 和 JSON。</p>
      {districts.length === 0 ? (
        <p className="text-muted">尚无已发布的年度报告。</p>
      ) : (
        // One link per district, to its latest year (the year page links its other years):
        // the page stays small for a province's hundred districts.
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {districts.map((district) => (
            <li key={district.code}>
              <Link href={publicSummaryPath(district.code, district.years[0]!)} className="inline-link text-brand underline">
                {district.name}
              </Link>
              <span className="text-sm text-muted">
                {' '}
                {district.years.length > 1 ? `${district.years.at(-1)}–${district.years[0]}年度` : `${district.years[0]}年度`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
