import Link from 'next/link';
import type { StatTable, TableColumn } from '@/lib/statistics/figures';
import { formatCount, formatPercent } from '@/lib/statistics/summary';

function Value({ value, column }: { value: number | string | null; column: TableColumn }) {
  if (value === null) return <span className="text-muted">未填报</span>;
  if (typeof value === 'string') return value;
  return column.format === 'percent' ? formatPercent(value) : formatCount(value);
}

/** A chart's data as an accessible table (caption, header cells with scope), scrolling in its own focusable box when narrow. */
export function StatTableView({ id, table, rowHref }: { id: string; table: StatTable; rowHref?: (slug: string) => string }) {
  const captionId = `${id}-caption`;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption id={captionId} className="mb-1 text-left font-medium">
          数据表：{table.caption}
        </caption>
        <thead>
          <tr className="bg-brand-soft">
            <th scope="col" className="border border-line px-2 py-1 text-left align-bottom">
              {table.rowHeader.label}
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className="border border-line px-2 py-1 text-right align-bottom">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.emphasis === 'chosen' ? 'bg-brand-soft font-semibold' : row.emphasis === 'summary' ? 'bg-canvas' : undefined}>
              <th scope="row" className={`border border-line px-2 py-1 text-left font-normal ${table.rowHeader.key === 'year' ? 'whitespace-nowrap' : ''}`}>
                {row.slug && rowHref ? (
                  <Link href={rowHref(row.slug)} className="inline-link text-brand underline">
                    {row.label}
                  </Link>
                ) : (
                  row.label
                )}
                {row.emphasis === 'chosen' && '（所选部门）'}
              </th>
              {table.columns.map((column, index) => (
                <td key={column.key} className="border border-line px-2 py-1 text-right whitespace-nowrap tabular-nums">
                  <Value value={row.values[index] ?? null} column={column} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
