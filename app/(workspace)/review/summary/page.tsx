import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CellBreakdown } from '@/components/oversight/cell-breakdown';
import { DistrictSummaryView } from '@/components/oversight/district-summary-view';
import { requirePermission } from '@/lib/auth/guard';
import { getCellBreakdown, getDistrictSummary } from '@/lib/oversight/district-summary';
import { defaultOversightYear } from '@/lib/oversight/deadlines';
import { listDistricts, resolveDistrict } from '@/lib/oversight/districts';
import { DASHBOARD_FIELD_LABELS, dashboardFilterSchema } from '@/lib/oversight/oversight-schemas';
import { parseSummaryCell, summaryCellText } from '@/lib/oversight/summary-cell';
import { publicSummaryFilePath, publicSummaryPath, summaryHref } from '@/lib/oversight/urls';
import { isoDate } from '@/lib/format-time';
import { getFormat, reportYears } from '@/lib/report-format/formats';
import { parseUrlFilter } from '@/lib/url-filter';

export const metadata: Metadata = { title: '区级汇总' };

export default async function SummaryPage({ searchParams }: PageProps<'/review/summary'>) {
  await requirePermission('oversight.read', undefined, '/review/summary');
  const params = await searchParams;
  const { filter } = parseUrlFilter(dashboardFilterSchema.pick({ district: true, year: true }), { district: DASHBOARD_FIELD_LABELS.district, year: DASHBOARD_FIELD_LABELS.year }, params);
  const district = await resolveDistrict(filter.district);
  if (!district) notFound();
  const years = reportYears().reverse();
  const year = filter.year && years.includes(filter.year) ? filter.year : defaultOversightYear(isoDate(new Date()));
  const summary = await getDistrictSummary(district, year);
  if (!summary) notFound();
  const cell = parseSummaryCell(getFormat(summary.formatId), typeof params.cell === 'string' ? params.cell : undefined);
  const breakdown = cell ? await getCellBreakdown(district, year, { tableId: cell.table.id, rowKey: cell.row.key, columnKey: cell.column.key }) : null;
  const districts = await listDistricts();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex-1">
          <h1 className="text-2xl font-semibold">
            区级汇总 · {district.name} {year}年度
          </h1>
          <p className="text-sm text-muted">全区已发布的部门年度报告中表二、表三、表四各项数字之和，按同样的勾稽关系核对。工作视图，随时可看；公众在全部部门发布后看到完整汇总。</p>
        </div>
        <a href={publicSummaryFilePath(district.code, year, 'csv')} className="btn-secondary" download>下载 CSV</a>
        <a href={publicSummaryFilePath(district.code, year, 'json')} className="btn-secondary" download>下载 JSON</a>
        <Link href={publicSummaryPath(district.code, year)} className="btn-secondary">公开页面</Link>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-4 p-4" aria-label="选择年度">
        {districts.length > 1 ? (
          <div>
            <label htmlFor="district" className="field-label">行政区</label>
            <select id="district" name="district" defaultValue={district.code} className="field-input">
              {districts.map((choice) => (
                <option key={choice.code} value={choice.code}>{choice.name}</option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="district" value={district.code} />
        )}
        <div>
          <label htmlFor="year" className="field-label">年度</label>
          <select id="year" name="year" defaultValue={year} className="field-input">
            {years.map((each) => (
              <option key={each} value={each}>{each}年度</option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">查看</button>
      </form>
      {cell && breakdown && <CellBreakdown label={cell.label} rows={breakdown} total={summaryCellText(summary.content, cell)} />}
      <DistrictSummaryView summary={summary} cellLink={`${summaryHref({ district: district.code, year })}&cell=`} />
    </div>
  );
}
