import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DirectoryView } from '@/components/public/directory-view';
import { parseFilterSegment, type DirectoryFilter } from '@/lib/public/directory-filter';
import { loadDirectory } from '@/lib/public/load-directory';

// /reports?year=&department=&page= (mapped here by proxy.ts): one cached page per filter.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/portal/[mode]/reports/[filter]'>;

async function filterOf(params: Props['params']): Promise<DirectoryFilter | null> {
  const segment = parseFilterSegment((await params).filter);
  return segment ? { ...segment, q: null } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filter = await filterOf(params);
  const problems = filter ? (await loadDirectory(filter)).problems : [];
  return {
    title: filter?.year ? `${filter.year}年度报告目录` : '年度报告目录',
    description: '按年度和部门筛选章贡区各部门政府信息公开工作年度报告。',
    ...(problems.length ? { robots: { index: false } } : {}),
  };
}

export default async function DirectoryPage({ params }: Props) {
  const filter = await filterOf(params);
  if (!filter) notFound();
  const { departments, results, problems } = await loadDirectory(filter);
  return <DirectoryView filter={filter} departments={departments} results={results} problems={problems} />;
}
