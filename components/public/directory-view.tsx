import Link from 'next/link';
import { reportYears } from '@/lib/report-format/formats';
import type { DirectoryFilter } from '@/lib/public/directory-filter';
import type { DirectoryView as View } from '@/lib/public/directory';
import { directoryHref } from '@/lib/public/urls';
import { Breadcrumb } from './breadcrumb';
import { DirectoryFilterForm } from './directory-filter-form';
import { Pagination } from './pagination';
import { ReportLink } from './report-link';

interface Props {
  filter: DirectoryFilter;
  view: View | null;
  problems: string[];
  /** What the alert over the problems says (default: the filter is wrong). */
  alertTitle?: string;
}

function describe(filter: DirectoryFilter, departmentName: string | null): string {
  const parts = [filter.year ? `${filter.year}年度` : null, departmentName, filter.q ? `包含“${filter.q}”` : null].filter(Boolean);
  return parts.length ? parts.join('、') : '全部';
}

/** The public directory: filters in a plain GET form, results, pages. */
export function DirectoryView({ filter, view, problems, alertTitle = '筛选条件有误，请修改后重试：' }: Props) {
  const years = reportYears().reverse();
  const match = view?.department ?? null;
  const chosen = match?.kind === 'one' ? match.department : null;
  const results = view?.results ?? null;
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '年度报告目录' }]} />
      <h1 className="text-2xl font-semibold">政府信息公开工作年度报告目录</h1>
      <DirectoryFilterForm
        key={`${filter.year}-${filter.department}-${filter.q}`}
        filter={filter}
        department={chosen ? { slug: chosen.slug, name: chosen.name } : null}
        years={years}
      />

      {problems.length > 0 && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-danger">
          <p className="font-semibold">{alertTitle}</p>
          <ul className="mt-1 list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {match?.kind === 'several' && (
        <section aria-labelledby="candidates-title" className="card p-4">
          <h2 id="candidates-title" className="font-semibold">
            有多个部门的名称包含“{filter.department}”，请选择：
          </h2>
          <ul className="mt-2 space-y-1">
            {match.candidates.map((candidate) => (
              <li key={candidate.slug}>
                <Link href={directoryHref({ ...filter, department: candidate.slug, page: 1 })} className="inline-link text-brand underline">
                  {candidate.name}
                </Link>
                <span className="ml-2 text-sm text-muted">{candidate.districtName}</span>
              </li>
            ))}
          </ul>
          {match.more && <p className="mt-2 text-sm text-muted">还有更多部门，请输入更完整的名称。</p>}
        </section>
      )}

      {results && (
        <>
          <p role="status" className="text-sm" data-testid="result-count">
            {describe(filter, chosen?.name ?? null)}：共 {results.total.toLocaleString('zh-CN')}
            {results.capped ? '+' : ''} 份年度报告
            {results.pages > 1 ? `，第 ${filter.page} / ${results.pages.toLocaleString('zh-CN')}${results.capped ? '+' : ''} 页` : ''}
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
          {results.capped && <p className="text-sm text-muted">符合条件的报告超过 1,000 份，仅列出前 1,000 份。请增加关键词或选择年度、部门缩小范围。</p>}
          <Pagination page={filter.page} pages={results.pages} href={(page) => directoryHref({ ...filter, department: chosen?.slug ?? filter.department, page })} />
        </>
      )}
    </div>
  );
}
