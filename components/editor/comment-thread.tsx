'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { resolveCommentAction } from '@/app/(workspace)/report-actions';
import type { CommentView } from '@/lib/reports/get-report-workspace';
import { formatDateTime } from '@/lib/format-time';

/** Comments pinned to one place, with a button to mark each as dealt with. */
export function CommentThread({ reportId, comments, canResolve }: { reportId: string; comments: readonly CommentView[]; canResolve: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (comments.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="审核评论">
      {comments.map((comment) => (
        <li
          key={comment.id}
          className={`rounded border px-3 py-2 text-sm ${comment.resolved ? 'border-line bg-canvas text-muted' : 'border-warn bg-warn-soft text-ink'}`}
        >
          <p className="whitespace-pre-wrap">{comment.body}</p>
          <p className="mt-1 text-xs text-muted">
            {comment.authorName} · {formatDateTime(comment.createdAt)}
            {comment.resolved && ' · 已处理'}
          </p>
          {canResolve && !comment.resolved && (
            <button
              type="button"
              className="mt-1 text-xs text-brand underline"
              onClick={async () => {
                const result = await resolveCommentAction({ reportId, commentId: comment.id });
                if (!result.ok) setError(result.message);
                else router.refresh();
              }}
            >
              标为已处理
            </button>
          )}
        </li>
      ))}
      {error && (
        <li role="alert" className="text-sm text-danger">
          {error}
        </li>
      )}
    </ul>
  );
}
