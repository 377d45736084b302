// The statistical tables of a report in the official printed layout.
// No hooks: rendered on the server and in the browser alike (see
// report-table-of.tsx for why the public page sends values, not markup).
import type { PrintedTotals, TableCells } from '@/lib/report-format/content';
import { deriveTable, type DerivedTable } from '@/lib/report-format/derive';
import { formatCell } from '@/lib/report-format/display';
import { isComputedCell } from '@/lib/report-format/formats';
import { tableLayout } from '@/lib/report-format/layout';
import type { ColumnDef, RowDef, TableDef } from '@/lib/report-format/types';

export interface TableProps {
  table: TableDef;
  /** The table's cells as entered (totals are derived here). */
  values: TableCells | undefined;
  /** Totals as an imported report printed them, to show where they differ. */
  printed: PrintedTotals | undefined;
  idPrefix: string;
}

function CellText({ printedTotals, derived, row, column }: { printedTotals: PrintedTotals | undefined; derived: DerivedTable; row: RowDef; column: ColumnDef }) {
  const value = derived[row.key]?.[column.key] ?? null;
  const text = formatCell(column, value);
  const printed = isComputedCell(row, column) ? printedTotals?.[row.key]?.[column.key] : undefined;
  const differs = printed !== undefined && printed !== null && printed !== (typeof value === 'number' ? value : null);
  return (
    <>
      {text === '' ? <span className="sr-only">空白</span> : text}
      {differs && <span className="report-printed">（原文为{printed}）</span>}
    </>
  );
}

/** Sections 二: a label column and up to three value columns on a four-column grid. */
function ItemListTable({ table, values, printed }: TableProps) {
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
      <thead>
        <tr>
          <th scope="col">{table.rowHeaderLabel}</th>
          {table.columns.map((column, index) => (
            <th key={column.key} scope="col" colSpan={spans[index]! > 1 ? spans[index] : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column, index) => (
              <td key={column.key} colSpan={spans[index]! > 1 ? spans[index] : undefined}>
                <CellText printedTotals={printed} derived={derived} row={row} column={column} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tables 三 and 四: multi-level headers, tied to each cell with `headers`. */
function CrossTable({ table, values, printed, idPrefix }: TableProps) {
  const derived = deriveTable(table, values);
  const layout = tableLayout(table, idPrefix);
  return (
    <table className={`report-table report-${table.id}`}>
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
              <th
                key={cell.id}
                id={cell.id}
                scope={cell.scope}
                colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {layout.bodyRows.map(({ row, headerCells, rowHeaderIds }) => (
          <tr key={row.key} className={row.sumOf ? 'report-total-row' : undefined}>
            {headerCells.map((cell) => (
              <th
                key={cell.id}
                id={cell.id}
                scope={cell.scope}
                colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                className="report-row-label"
              >
                {cell.text}
              </th>
            ))}
            {table.columns.map((column) => (
              <td key={column.key} headers={[...layout.columnHeaderIds[column.key]!, ...rowHeaderIds].join(' ')}>
                <CellText printedTotals={printed} derived={derived} row={row} column={column} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportTable(props: TableProps) {
  const label = props.table.layout === 'item-list' ? `表二 ${props.table.title}` : `表${props.table.sectionNumber} ${props.table.title}`;
  return (
    <div className="report-table-scroll" role="region" aria-label={`${label}（可左右滚动）`} tabIndex={0}>
      {props.table.layout === 'item-list' ? <ItemListTable {...props} /> : <CrossTable {...props} />}
    </div>
  );
}
