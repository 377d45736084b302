// The printed shape of a table: merged header cells (rowspan/colspan) built
// from the column groups and the row hierarchy of the format, with the ids
// that tie every data cell to its headers (for screen readers).
import { dataRows, findRow } from './formats';
import type { ColumnDef, RowDef, TableDef } from './types';

interface HeaderCell {
  id: string;
  text: string;
  colSpan: number;
  rowSpan: number;
  scope: 'col' | 'colgroup';
}

/** The top-left cell above the row labels (a note or a column header). */
interface CornerCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** True when the cell is a header (信息内容), false when it is a note (table 三). */
  isHeader: boolean;
  id: string;
}

export interface RowHeaderCell {
  id: string;
  text: string;
  colSpan: number;
  rowSpan: number;
  scope: 'row' | 'rowgroup';
}

interface BodyRow {
  row: RowDef;
  /** Row-label cells that start on this row. */
  headerCells: RowHeaderCell[];
  /** Ids of every row label this row sits under, outermost first. */
  rowHeaderIds: string[];
}

export interface TableLayoutModel {
  corner: CornerCell | null;
  headerRows: HeaderCell[][];
  /** Column key → ids of its header cells, outermost first. */
  columnHeaderIds: Record<string, string[]>;
  /** How many label columns the rows have. */
  rowHeaderColumns: number;
  bodyRows: BodyRow[];
}

function columnPath(column: ColumnDef): string[] {
  return [...(column.group ?? []), column.label];
}

function ancestors(table: TableDef, row: RowDef): RowDef[] {
  const chain: RowDef[] = [];
  let parentKey = row.parent;
  while (parentKey) {
    const parent = findRow(table, parentKey);
    if (!parent) break;
    chain.unshift(parent);
    parentKey = parent.parent;
  }
  return chain;
}

// Formats are constant, so a table's layout is built once per id prefix and
// shared by every render (the editor re-renders its tables on each keystroke).
// Callers must treat the model as read-only.
const layouts = new WeakMap<TableDef, Map<string, TableLayoutModel>>();

/** `prefix` keeps ids unique when a page shows several reports. */
export function tableLayout(table: TableDef, prefix = ''): TableLayoutModel {
  let byPrefix = layouts.get(table);
  if (!byPrefix) layouts.set(table, (byPrefix = new Map()));
  let layout = byPrefix.get(prefix);
  if (!layout) byPrefix.set(prefix, (layout = buildLayout(table, prefix)));
  return layout;
}

/** The `headers` attribute of a data cell: its column's headers, then its row's. */
export function cellHeaders(layout: TableLayoutModel, columnKey: string, rowHeaderIds: readonly string[]): string {
  return [...(layout.columnHeaderIds[columnKey] ?? []), ...rowHeaderIds].join(' ');
}

function buildLayout(table: TableDef, prefix: string): TableLayoutModel {
  const base = `${prefix}${table.id.replace(/_.*$/, '')}${table.id.includes('art20') ? table.id.slice(-1) : ''}`;
  const rows = dataRows(table);
  const labelled = rows.filter((row) => row.label !== null);
  const rowHeaderColumns = labelled.length ? Math.max(...labelled.map((row) => ancestors(table, row).length + 1)) : 0;

  // Column headers: one header row per level of grouping.
  const paths = table.columns.map(columnPath);
  const levels = Math.max(...paths.map((path) => path.length));
  const headerRows: HeaderCell[][] = Array.from({ length: levels }, () => []);
  const columnHeaderIds: Record<string, string[]> = Object.fromEntries(table.columns.map((column) => [column.key, []]));
  for (let level = 0; level < levels; level++) {
    let index = 0;
    while (index < table.columns.length) {
      const path = paths[index]!;
      if (path.length <= level) {
        index++;
        continue;
      }
      const isLeaf = level === path.length - 1;
      const prefixKey = path.slice(0, level + 1).join('\u0000');
      let span = 1;
      while (
        !isLeaf &&
        index + span < table.columns.length &&
        paths[index + span]!.length > level + 1 &&
        paths[index + span]!.slice(0, level + 1).join('\u0000') === prefixKey
      ) {
        span++;
      }
      // A leaf under a shorter path spans the rows below it.
      const cell: HeaderCell = {
        id: `${base}h${level}_${index}`,
        text: path[level]!,
        colSpan: span,
        rowSpan: isLeaf ? levels - level : 1,
        scope: span > 1 ? 'colgroup' : 'col',
      };
      headerRows[level]!.push(cell);
      for (let covered = index; covered < index + span; covered++) columnHeaderIds[table.columns[covered]!.key]!.push(cell.id);
      index += span;
    }
  }

  const corner: CornerCell | null =
    rowHeaderColumns > 0
      ? {
          id: `${base}corner`,
          text: table.cornerNote ?? table.rowHeaderLabel ?? '',
          colSpan: rowHeaderColumns,
          rowSpan: levels,
          isHeader: !table.cornerNote,
        }
      : null;

  // Row headers: a group label spans the data rows under it.
  const descendantCount = (group: RowDef): number =>
    rows.filter((row) => ancestors(table, row).some((ancestor) => ancestor.key === group.key)).length;
  const started = new Set<string>();
  const bodyRows: BodyRow[] = rows.map((row) => {
    if (row.label === null) return { row, headerCells: [], rowHeaderIds: [] };
    const chain = [...ancestors(table, row), row];
    const headerCells: RowHeaderCell[] = [];
    const rowHeaderIds: string[] = [];
    chain.forEach((node, depth) => {
      const id = `${base}r_${node.key}`;
      rowHeaderIds.push(id);
      if (started.has(node.key)) return;
      started.add(node.key);
      const isOwn = node === row;
      headerCells.push({
        id,
        text: node.label ?? '',
        colSpan: isOwn ? rowHeaderColumns - depth : 1,
        rowSpan: isOwn ? 1 : descendantCount(node),
        scope: isOwn ? 'row' : 'rowgroup',
      });
    });
    return { row, headerCells, rowHeaderIds };
  });

  return { corner, headerRows, columnHeaderIds, rowHeaderColumns, bodyRows };
}
