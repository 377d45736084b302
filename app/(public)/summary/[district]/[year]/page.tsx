import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DistrictSummaryView } from '@/components/oversight/district-summary-view';
import { getPublicSummary } from '@/lib/public/get-public-summary';
import { listSummaryDistricts } from '@/lib/public/get-summary-index';
import { publicSummaryFilePath, publicSummaryPath } from '@/lib/oversight/urls';
import { yearFilePath } from '@/lib/public/urls';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/summary/[district]/[year]'>['params']) {
  const { district, year } = await params;
  return /^\d{4}$/.test(year) ? getPublicSummary(district, Number(year)) : null;
}

export async function generateMetadata({ params }: PageProps<'/summary/[district]/[year]'>): Promise<Metadata> {
  const summary = await load(params);
  if (!summary) return { title: '页面不存在' };
  return { title: `${summary.district.name}${summary.year}年度政府信息公开工作年度报告区级汇总`, description: '全区各部门年度报告表二、表三、表四数据的合计。' };
}

export default async function PublicSummaryPage({ params }: PageProps<'/summary/[district]/[year]'>) {
  const summary = await load(params);
  if (!summary) notFound();
  const { district, year } = summary;
  const years = (await listSummaryDistricts()).find((each) => each.code === district.code)?.years ?? [];
  return (
    <div className="space-y-6">
      {years.length > 1 && (
        <nav aria-label="其他年度" className="flex flex-wrap gap-3 text-sm">
          {years.map((each) => (
            <Link key={each} href={publicSummaryPath(district.code, each)} className="inline-link text-brand underline" aria-current={each === year ? 'page' : undefined}>
              {each}年度
            </Link>
          ))}
        </nav>
      )}
      <div>
        <h1 className="text-2xl font-semibold">
          {district.name}
          {year}年度政府信息公开工作年度报告区级汇总
        </h1>
        <p className="text-sm text-muted">全区各部门已发布年度报告中表二、表三、表四各项数字之和；空白表示所有部门均未填报。点击数字查看各部门的数值。</p>
      </div>
      <DistrictSummaryView summary={summary} cellLink={`/summary/${district.code}/${year}/cells/`} />
      <section aria-labelledby="summary-downloads" className="no-print card p-4">
        <h2 id="summary-downloads" className="mb-2 font-semibold">
          下载
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li>
            <a href={publicSummaryFilePath(district.code, year, 'csv')} className="inline-link text-brand underline" download>
              区级汇总（CSV）
            </a>
          </li>
          <li>
            <a href={publicSummaryFilePath(district.code, year, 'json')} className="inline-link text-brand underline" download>
              区级汇总（JSON）
            </a>
          </li>
          <li>
            <Link href={yearFilePath(year, 'csv')} className="inline-link text-brand underline">
              {year}年度各部门数据（CSV）
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
