'use client';

// A comment pinned to the whole report, a section, or one cell of a table.
// The action revalidates the page, which then lists the new comment.
import { useState, useTransition } from 'react';
import { addCommentAction } from '@/app/(workspace)/report-actions';
import { getFormat, isComputedCell, isInputCell, rowMessageLabel } from '@/lib/report-format/formats';

export function CommentForm({ reportId, formatId }: { reportId: string; formatId: string }) {
  const format = getFormat(formatId);
  const [place, setPlace] = useState('report');
  const [tableId, setTableId] = useState(format.tables[0]!.id);
  const table = format.tables.find((candidate) => candidate.id === tableId)!;
  const rows = table.rows.filter((row) => row.kind === 'data');
  const [rowKey, setRowKey] = useState(rows[0]!.key);
  const row = rows.find((candidate) => candidate.key === rowKey) ?? rows[0]!;
  const columns = table.columns.filter((column) => isInputCell(row, column) || isComputedCell(row, column));
  const [columnKey, setColumnKey] = useState(columns[0]!.key);
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const anchor =
    place === 'report'
      ? { kind: 'report' as const }
      : place === 'cell'
        ? { kind: 'cell' as const, tableId, rowKey: row.key, columnKey: columns.some((c) => c.key === columnKey) ? columnKey : columns[0]!.key }
        : { kind: 'section' as const, sectionId: place };

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await addCommentAction({ reportId, anchor, body });
          setBodyError(result.ok ? null : (result.fieldErrors.body ?? null));
          if (result.ok) {
            setBody('');
            setMessage({ ok: true, text: '评论已发表，部门编辑可在编辑页面对应位置看到。' });
          } else {
            setMessage({ ok: false, text: result.message });
          }
        });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="comment-place" className="field-label">
            评论位置
          </label>
          <select id="comment-place" className="field-input" value={place} onChange={(event) => setPlace(event.target.value)}>
            <option value="report">整份报告</option>
            {format.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.number}、{section.title}
              </option>
            ))}
            <option value="cell">表格中的单元格…</option>
          </select>
        </div>
        {place === 'cell' && (
          <div>
            <label htmlFor="comment-table" className="field-label">
              表格
            </label>
            <select
              id="comment-table"
              className="field-input"
              value={tableId}
              onChange={(event) => {
                const next = format.tables.find((candidate) => candidate.id === event.target.value)!;
                setTableId(next.id);
                setRowKey(next.rows.find((candidate) => candidate.kind === 'data')!.key);
              }}
            >
              {format.tables.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.messageName}
                </option>
              ))}
            </select>
          </div>
        )}
        {place === 'cell' && rows.length > 1 && (
          <div>
            <label htmlFor="comment-row" className="field-label">
              行
            </label>
            <select id="comment-row" className="field-input" value={row.key} onChange={(event) => setRowKey(event.target.value)}>
              {rows.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {rowMessageLabel(table, candidate)}
                </option>
              ))}
            </select>
          </div>
        )}
        {place === 'cell' && (
          <div>
            <label htmlFor="comment-column" className="field-label">
              列
            </label>
            <select id="comment-column" className="field-input" value={anchor.kind === 'cell' ? anchor.columnKey : ''} onChange={(event) => setColumnKey(event.target.value)}>
              {columns.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.messageLabel}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div>
        <label htmlFor="comment-body" className="field-label">
          评论内容
        </label>
        <textarea
          id="comment-body"
          className="field-input min-h-24"
          value={body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? 'comment-body-error' : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {bodyError && (
          <p id="comment-body-error" className="field-error">
            {bodyError}
          </p>
        )}
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-sm text-ok' : 'text-sm text-danger'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        发表评论
      </button>
    </form>
  );
}
