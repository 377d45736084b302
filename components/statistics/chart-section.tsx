import type { ChartView } from '@/lib/statistics/load-statistics';
import { summaryId } from '@/lib/statistics/load-statistics';
import { StatTableView } from './stat-table';

interface Props {
  chart: ChartView;
  /** Where a department named in the table leads (its statistics). */
  departmentHref?: (slug: string) => string;
}

/**
 * One chart: the SVG rendered on the server (an image with a name, described
 * by the summary under it), its data table beside it (below it when the
 * column is narrow, as in 关怀版, whose larger text widens both) and its CSV.
 * Sizes follow the text size token, so 关怀版 scales the chart with the text.
 */
export function ChartSection({ chart, departmentHref }: Props) {
  const titleId = `chart-${chart.id}-title`;
  return (
    <section id={`chart-${chart.id}`} aria-labelledby={titleId} className="card scroll-mt-4 space-y-4 p-4">
      <h2 id={titleId} className="text-xl font-semibold">
        {chart.title}
      </h2>
      <div className="flex flex-wrap gap-6">
        <div className="min-w-0 max-w-[calc(var(--text-base)*48)] shrink grow-[3] basis-[calc(var(--text-base)*38)] space-y-2">
          {/* Rendered by ECharts on the server from escaped data (lib/statistics/render-chart.ts). */}
          <div className="[&>svg]:block [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: chart.svg }} />
          <p id={summaryId(chart.id)} className="text-sm text-muted">
            {chart.summary}
          </p>
          {chart.note && <p className="text-sm text-muted">{chart.note}</p>}
        </div>
        <div className="min-w-0 shrink grow-[2] basis-[calc(var(--text-base)*22)] space-y-3">
          <StatTableView id={`chart-${chart.id}-table`} table={chart.table} rowHref={departmentHref} />
          {departmentHref && <p className="text-sm text-muted">点击部门名称，查看该部门历年的统计。</p>}
          <a href={chart.csvHref} download className="btn-secondary" aria-label={`下载 CSV：${chart.title}`}>
            下载 CSV
          </a>
        </div>
      </div>
    </section>
  );
}
