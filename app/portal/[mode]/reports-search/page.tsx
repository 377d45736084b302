import type { Metadata } from 'next';
import { DirectoryView } from '@/components/public/directory-view';
import { reportYears } from '@/lib/report-format/formats';
import { parseDirectoryFilter } from '@/lib/public/directory-filter';
import { loadDirectory } from '@/lib/public/load-directory';

// A text search (/reports?q=…, mapped here by proxy.ts) is answered per request:
// its results are not cached by query.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: '搜索年度报告', robots: { index: false } };

export default async function SearchPage({ searchParams }: PageProps<'/portal/[mode]/reports-search'>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === 'string') params.set(key, value);
  const parsed = parseDirectoryFilter(params);
  // proxy.ts only sends well-formed filters here; a direct visit is checked again.
  const filter = parsed.ok ? parsed.filter : { year: null, department: null, q: null, page: 1 };
  const { departments, results, problems } = await loadDirectory(filter);
  return (
    <DirectoryView
      filter={filter}
      departments={departments}
      years={reportYears().reverse()}
      results={parsed.ok ? results : null}
      problems={parsed.ok ? problems : parsed.problems}
    />
  );
}
