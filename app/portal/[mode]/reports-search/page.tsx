import type { Metadata } from 'next';
import { DirectoryView } from '@/components/public/directory-view';
import { NO_FILTER, parseDirectorySearchParams } from '@/lib/public/directory-filter';
import { loadDirectory } from '@/lib/public/load-directory';
import { listPublicDepartments } from '@/lib/public/list-public-departments';

// The directory answered per request (mapped here by proxy.ts): a text search
// (/reports?q=…; results are not cached by query), and malformed filters,
// which proxy.ts answers with status 400 and this page names.
export const dynamic = 'force-dynamic';

type Props = PageProps<'/portal/[mode]/reports-search'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseDirectorySearchParams(await searchParams);
  return { title: parsed.ok ? '搜索年度报告' : '筛选条件有误', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseDirectorySearchParams(await searchParams);
  if (!parsed.ok) {
    // Nothing to search for: the form (with the department list) and what is wrong.
    return <DirectoryView filter={NO_FILTER} departments={await listPublicDepartments()} results={null} problems={parsed.problems} />;
  }
  const { departments, results, problems } = await loadDirectory(parsed.filter);
  return <DirectoryView filter={parsed.filter} departments={departments} results={results} problems={problems} />;
}
