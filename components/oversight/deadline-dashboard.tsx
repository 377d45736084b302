import Link from 'next/link';
import { StatusBadge } from '@/components/layout/status-badge';
import type { DashboardView } from '@/lib/oversight/get-dashboard';
import { DASHBOARD_STATE_LABELS, DASHBOARD_STATES } from '@/lib/oversight/dashboard-states';
import { LATENESS_LABELS } from '@/lib/oversight/deadlines';
import { dashboardCsvHref, dashboardHref } from '@/lib/oversight/urls';
import { reviewReportPath } from '@/lib/reports/report-label';
import { formatDate, formatDateTime } from '@/lib/format-time';
import { DashboardFigures } from './dashboard-figures';
import { DeadlineStanding } from './deadline-standing';
import { ReminderButton } from './reminder-button';

const SORTS = { urgency: '最紧迫的在前', name: '按部门顺序', score: '质量得分从低到高', changed: '最近修改的在前' } as const;

/** The deadline dashboard: figures, filters, one page of departments, reminders and the CSV export. */
export function DeadlineDashboard({ view, problems, canRemind, canSetDeadlines }: { view: DashboardView; problems: string[]; canRemind: boolean; canSetDeadlines: boolean }) {
  const { district, filter, totals, rows, settings } = view;
  const link = { district: district.code, year: filter.year, state: filter.state, lateness: filter.lateness, sort: filter.sort };
  return (
    <section aria-labelledby="dashboard-title" className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex-1">
          <h1 id="dashboard-title" className="text-2xl font-semibold">
            期限看板 · {district.name} {filter.year}年度
          </h1>
          <p className="text-sm text-muted">各部门年度报告的办理状态、期限和质量。期限剩余天数按您的电脑时间计算。</p>
        </div>
        {canSetDeadlines && (
          <Link href={`/admin/deadlines?district=${district.code}&year=${filter.year}`} className="btn-secondary">
            设置本年度期限和自动提醒
          </Link>
        )}
        <a href={dashboardCsvHref(link)} className="btn-secondary" download>
          导出 CSV
        </a>
      </div>

      <DashboardFigures totals={totals} deadlines={settings.deadlines} />

      <form method="get" className="card flex flex-wrap items-end gap-4 p-4" aria-label="筛选">
        {view.districts.length > 1 && (
          <div>
            <label htmlFor="filter-district" className="field-label">行政区</label>
            <select id="filter-district" name="district" defaultValue={district.code} className="field-input">
              {view.districts.map((choice) => (
                <option key={choice.code} value={choice.code}>{choice.name}</option>
              ))}
            </select>
          </div>
        )}
        {view.districts.length === 1 && <input type="hidden" name="district" value={district.code} />}
        <div>
          <label htmlFor="filter-year" className="field-label">年度</label>
          <select id="filter-year" name="year" defaultValue={filter.year} className="field-input">
            {view.years.map((year) => (
              <option key={year} value={year}>{year}年度</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-state" className="field-label">状态</label>
          <select id="filter-state" name="state" defaultValue={filter.state} className="field-input">
            <option value="all">全部（{totals.departments}）</option>
            {DASHBOARD_STATES.map((state) => (
              <option key={state} value={state}>
                {DASHBOARD_STATE_LABELS[state]}（{totals.byStatus[state] ?? 0}）
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-lateness" className="field-label">期限</label>
          <select id="filter-lateness" name="lateness" defaultValue={filter.lateness} className="field-input">
            <option value="all">全部</option>
            {(Object.keys(LATENESS_LABELS) as (keyof typeof LATENESS_LABELS)[]).map((lateness) => (
              <option key={lateness} value={lateness}>{LATENESS_LABELS[lateness]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort" className="field-label">排序</label>
          <select id="filter-sort" name="sort" defaultValue={filter.sort} className="field-input">
            {(Object.keys(SORTS) as (keyof typeof SORTS)[]).map((sort) => (
              <option key={sort} value={sort}>{SORTS[sort]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">筛选</button>
      </form>
      {problems.length > 0 && (
        <p role="alert" className="rounded border border-warn bg-warn-soft px-3 py-2 text-sm text-warn">
          {problems.join('；')}（已忽略）
        </p>
      )}

      <div className="flex flex-wrap items-start justify-between gap-3">
        <p role="status" className="text-sm">
          符合条件的部门 {view.matching} 个{view.pages > 1 ? `，第 ${filter.page} / ${view.pages} 页` : ''}
        </p>
        {canRemind && totals.overdue > 0 && (
          <ReminderButton district={district.code} year={filter.year} target="overdue" label={`提醒全部 ${totals.overdue} 个逾期部门`} withNote />
        )}
      </div>

      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{`${district.name}${filter.year}年度各部门年度报告期限情况`}</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-3 py-2">部门</th>
              <th scope="col" className="px-3 py-2">状态</th>
              <th scope="col" className="px-3 py-2">当前处理</th>
              <th scope="col" className="px-3 py-2">最后修改</th>
              <th scope="col" className="px-3 py-2">期限</th>
              <th scope="col" className="px-3 py-2">质量得分</th>
              <th scope="col" className="px-3 py-2">最近提醒</th>
              {canRemind && <th scope="col" className="px-3 py-2">提醒</th>}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={8} className="px-3 py-6 text-center text-muted">没有符合条件的部门。</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.departmentId} className="border-t border-line align-top" data-testid="dashboard-row">
                <th scope="row" className="px-3 py-2 font-medium">
                  {row.reportId ? (
                    <Link href={reviewReportPath(row.reportId)} className="text-brand underline">{row.departmentName}</Link>
                  ) : (
                    row.departmentName
                  )}
                </th>
                <td className="px-3 py-2">
                  {row.status === 'none' ? <span className="text-muted">未开始</span> : <StatusBadge status={row.status} />}
                  {row.editionNumber && row.editionNumber > 1 ? <span className="ml-1 text-xs text-muted">第 {row.editionNumber} 版</span> : null}
                </td>
                <td className="px-3 py-2">{row.holder ?? '—'}</td>
                <td className="px-3 py-2 whitespace-nowrap">{row.updatedAt ? formatDate(row.updatedAt) : '—'}</td>
                <td className="px-3 py-2">
                  <DeadlineStanding deadlines={settings.deadlines} milestones={{ forwardedOn: row.forwardedOn, publishedOn: row.publishedOn }} serverToday={view.today} />
                </td>
                <td className="px-3 py-2">
                  {row.score === null ? (
                    '—'
                  ) : (
                    <Link href={`${reviewReportPath(row.reportId!)}#quality`} className="text-brand underline" aria-label={`${row.departmentName}质量得分 ${row.score} 分，查看明细`}>
                      {row.score}
                    </Link>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-xs">{row.lastReminderAt ? formatDateTime(row.lastReminderAt) : '—'}</td>
                {canRemind && (
                  <td className="px-3 py-2">
                    {row.status !== 'PUBLISHED' && row.publishedOn === null && (
                      <ReminderButton district={district.code} year={filter.year} target={row.departmentId} label={`提醒${row.departmentShortName}`} />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {view.pages > 1 && (
        <nav aria-label="分页" className="flex gap-3 text-sm">
          {filter.page > 1 && <Link href={dashboardHref({ ...link, page: filter.page - 1 })} className="text-brand underline">上一页</Link>}
          {filter.page < view.pages && <Link href={dashboardHref({ ...link, page: filter.page + 1 })} className="text-brand underline">下一页</Link>}
        </nav>
      )}
    </section>
  );
}
