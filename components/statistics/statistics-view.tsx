import Link from 'next/link';
import { Breadcrumb } from '@/components/public/breadcrumb';
import { reportYears } from '@/lib/report-format/formats';
import { canonicalFilter, type StatisticsPage } from '@/lib/statistics/load-statistics';
import type { StatisticsFilter } from '@/lib/statistics/filter';
import { COMPARISON_METRIC_DEFS } from '@/lib/statistics/series';
import { formatCount } from '@/lib/statistics/summary';
import { statisticsHref } from '@/lib/statistics/urls';
import { ChartSection } from './chart-section';
import { StatisticsFilterForm } from './statistics-filter-form';

interface Props {
  /** The filter as read from the address. */
  filter: StatisticsFilter;
  page: StatisticsPage | null;
  problems: string[];
}

/** 数据统计: the filters, then each chart with its table and CSV. */
export function StatisticsView({ filter, page, problems }: Props) {
  const resolved = page?.resolved ?? null;
  const shown = resolved ? canonicalFilter(resolved) : filter;
  const department = resolved?.department ?? null;
  const match = page?.match ?? null;
  const departmentHref = (slug: string) => statisticsHref({ ...shown, department: slug });
  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: '首页', href: '/' }, { label: '数据统计' }]} />
      <h1 className="text-2xl font-semibold">政府信息公开数据统计</h1>
      <p>
        以下统计只取自已公开的年度报告，按报告年度汇总各部门填报的数字；报告中空白的项目不计为 0，某年度所有报告都空白的项目标为“未填报”。每张图表旁有数据表，并可下载 CSV。
      </p>
      <StatisticsFilterForm
        key={JSON.stringify(shown)}
        filter={shown}
        department={department ? { slug: department.slug, name: department.name } : null}
        years={reportYears().reverse()}
        metrics={COMPARISON_METRIC_DEFS.map(({ key, label }) => ({ key, label }))}
      />

      {problems.length > 0 && (
        <div role="alert" className="rounded border border-danger bg-danger-soft px-4 py-3 text-danger">
          <p className="font-semibold">筛选条件有误，请修改后重试：</p>
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
                <Link href={statisticsHref({ ...filter, department: candidate.slug })} className="inline-link text-brand underline">
                  {candidate.name}
                </Link>
                <span className="ml-2 text-sm text-muted">{candidate.districtName}</span>
              </li>
            ))}
          </ul>
          {match.more && <p className="mt-2 text-sm text-muted">还有更多部门，请输入更完整的名称。</p>}
        </section>
      )}

      {resolved && page && (
        <>
          <p role="status" className="text-sm" data-testid="statistics-scope">
            统计范围：{resolved.from === resolved.to ? `${resolved.from}年度` : `${resolved.from}—${resolved.to}年度`}，{department ? department.name : '全部部门'}，共{' '}
            {formatCount(page.reports)} 份已公开的年度报告。
          </p>
          <nav aria-label="本页图表" className="text-sm">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {page.charts.map((chart) => (
                <li key={chart.id}>
                  <a href={`#chart-${chart.id}`} className="text-brand underline">
                    {chart.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {page.charts.map((chart) => (
            <ChartSection key={chart.id} chart={chart} departmentHref={chart.id === 'departments' ? departmentHref : undefined} />
          ))}
        </>
      )}
    </div>
  );
}
