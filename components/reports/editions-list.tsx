import type { EditionView } from '@/lib/reports/get-report-workspace';
import { formatDateTime } from '@/lib/format-time';

/** The published editions of a report, with each 更正说明. */
export function EditionsList({ editions }: { editions: EditionView[] }) {
  if (editions.length === 0) return <p className="text-sm text-muted">尚未发布。</p>;
  return (
    <ol className="space-y-2 text-sm">
      {editions.map((edition) => (
        <li key={edition.id} className="rounded border border-line px-3 py-2">
          <p className="font-medium">
            第 {edition.number} 版 · 发布于 {formatDateTime(edition.publishedAt)}
            {edition.withdrawnAt ? ' · 已撤销发布' : edition.supersededAt ? ' · 已被更正版本替代' : ' · 当前公开版本'}
          </p>
          {edition.changeNote && <p className="mt-1">更正说明：{edition.changeNote}</p>}
        </li>
      ))}
    </ol>
  );
}
