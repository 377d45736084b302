import type { Metadata } from 'next';
import { StatisticsView } from '@/components/statistics/statistics-view';
import { NO_STATISTICS_FILTER, parseStatisticsSearchParams } from '@/lib/statistics/filter';
import { loadStatisticsPage } from '@/lib/statistics/load-statistics';

// /statistics?from=&to=&department=&year=&metric=: charts of the published
// reports, rendered per request from cached figures (lib/statistics), each an
// SVG inlined in the page with its data table and CSV. Malformed filters are
// named on the page.

type Props = PageProps<'/statistics'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseStatisticsSearchParams(await searchParams);
  if (!parsed.ok) return { title: '筛选条件有误', robots: { index: false } };
  return {
    title: '数据统计',
    description: '章贡区各部门政府信息公开工作年度报告数据统计：依申请公开、行政复议和行政诉讼、主动公开、按时发布，按年度和部门。',
    ...(parsed.filter.department ? { robots: { index: false } } : {}),
  };
}

export default async function StatisticsPage({ searchParams }: Props) {
  const parsed = parseStatisticsSearchParams(await searchParams);
  if (!parsed.ok) return <StatisticsView filter={NO_STATISTICS_FILTER} page={null} problems={parsed.problems} />;
  const page = await loadStatisticsPage(parsed.filter);
  return <StatisticsView filter={parsed.filter} page={page} problems={page.problems} />;
}
