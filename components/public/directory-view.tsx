import Link from 'next/link';
import { reportYears } from '@/lib/report-format/formats';
import type { DirectoryFilter } from '@/lib/public/directory-filter';
import { directoryHref } from '@/lib/public/urls';
import type { DirectoryItem } from '@/lib/public/list-published-reports';
import { Breadcrumb } from './breadcrumb';
import { ReportLink } from './report-link';
import { DirectoryFilterForm } from './directory-filter-form';

interface Props {
  filter: DirectoryFilter;
  departments: { slug: string; name: string }[];
  results: { total: number; items: DirectoryItem[]; pages: number } | null;
  problems?: string[];
}

function describe(filter: DirectoryFilter, departments: { slug: string; name: string }[]): string {
  const parts = [
    filter.year ? `${filter.year}年度` : null,
    filter.department ? (departments.find((each) => each.slug === filter.department)?.name ?? filter.department) : null,
    filter.q ? `包含“${filter.q}”` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('、') : '全部';
}

/** The public directory: filters in a plain GET form, results, pages. */
export function DirectoryView({ filter, departments, results, problems }: Props) {
  const years = reportYears().reverse();
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '年度报告目录' }]} />
      <h1 className="text-2xl font-semibold">政府信息公开工作年度报告目录</h1>
      <DirectoryFilterForm key={`${filter.year}-${filter.department}-${filter.q}`} filter={filter} departments={departments} years={years} />

      {problems && problems.length > 0 && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-danger">
          <p className="font-semibold">筛选条件有误，请修改后重试：</p>
          <ul className="mt-1 list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {results && (
        <>
          <p role="status" className="text-sm" data-testid="result-count">
            {describe(filter, departments)}：共 {results.total} 份年度报告
            {results.pages > 1 ? `，第 ${filter.page} / ${results.pages} 页` : ''}
          </p>
          {results.items.length === 0 ? (
            <p className="rounded border border-line bg-paper px-4 py-6 text-center text-muted">没有符合条件的年度报告。</p>
          ) : (
            <ul className="divide-y divide-line rounded-md border border-line bg-paper" aria-label="年度报告">
              {results.items.map((item) => (
                <li key={`${item.slug}-${item.year}`} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3">
                  <ReportLink {...item} dateAtEnd />
                </li>
              ))}
            </ul>
          )}
          {results.pages > 1 && (
            <nav aria-label="分页" className="flex flex-wrap items-center gap-2">
              {filter.page > 1 && (
                <Link href={directoryHref({ ...filter, page: filter.page - 1 })} className="btn-secondary" rel="prev">
                  上一页
                </Link>
              )}
              {Array.from({ length: results.pages }, (_, index) => index + 1).map((page) =>
                page === filter.page ? (
                  <span key={page} aria-current="page" className="btn-primary">
                    {page}
                  </span>
                ) : (
                  <Link key={page} href={directoryHref({ ...filter, page })} className="btn-secondary" aria-label={`第 ${page} 页`}>
                    {page}
                  </Link>
                ),
              )}
              {filter.page < results.pages && (
                <Link href={directoryHref({ ...filter, page: filter.page + 1 })} className="btn-secondary" rel="next">
                  下一页
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
