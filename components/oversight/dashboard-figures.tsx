import type { DashboardTotals } from '@/lib/oversight/deadline-dashboard';
import { DEADLINE_LABELS, type YearDeadlines } from '@/lib/oversight/deadlines';
import { formatChineseDate } from '@/lib/report-format/deadline';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** The year's two figures kept apart (reported; on time), from history, and the deadlines they are measured against. */
export function DashboardFigures({ totals, deadlines }: { totals: DashboardTotals; deadlines: YearDeadlines }) {
  const figures = [
    { label: '已报送区政务公开办', value: totals.forwarded, note: percent(totals.forwarded, totals.departments) },
    { label: '已发布（报告率）', value: totals.published, note: percent(totals.published, totals.departments) },
    { label: '按法定期限发布（及时率）', value: totals.onTimeLegal, note: percent(totals.onTimeLegal, totals.departments) },
    ...(totals.onTimeDistrict !== null ? [{ label: '按本区要求发布', value: totals.onTimeDistrict, note: percent(totals.onTimeDistrict, totals.departments) }] : []),
    { label: '已逾期', value: totals.overdue, note: totals.soon ? `另有 ${totals.soon} 个 7 天内到期` : '' },
  ];
  return (
    <section aria-labelledby="figures-title" className="space-y-3">
      <h2 id="figures-title" className="sr-only">
        本年度概况
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="dashboard-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="card p-3">
            <dt className="text-sm text-muted">{figure.label}</dt>
            <dd className="text-2xl font-semibold">
              {figure.value}
              <span className="ml-1 text-sm font-normal text-muted">/ {totals.departments}</span>
            </dd>
            {figure.note && <dd className="text-sm text-muted">{figure.note}</dd>}
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        期限：
        {(['submit', 'publish', 'legal'] as const)
          .filter((kind) => deadlines[kind])
          .map((kind) => `${DEADLINE_LABELS[kind]} ${formatChineseDate(deadlines[kind]!)}`)
          .join('；')}
        。报告率与及时率按首次报送和首次发布的日期计算（之后的更正、撤销不改变历史）。
      </p>
    </section>
  );
}
