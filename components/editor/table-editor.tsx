'use client';

// A statistical table as an editable grid in the official layout. Typed
// cells are inputs; totals are computed live and read-only. Keyboard: Tab
// and Shift+Tab move across, the arrow keys move in the grid, Enter moves down.
import { useMemo, useState } from 'react';
import type { CellValue, Money, MoneyUnit, ParsedReportContent, TableCells } from '@/lib/report-format/content';
import { cellElementId, tableElementId } from '@/lib/report-format/anchors';
import { cellKey } from '@/lib/report-format/cell-key';
import { deriveTable, isMoney, storedValue, type DerivedTable } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { parseCellInput, unitTyped } from '@/lib/report-format/edit';
import { isInputCell, rowMessageLabel } from '@/lib/report-format/formats';
import { cellHeaders, tableLayout } from '@/lib/report-format/layout';
import type { RuleIssue } from '@/lib/report-format/rules/check-report';
import type { ColumnDef, RowDef, TableDef } from '@/lib/report-format/types';
import type { CommentView } from '@/lib/reports/get-report-workspace';
import { CrossTableCaption, CrossTableHead, ItemListHead, RowHeaderCells, TableScrollRegion } from '@/components/report/report-tables';
import { CommentThread } from './comment-thread';
import { InlineIssues } from './issue-list';

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

/** What the cells of one table need, worked out once per render of the table rather than once per cell. */
interface TableView {
  cells: TableCells | undefined;
  derived: DerivedTable;
  carried: ReadonlySet<string>;
  issuesByCell: ReadonlyMap<string, RuleIssue[]>;
  commentsByCell: ReadonlyMap<string, CommentView[]>;
}

const NONE: readonly never[] = [];

function groupByCell<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function useTableView(props: TableEditorProps): TableView {
  const { table, content, issues, comments } = props;
  const cells = content.tables[table.id];
  // An edit replaces only the edited table's cells, so the other tables keep their totals.
  const derived = useMemo(() => deriveTable(table, cells), [table, cells]);
  const carried = useMemo(() => new Set(content.carried), [content.carried]);
  const issuesByCell = useMemo(
    () =>
      groupByCell(issues, ({ location }) =>
        location.kind === 'cell' && location.tableId === table.id ? cellKey(location.tableId, location.rowKey, location.columnKey) : null,
      ),
    [issues, table.id],
  );
  const commentsByCell = useMemo(
    () =>
      groupByCell(comments, ({ anchor }) =>
        anchor.kind === 'cell' && anchor.tableId === table.id ? cellKey(anchor.tableId, anchor.rowKey, anchor.columnKey) : null,
      ),
    [comments, table.id],
  );
  return { cells, derived, carried, issuesByCell, commentsByCell };
}

function DataCell({
  table,
  row,
  column,
  rowIndex,
  columnIndex,
  headers,
  view,
  props,
}: {
  table: TableDef;
  row: RowDef;
  column: ColumnDef;
  rowIndex: number;
  columnIndex: number;
  headers?: string;
  view: TableView;
  props: TableEditorProps;
}) {
  const id = cellElementId(table.id, row.key, column.key);
  const key = cellKey(table.id, row.key, column.key);
  const cellIssues = view.issuesByCell.get(key) ?? NONE;
  const cellComments = view.commentsByCell.get(key) ?? NONE;
  const [showComments, setShowComments] = useState(false);
  const rowLabel = rowMessageLabel(table, row);
  const label = `${rowLabel ?? table.title} ${column.messageLabel}`;
  const worst = cellIssues.some((issue) => issue.severity === 'error') ? 'error' : cellIssues.some((issue) => issue.severity === 'warning') ? 'warning' : null;
  const issueId = cellIssues.length ? `${id}-issues` : undefined;

  return (
    <td headers={headers} className={`editor-cell ${worst ? `editor-cell-${worst}` : ''}`}>
      {isInputCell(row, column) ? (
        <CellInput
          id={id}
          label={label}
          column={column}
          value={storedValue(view.cells, row.key, column.key)}
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
          {formatCell(column, view.derived[row.key]?.[column.key] ?? null)}
        </output>
      )}
      {view.carried.has(key) && (
        <span className="editor-carried" title="由上年度报告结转">
          结转
        </span>
      )}
      {issueId && (
        <span id={issueId} className="sr-only">
          {cellIssues.map((issue) => issue.message).join('；')}
        </span>
      )}
      {/* The message at the cell itself (the table's list names the cell; here it goes without saying). */}
      {cellIssues
        .filter((issue) => issue.severity !== 'info')
        .map((issue) => (
          <span key={issue.key} aria-hidden="true" className={`editor-cell-note editor-cell-note-${issue.severity}`} title={issue.message}>
            {cellNote(issue.message)}
          </span>
        ))}
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

function ItemListEditor({ view, props }: { view: TableView; props: TableEditorProps }) {
  const { table } = props;
  return (
    <table className="report-table editor-table" onKeyDown={moveFocus}>
      <caption>{table.title}</caption>
      <ItemListHead table={table} />
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column, columnIndex) => (
              <DataCell key={column.key} table={table} row={row} column={column} rowIndex={rowIndex} columnIndex={columnIndex} view={view} props={props} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CrossTableEditor({ view, props }: { view: TableView; props: TableEditorProps }) {
  const { table } = props;
  const layout = tableLayout(table, 'ed-');
  return (
    <table className={`report-table report-${table.id} editor-table`} onKeyDown={moveFocus}>
      <CrossTableCaption table={table} />
      <CrossTableHead layout={layout} />
      <tbody>
        {layout.bodyRows.map(({ row, headerCells, rowHeaderIds }, rowIndex) => (
          <tr key={row.key} className={row.sumOf ? 'report-total-row' : undefined}>
            <RowHeaderCells cells={headerCells} />
            {table.columns.map((column, columnIndex) => (
              <DataCell
                key={column.key}
                table={table}
                row={row}
                column={column}
                rowIndex={rowIndex}
                columnIndex={columnIndex}
                headers={cellHeaders(layout, column.key, rowHeaderIds)}
                view={view}
                props={props}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An issue's message without the cell's name, which the cell makes plain: “表三 … · 自然人：应为 3，填报为 2” → “应为 3，填报为 2”. */
export function cellNote(message: string): string {
  const colon = message.indexOf('：');
  return colon === -1 ? message : message.slice(colon + 1);
}

export function TableEditor(props: TableEditorProps) {
  const { table } = props;
  const view = useTableView(props);
  const tableIssues = props.issues.filter((issue) => 'tableId' in issue.location && issue.location.tableId === table.id);
  return (
    <div id={tableElementId(table.id)} tabIndex={-1} className="mb-4">
      <TableScrollRegion table={table}>
        {table.layout === 'item-list' ? <ItemListEditor view={view} props={props} /> : <CrossTableEditor view={view} props={props} />}
      </TableScrollRegion>
      {table.guidance && <p className="mt-1 text-sm text-muted">{table.guidance}</p>}
      <InlineIssues issues={tableIssues} label={`${table.messageName}的检查结果`} />
    </div>
  );
}
