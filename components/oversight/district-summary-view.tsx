import { ReportTableOf } from '@/components/report/report-table-of';
import type { DistrictSummary } from '@/lib/oversight/district-summary';
import { getFormat } from '@/lib/report-format/formats';

/**
 * The district summary in the official table layout: coverage (how many
 * departments are in it, who is missing), the rules that fail in the sum with
 * the departments behind each, and tables 二, 三 and 四 whose cells link to
 * their breakdown (`cellLink` + `table.row.column`).
 */
export function DistrictSummaryView({ summary, cellLink, headingLevel = 2 }: { summary: DistrictSummary; cellLink?: string; headingLevel?: 2 | 3 }) {
  const format = getFormat(summary.formatId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const complete = summary.missing.count === 0 && summary.reports > 0;
  return (
    <div className="space-y-6">
      <p role="note" className={`rounded border px-4 py-3 text-sm ${complete ? 'border-ok bg-ok-soft' : 'border-warn bg-warn-soft'}`} data-testid="summary-coverage">
        {complete
          ? `${summary.district.name}全部 ${summary.departments} 个部门的${summary.year}年度报告均已发布，以下为合计。`
          : `已汇总 ${summary.reports} 份已发布的报告（全区 ${summary.departments} 个部门）。` +
            (summary.missing.count > 0
              ? `尚未发布的部门（${summary.missing.count} 个）：${summary.missing.names.join('、')}${summary.missing.count > summary.missing.names.length ? ' 等' : ''}。汇总数据不含这些部门。`
              : '')}
      </p>
      <section aria-labelledby="summary-issues" className="card space-y-2 p-4">
        <Heading id="summary-issues" className="font-semibold">
          勾稽关系核对
        </Heading>
        {summary.issues.length === 0 ? (
          <p className="text-sm text-ok">合计数据符合全部勾稽关系。</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="summary-issues">
            {summary.issues.map((issue) => (
              <li key={issue.key} className="rounded border border-danger bg-danger-soft px-3 py-2">
                <p>{issue.message}</p>
                <p className="mt-1 text-muted">
                  原因在于以下部门的报告：{issue.departments.map((department) => department.name).join('、') || '（未找到，请核对数据）'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {cellLink && <p className="text-sm text-muted">点击表中的数字，查看填报该数字的部门及各自的数值。空白表示所有部门均未填报。金额单位：元（各部门以万元填报的已换算）。</p>}
      <div className="report-document">
        {format.sections
          .filter((section) => section.kind !== 'text')
          .map((section) => (
            <section key={section.id} aria-labelledby={`summary-sec-${section.id}`} className="report-section">
              <Heading id={`summary-sec-${section.id}`}>
                {section.number}、{section.title}
              </Heading>
              {(section.tables ?? []).map((tableId) => (
                <ReportTableOf key={tableId} formatId={format.id} tableId={tableId} values={summary.content.tables[tableId]} printed={undefined} idPrefix="summary-" cellLink={cellLink} />
              ))}
            </section>
          ))}
      </div>
    </div>
  );
}
