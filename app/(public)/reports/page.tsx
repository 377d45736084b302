import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { DirectoryView } from '@/components/public/directory-view';
import { NO_FILTER, parseDirectorySearchParams } from '@/lib/public/directory-filter';
import { loadDirectory } from '@/lib/public/directory';
import { SEARCH_LIMITED_HEADER } from '@/lib/public/search-limit';

// /reports?year=&department=&q=&page=: rendered per request from cached data
// (lib/public/directory.ts). proxy.ts answers malformed filters with 400 and
// searches past the limit with 429; this page says why.

type Props = PageProps<'/reports'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseDirectorySearchParams(await searchParams);
  if (!parsed.ok) return { title: '筛选条件有误', robots: { index: false } };
  const { year, q, department } = parsed.filter;
  return {
    title: q ? '搜索年度报告' : year ? `${year}年度报告目录` : '年度报告目录',
    description: '按年度和部门筛选章贡区各部门政府信息公开工作年度报告。',
    ...(q || department ? { robots: { index: false } } : {}),
  };
}

export default async function ReportsPage({ searchParams }: Props) {
  const parsed = parseDirectorySearchParams(await searchParams);
  if (!parsed.ok) return <DirectoryView filter={NO_FILTER} view={null} problems={parsed.problems} />;
  const limited = (await headers()).get(SEARCH_LIMITED_HEADER);
  if (limited) {
    return <DirectoryView filter={parsed.filter} view={null} alertTitle="暂时无法搜索：" problems={[`搜索过于频繁，请 ${Number(limited) || 60} 秒后再试。`]} />;
  }
  const view = await loadDirectory(parsed.filter);
  return <DirectoryView filter={parsed.filter} view={view} problems={view.problems} />;
}
