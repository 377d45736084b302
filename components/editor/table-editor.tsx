'use client';

// A statistical table as an editable grid in the official layout. Typed
// cells are inputs; totals are computed live and read-only. Keyboard: Tab
// and Shift+Tab move across, the arrow keys move in the grid, Enter moves down.
import { useState } from 'react';
import type { CellValue, Money, MoneyUnit, ParsedReportContent } from '@/lib/report-format/content';
import { cellElementId, tableElementId } from '@/lib/report-format/anchors';
import { deriveTable, isMoney } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { parseCellInput, unitTyped } from '@/lib/report-format/edit';
import { isComputedCell, isInputCell, rowMessageLabel } from '@/lib/report-format/formats';
import { tableLayout } from '@/lib/report-format/layout';
import type { RuleIssue } from '@/lib/report-format/rules/check-report';
import type { ColumnDef, RowDef, TableDef } from '@/lib/report-format/types';
import type { CommentView } from '@/lib/reports/get-report-workspace';
import { CommentThread } from './comment-thread';

export interface TableEditorProps {
  table: TableDef;
  content: ParsedReportContent;
  readOnly: boolean;
  issues: readonly RuleIssue[];
  comments: readonly CommentView[];
  reportId: string;
  canResolveComments: boolean;
  onCellChange: (tableId: string, rowKey: string, columnKey: string, value: CellValue) => void;
  onCellError: (cellId: string, message: string | null) => void;
}

function rawOf(column: ColumnDef, value: CellValue): string {
  if (value === null) return '';
  if (isMoney(value)) return String(value.amount);
  return column.valueType === 'signedCount' ? String(value) : formatCell(column, value);
}

function CellInput({
  id,
  label,
  column,
  value,
  readOnly,
  invalid,
  describedBy,
  gridRow,
  gridColumn,
  onChange,
  onError,
}: {
  id: string;
  label: string;
  column: ColumnDef;
  value: CellValue;
  readOnly: boolean;
  invalid: boolean;
  describedBy?: string;
  gridRow: number;
  gridColumn: number;
  onChange: (value: CellValue) => void;
  onError: (message: string | null) => void;
}) {
  const [raw, setRaw] = useState(() => rawOf(column, value));
  const [problem, setProblem] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // Follow changes from outside (another version loaded) while keeping what
  // the editor is typing ("1." stays "1." although it is stored as 1).
  if (value !== shownValue) {
    setShownValue(value);
    const parsed = parseCellInput(column.valueType, raw);
    const current = isMoney(value) ? value.amount : value;
    if (!parsed.ok || parsed.value !== current) {
      setRaw(rawOf(column, value));
      setProblem(null);
    }
  }

  const unit: MoneyUnit | null = isMoney(value) ? value.unit : null;
  const commit = (text: string, nextUnit: MoneyUnit | null = unit) => {
    const parsed = parseCellInput(column.valueType, text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      onError(`${label}：${parsed.message}`);
      return;
    }
    setProblem(null);
    onError(null);
    if (column.valueType === 'moneyWithUnit') {
      const typedUnit = unitTyped(text) ?? nextUnit;
      onChange(parsed.value === null ? null : ({ amount: parsed.value, unit: typedUnit } satisfies Money));
    } else {
      onChange(parsed.value);
    }
  };

  const errorId = `${id}-problem`;
  return (
    <span className="editor-cell-input">
      <input
        id={id}
        type="text"
        inputMode={column.valueType === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-label={label}
        aria-invalid={problem || invalid ? true : undefined}
        aria-describedby={[problem ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        data-grid-row={gridRow}
        data-grid-column={gridColumn}
        readOnly={readOnly}
        value={raw}
        onChange={(event) => {
          setRaw(event.target.value);
          commit(event.target.value);
        }}
      />
      {column.valueType === 'moneyWithUnit' && (
        <select
          aria-label={`${label}的单位`}
          value={unit ?? ''}
          disabled={readOnly}
          onChange={(event) => commit(raw, (event.target.value || null) as MoneyUnit | null)}
        >
          <option value="">无单位</option>
          <option value="元">元</option>
          <option value="万元">万元</option>
        </select>
      )}
      {problem && (
        <span id={errorId} role="alert" className="editor-cell-problem">
          {problem}
        </span>
      )}
    </span>
  );
}

function moveFocus(event: React.KeyboardEvent<HTMLTableElement>) {
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.dataset.gridRow === undefined) return;
  const row = Number(target.dataset.gridRow);
  const column = Number(target.dataset.gridColumn);
  let next: [number, number] | null = null;
  const atStart = target.selectionStart === 0 && target.selectionEnd === 0;
  const atEnd = target.selectionStart === target.value.length;
  if (event.key === 'ArrowDown' || event.key === 'Enter') next = [row + 1, column];
  else if (event.key === 'ArrowUp') next = [row - 1, column];
  else if (event.key === 'ArrowLeft' && atStart) next = [row, column - 1];
  else if (event.key === 'ArrowRight' && atEnd) next = [row, column + 1];
  if (!next) return;
  const table = event.currentTarget;
  const find = (r: number, c: number) => table.querySelector<HTMLInputElement>(`input[data-grid-row="${r}"][data-grid-column="${c}"]`);
  // Skip over computed cells (no input) in the direction of travel.
  let candidate: HTMLInputElement | null = null;
  for (let step = 0; step < 40 && !candidate; step++) {
    candidate = find(next[0], next[1]);
    if (candidate) break;
    if (event.key === 'ArrowDown' || event.key === 'Enter') next = [next[0] + 1, next[1]];
    else if (event.key === 'ArrowUp') next = [next[0] - 1, next[1]];
    else if (event.key === 'ArrowLeft') next = [next[0], next[1] - 1];
    else next = [next[0], next[1] + 1];
  }
  if (candidate) {
    event.preventDefault();
    candidate.focus();
    candidate.select();
  }
}

function DataCell({
  table,
  row,
  column,
  rowIndex,
  columnIndex,
  headers,
  props,
}: {
  table: TableDef;
  row: RowDef;
  column: ColumnDef;
  rowIndex: number;
  columnIndex: number;
  headers?: string;
  props: TableEditorProps;
}) {
  const id = cellElementId(table.id, row.key, column.key);
  const cellIssues = props.issues.filter(
    (issue) => issue.location.kind === 'cell' && issue.location.tableId === table.id && issue.location.rowKey === row.key && issue.location.columnKey === column.key,
  );
  const cellComments = props.comments.filter(
    (comment) => comment.anchor.kind === 'cell' && comment.anchor.tableId === table.id && comment.anchor.rowKey === row.key && comment.anchor.columnKey === column.key,
  );
  const [showComments, setShowComments] = useState(false);
  const rowLabel = rowMessageLabel(table, row);
  const label = `${rowLabel ?? table.title} ${column.messageLabel}`;
  const worst = cellIssues.some((issue) => issue.severity === 'error') ? 'error' : cellIssues.some((issue) => issue.severity === 'warning') ? 'warning' : null;
  const issueId = cellIssues.length ? `${id}-issues` : undefined;
  const carried = props.content.carried.includes(`${table.id}.${row.key}.${column.key}`);
  const derived = isComputedCell(row, column) ? deriveTable(table, props.content.tables[table.id])[row.key]?.[column.key] ?? null : null;

  return (
    <td headers={headers} className={`editor-cell ${worst ? `editor-cell-${worst}` : ''}`}>
      {isInputCell(row, column) ? (
        <CellInput
          id={id}
          label={label}
          column={column}
          value={props.content.tables[table.id]?.[row.key]?.[column.key] ?? null}
          readOnly={props.readOnly}
          invalid={worst === 'error'}
          describedBy={issueId}
          gridRow={rowIndex}
          gridColumn={columnIndex}
          onChange={(value) => props.onCellChange(table.id, row.key, column.key, value)}
          onError={(message) => props.onCellError(id, message)}
        />
      ) : (
        <output id={id} tabIndex={-1} aria-label={`${label}（自动计算）`} className="editor-computed">
          {formatCell(column, derived)}
        </output>
      )}
      {carried && (
        <span className="editor-carried" title="由上年度报告结转">
          结转
        </span>
      )}
      {issueId && (
        <span id={issueId} className="sr-only">
          {cellIssues.map((issue) => issue.message).join('；')}
        </span>
      )}
      {cellComments.length > 0 && (
        <span className="editor-comment-anchor">
          <button
            type="button"
            className="editor-comment-badge"
            aria-expanded={showComments}
            aria-label={`该单元格有 ${cellComments.length} 条审核评论`}
            onClick={() => setShowComments((open) => !open)}
          >
            评 {cellComments.length}
          </button>
          {showComments && (
            <span className="editor-comment-popover">
              <CommentThread reportId={props.reportId} comments={cellComments} canResolve={props.canResolveComments} />
            </span>
          )}
        </span>
      )}
    </td>
  );
}

function ItemListEditor(props: TableEditorProps) {
  const { table } = props;
  return (
    <table className="report-table editor-table" onKeyDown={moveFocus}>
      <caption>{table.title}</caption>
      <thead>
        <tr>
          <th scope="col">{table.rowHeaderLabel}</th>
          {table.columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column, columnIndex) => (
              <DataCell key={column.key} table={table} row={row} column={column} rowIndex={rowIndex} columnIndex={columnIndex} props={props} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CrossTableEditor(props: TableEditorProps) {
  const { table } = props;
  const layout = tableLayout(table, 'ed-');
  return (
    <table className={`report-table report-${table.id} editor-table`} onKeyDown={moveFocus}>
      <caption className="sr-only">{`${table.sectionNumber}、${table.title}`}</caption>
      <thead>
        {layout.headerRows.map((cells, level) => (
          <tr key={level}>
            {level === 0 && layout.corner && (
              <td colSpan={layout.corner.colSpan} rowSpan={layout.corner.rowSpan} className="report-corner">
                {layout.corner.text}
              </td>
            )}
            {cells.map((cell) => (
              <th key={cell.id} id={cell.id} scope={cell.scope} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}>
                {cell.text}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {layout.bodyRows.map(({ row, headerCells, rowHeaderIds }, rowIndex) => (
          <tr key={row.key} className={row.sumOf ? 'report-total-row' : undefined}>
            {headerCells.map((cell) => (
              <th key={cell.id} id={cell.id} scope={cell.scope} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined} className="report-row-label">
                {cell.text}
              </th>
            ))}
            {table.columns.map((column, columnIndex) => (
              <DataCell
                key={column.key}
                table={table}
                row={row}
                column={column}
                rowIndex={rowIndex}
                columnIndex={columnIndex}
                headers={[...layout.columnHeaderIds[column.key]!, ...rowHeaderIds].join(' ')}
                props={props}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TableEditor(props: TableEditorProps) {
  const tableIssues = props.issues.filter((issue) => 'tableId' in issue.location && issue.location.tableId === props.table.id);
  return (
    <div id={tableElementId(props.table.id)} tabIndex={-1} className="mb-4">
      <div className="report-table-scroll" role="region" aria-label={`${props.table.messageName}（可左右滚动）`} tabIndex={0}>
        {props.table.layout === 'item-list' ? <ItemListEditor {...props} /> : <CrossTableEditor {...props} />}
      </div>
      {props.table.guidance && <p className="mt-1 text-sm text-muted">{props.table.guidance}</p>}
      {tableIssues.some((issue) => issue.severity !== 'info') && (
        <ul className="mt-2 space-y-1 text-sm" aria-label={`${props.table.messageName}的检查结果`}>
          {tableIssues
            .filter((issue) => issue.severity !== 'info')
            .map((issue) => (
              <li key={issue.key} className={issue.severity === 'error' ? 'text-danger' : 'text-warn'}>
                {issue.severity === 'error' ? '错误：' : '警告：'}
                {issue.message}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
