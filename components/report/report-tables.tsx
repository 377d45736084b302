// The statistical tables of a report in the official printed layout.
// No hooks: rendered on the server and in the browser alike (see
// report-table-of.tsx for why the public page sends values, not markup).
// The editor's grid (components/editor/table-editor.tsx) is built from the
// exported pieces below, so both show the same headers tied to cells the same way.
import type { PrintedTotals, TableCells } from '@/lib/report-format/content';
import { deriveTable, printedTotalMismatch, type DerivedTable } from '@/lib/report-format/derive';
import { formatCell, printedNote } from '@/lib/report-format/display';
import { cellHeaders, tableLayout, type RowHeaderCell, type TableLayoutModel } from '@/lib/report-format/layout';
import type { ColumnDef, RowDef, TableDef } from '@/lib/report-format/types';

export interface TableProps {
  table: TableDef;
  /** The table's cells as entered (totals are derived here). */
  values: TableCells | undefined;
  /** Totals as an imported report printed them, to show where they differ. */
  printed: PrintedTotals | undefined;
  idPrefix: string;
  /** Makes each cell with a value a link to this address (the district summary's breakdown, an import's source). */
  cellHref?: (tableId: string, rowKey: string, columnKey: string) => string;
}

/** A span only where it spans: React would otherwise print colspan="1". */
const span = (count: number | undefined) => (count !== undefined && count > 1 ? count : undefined);

function CellText({
  printedTotals,
  derived,
  row,
  column,
  href,
}: {
  printedTotals: PrintedTotals | undefined;
  derived: DerivedTable;
  row: RowDef;
  column: ColumnDef;
  href?: string;
}) {
  const value = derived[row.key]?.[column.key] ?? null;
  // Exactly where the rule checker reports a printed total that differs: the
  // report is shown as it was printed (原文如此), with the computed total beside it.
  const mismatch = printedTotalMismatch(printedTotals, derived, row, column);
  const text = mismatch ? formatCell(column, mismatch.printed) : formatCell(column, value);
  return (
    <>
      {text === '' ? (
        <span className="sr-only">空白</span>
      ) : href ? (
        <a href={href} className="report-cell-link">
          {text}
        </a>
      ) : (
        text
      )}
      {mismatch && <span className="report-printed">{printedNote(formatCell(column, value))}</span>}
    </>
  );
}

/** The header row of a section 二 table: 信息内容 and the column labels. `spans` widens columns on the printed grid. */
export function ItemListHead({ table, spans }: { table: TableDef; spans?: readonly number[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{table.rowHeaderLabel}</th>
        {table.columns.map((column, index) => (
          <th key={column.key} scope="col" colSpan={span(spans?.[index])}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The merged header rows of table 三 or 四, with the corner cell (table 三's balance note). */
export function CrossTableHead({ layout }: { layout: TableLayoutModel }) {
  return (
    <thead>
      {layout.headerRows.map((cells, level) => (
        <tr key={level}>
          {level === 0 && layout.corner && (
            <td colSpan={layout.corner.colSpan} rowSpan={layout.corner.rowSpan} className="report-corner">
              {layout.corner.text}
            </td>
          )}
          {cells.map((cell) => (
            <th key={cell.id} id={cell.id} scope={cell.scope} colSpan={span(cell.colSpan)} rowSpan={span(cell.rowSpan)}>
              {cell.text}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}

/** The row labels that start on one body row (a group label spans the rows under it). */
export function RowHeaderCells({ cells }: { cells: readonly RowHeaderCell[] }) {
  return cells.map((cell) => (
    <th key={cell.id} id={cell.id} scope={cell.scope} colSpan={span(cell.colSpan)} rowSpan={span(cell.rowSpan)} className="report-row-label">
      {cell.text}
    </th>
  ));
}

/** The caption of table 三 or 四, for screen readers (the section heading shows it on screen). */
export function CrossTableCaption({ table }: { table: TableDef }) {
  return <caption className="sr-only">{`${table.sectionNumber}、${table.title}`}</caption>;
}

/** A wide table scrolls sideways in a keyboard-reachable region named after the table. */
export function TableScrollRegion({ table, children }: { table: TableDef; children: React.ReactNode }) {
  return (
    <div className="report-table-scroll" role="region" aria-label={`表${table.sectionNumber} ${table.title}（可左右滚动）`} tabIndex={0}>
      {children}
    </div>
  );
}

/** Sections 二: a label column and up to three value columns on a four-column grid. */
function ItemListTable({ table, values, printed, cellHref }: TableProps) {
  const derived = deriveTable(table, values);
  const spans = table.columns.map((_, index) =>
    index === table.columns.length - 1 ? 3 - (table.columns.length - 1) : 1,
  );
  return (
    <table className="report-table report-grid4">
      <caption>{table.title}</caption>
      <colgroup>
        <col className="report-col-label" />
        <col />
        <col />
        <col />
      </colgroup>
      <ItemListHead table={table} spans={spans} />
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column, index) => (
              <td key={column.key} colSpan={span(spans[index])}>
                <CellText printedTotals={printed} derived={derived} row={row} column={column} href={cellHref?.(table.id, row.key, column.key)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tables 三 and 四: multi-level headers, tied to each cell with `headers`. */
function CrossTable({ table, values, printed, idPrefix, cellHref }: TableProps) {
  const derived = deriveTable(table, values);
  const layout = tableLayout(table, idPrefix);
  return (
    <table className={`report-table report-${table.id}`}>
      <CrossTableCaption table={table} />
      <CrossTableHead layout={layout} />
      <tbody>
        {layout.bodyRows.map(({ row, headerCells, rowHeaderIds }) => (
          <tr key={row.key} className={row.sumOf ? 'report-total-row' : undefined}>
            <RowHeaderCells cells={headerCells} />
            {table.columns.map((column) => (
              <td key={column.key} headers={cellHeaders(layout, column.key, rowHeaderIds)}>
                <CellText printedTotals={printed} derived={derived} row={row} column={column} href={cellHref?.(table.id, row.key, column.key)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportTable(props: TableProps) {
  return (
    <TableScrollRegion table={props.table}>
      {props.table.layout === 'item-list' ? <ItemListTable {...props} /> : <CrossTable {...props} />}
    </TableScrollRegion>
  );
}
