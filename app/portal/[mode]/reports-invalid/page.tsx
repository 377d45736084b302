import type { Metadata } from 'next';
import { DirectoryView } from '@/components/public/directory-view';
import { reportYears } from '@/lib/report-format/formats';
import { parseDirectoryFilter } from '@/lib/public/directory-filter';
import { listPublicDepartments } from '@/lib/public/list-public-departments';

// Malformed filters (answered with status 400 by proxy.ts): say which value is wrong.
// Reads the query string, so it renders per request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: '筛选条件有误', robots: { index: false } };

export default async function InvalidFilterPage({ searchParams }: PageProps<'/portal/[mode]/reports-invalid'>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === 'string') params.set(key, value);
  const parsed = parseDirectoryFilter(params);
  const problems = parsed.ok ? [] : parsed.problems;
  return (
    <DirectoryView
      filter={{ year: null, department: null, q: null, page: 1 }}
      departments={await listPublicDepartments()}
      years={reportYears().reverse()}
      results={null}
      problems={problems}
    />
  );
}
