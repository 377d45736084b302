'use client';

// Why the report came back, and every open review comment with a link to its
// place (a cell's input, a section), so that none is missed in a long table.
import { anchorLabel, cellElementId, sectionElementId } from '@/lib/report-format/anchors';
import type { ReportFormat } from '@/lib/report-format/types';
import type { CommentView, SubmissionView } from '@/lib/reports/get-report-workspace';
import { formatDateTime } from '@/lib/format-time';

function placeId(comment: CommentView): string | null {
  const { anchor } = comment;
  if (anchor.kind === 'cell') return cellElementId(anchor.tableId, anchor.rowKey, anchor.columnKey);
  if (anchor.kind === 'section') return sectionElementId(anchor.sectionId);
  return null;
}

function jumpTo(elementId: string) {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

export function ReturnNotice({ lastReturn, comments, format }: { lastReturn: SubmissionView | null; comments: readonly CommentView[]; format: ReportFormat }) {
  const open = comments.filter((comment) => !comment.resolved);
  if (!lastReturn && open.length === 0) return null;
  return (
    <section aria-labelledby="return-title" className="rounded border border-warn bg-warn-soft px-4 py-3">
      <h2 id="return-title" className="font-semibold text-warn">
        {lastReturn ? '审核退回' : '审核评论'}
        {open.length > 0 && `（${open.length} 条未处理的评论）`}
      </h2>
      {lastReturn && (
        <>
          <p className="mt-1 whitespace-pre-wrap" data-testid="return-reason">
            {lastReturn.returnReason}
          </p>
          <p className="mt-1 text-xs text-muted">
            {lastReturn.decidedBy} · {lastReturn.decidedAt ? formatDateTime(lastReturn.decidedAt) : ''}
          </p>
        </>
      )}
      {open.length > 0 && (
        <ol className="mt-3 space-y-2 text-sm" aria-label="未处理的评论">
          {open.map((comment) => {
            const target = placeId(comment);
            const place = anchorLabel(format, comment.anchor);
            return (
              <li key={comment.id} className="rounded border border-warn/40 bg-paper px-3 py-2">
                {target ? (
                  <a
                    href={`#${target}`}
                    className="font-medium text-brand underline"
                    onClick={(event) => {
                      event.preventDefault();
                      jumpTo(target);
                    }}
                  >
                    {place}
                  </a>
                ) : (
                  <span className="font-medium">{place}</span>
                )}
                <span className="ml-2 whitespace-pre-wrap">{comment.body}</span>
                <span className="ml-2 text-xs text-muted">{comment.authorName}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
