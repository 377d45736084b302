import { anchorLabel } from '@/lib/report-format/anchors';
import { getFormat } from '@/lib/report-format/formats';
import type { CommentView } from '@/lib/reports/get-report-workspace';
import { formatDateTime } from '@/lib/format-time';

/** All comments of a report with the place each is pinned to. */
export function CommentsByPlace({ comments, formatId }: { comments: CommentView[]; formatId: string }) {
  const format = getFormat(formatId);
  if (comments.length === 0) return <p className="text-sm text-muted">暂无评论。</p>;
  return (
    <ul className="space-y-2">
      {comments.map((comment) => (
        <li key={comment.id} className={`rounded border px-3 py-2 text-sm ${comment.resolved ? 'border-line text-muted' : 'border-warn bg-warn-soft'}`}>
          <p className="text-xs font-medium">
            {anchorLabel(format, comment.anchor)}
            {comment.resolved ? ' · 已处理' : ''}
            {` · 第 ${comment.editionNumber} 版`}
          </p>
          <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
          <p className="mt-1 text-xs text-muted">
            {comment.authorName} · {formatDateTime(comment.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
