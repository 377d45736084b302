// A table's merged cells (rowspan / colspan) expanded into a full grid, so
// that every grid position knows the cell it belongs to and labels can be
// read per row whatever the merging.
import { MAX_COL_SPAN, MAX_ROW_SPAN } from './errors';
import type { SourceCell, SourceItem } from './model';
import { collapseSpace } from './normalize';

export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

const clamp = (value: number, max: number) => (Number.isInteger(value) && value > 1 ? Math.min(value, max) : 1);

/** The rows of source table number `tableNumber` (1-based) as items, merged cells expanded. */
export function tableItems(rows: RawCell[][], tableNumber: number, nextOrigin: () => number): SourceItem[] {
  const grid: SourceCell[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    const line = grid[rowIndex]!;
    let column = 0;
    for (const raw of cells) {
      while (line[column]) column++;
      const rowSpan = Math.min(clamp(raw.rowSpan, MAX_ROW_SPAN), rows.length - rowIndex);
      const colSpan = clamp(raw.colSpan, MAX_COL_SPAN);
      const cell: SourceCell = {
        text: collapseSpace(raw.text),
        where: `第 ${tableNumber} 个表格 第 ${rowIndex + 1} 行 第 ${column + 1} 列`,
        origin: nextOrigin(),
        line: -1,
      };
      for (let down = 0; down < rowSpan; down++) {
        const target = grid[rowIndex + down]!;
        for (let across = 0; across < colSpan; across++) target[column + across] = cell;
      }
      column += colSpan;
    }
  });
  return grid.map((cells, rowIndex) => ({
    kind: 'row' as const,
    // Holes (rows shorter than the grid) read as nothing; keep only real cells.
    cells: Array.from(cells).filter((cell): cell is SourceCell => cell !== undefined),
    where: `第 ${tableNumber} 个表格 第 ${rowIndex + 1} 行`,
    line: -1,
    table: tableNumber,
  }));
}
