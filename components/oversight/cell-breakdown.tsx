import Link from 'next/link';
import type { CellContribution } from '@/lib/oversight/district-summary';
import { departmentPath } from '@/lib/public/urls';

/** Who filled one cell of the district summary, and how much each. */
export function CellBreakdown({ label, rows, total }: { label: string; rows: CellContribution[]; total: string }) {
  return (
    <section id="breakdown" aria-labelledby="breakdown-title" className="card space-y-3 p-4">
      <h2 id="breakdown-title" className="text-lg font-semibold">
        {label}：各部门填报情况
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">没有部门填报这一项（合计为空白）。</p>
      ) : (
        <table className="w-full max-w-xl text-left text-sm">
          <caption className="sr-only">{label}的各部门数值</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-3 py-2">部门</th>
              <th scope="col" className="px-3 py-2 text-right">数值</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.departmentSlug} className="border-t border-line">
                <th scope="row" className="px-3 py-1.5 font-normal">
                  <Link href={departmentPath(row.departmentSlug)} className="text-brand underline">{row.departmentName}</Link>
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">{row.value}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink font-semibold">
              <th scope="row" className="px-3 py-1.5">合计（{rows.length} 个部门）</th>
              <td className="px-3 py-1.5 text-right tabular-nums">{total}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
