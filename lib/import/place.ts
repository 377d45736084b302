// Placing the rows read from the source into the report's cells: each value
// read by its column's type, totals kept as printed (printedTotals, never
// corrected), every placed cell with where it came from, and a problem that
// names the table, the row and the column for anything that could not be
// placed, rather than a guess.
import { cellKey } from '@/lib/report-format/cell-key';
import type { PrintedTotals, TableCells } from '@/lib/report-format/content';
import { numericValue } from '@/lib/report-format/derive';
import { cellMessageLabel, dataRows, isComputedCell, isInputCell, rowMessageLabel } from '@/lib/report-format/formats';
import type { ReportFormat, RowDef, TableDef } from '@/lib/report-format/types';
import type { RowReading } from './read-tables';
import type { CellSource, ImportProblem, TableConfidence } from './result';
import { readCell } from './values';

export interface PlacedTables {
  tables: Record<string, TableCells>;
  printedTotals: Record<string, PrintedTotals>;
  sources: Record<string, CellSource>;
  problems: ImportProblem[];
  confidence: TableConfidence[];
}

const rowTitle = (table: TableDef, row: RowDef) => {
  const label = rowMessageLabel(table, row);
  return label ? `${table.messageName} “${label}”` : table.messageName;
};

export function placeRows(format: ReportFormat, readings: readonly RowReading[]): PlacedTables {
  const placed: PlacedTables = { tables: {}, printedTotals: {}, sources: {}, problems: [], confidence: [] };
  for (const table of format.tables) {
    const cells: TableCells = {};
    for (const row of dataRows(table)) {
      for (const column of table.columns) if (isInputCell(row, column)) (cells[row.key] ??= {})[column.key] = null;
    }
    placed.tables[table.id] = cells;
  }
  const seen = new Map<string, string>();
  const counts = new Map<string, { found: number; unreadable: number }>(format.tables.map((table) => [table.id, { found: 0, unreadable: 0 }]));

  for (const reading of readings) {
    const { table, row } = reading;
    const count = counts.get(table.id)!;
    const values = [...reading.values];
    while (values.length > table.columns.length && values.at(-1)!.text.trim() === '') values.pop();
    const signature = values.map((value) => value.text).join('\t');
    const rowId = `${table.id}.${row.key}`;
    const earlier = seen.get(rowId);
    if (earlier !== undefined) {
      if (earlier !== signature) {
        placed.problems.push({
          level: 'warning',
          message: `${rowTitle(table, row)}在原文中出现了两次，数值不同；已采用第一次出现的数值，${reading.where}的数值未导入。`,
          tableId: table.id,
          rowKey: row.key,
        });
      }
      continue;
    }
    seen.set(rowId, signature);
    if (values.length !== table.columns.length) {
      count.unreadable += table.columns.length;
      placed.problems.push({
        level: 'error',
        message: `${rowTitle(table, row)}（${reading.where}）：读到 ${values.length} 个数值，应有 ${table.columns.length} 个（${table.columns.map((column) => column.messageLabel).join('、')}），无法确定各数值属于哪一列，这一行未导入。`,
        tableId: table.id,
        rowKey: row.key,
      });
      continue;
    }
    table.columns.forEach((column, index) => {
      const cell = values[index]!;
      const key = cellKey(table.id, row.key, column.key);
      placed.sources[key] = { where: cell.where, text: cell.text, ...(cell.line >= 0 ? { line: cell.line } : {}) };
      const reading = readCell(column, cell.text);
      if (!reading.ok) {
        count.unreadable++;
        placed.problems.push({
          level: 'error',
          message: `${cellMessageLabel(table, row, column)}：${reading.reason}（${cell.where}），无法读取，未导入。`,
          tableId: table.id,
          rowKey: row.key,
          columnKey: column.key,
        });
        return;
      }
      count.found++;
      if (reading.note) {
        placed.problems.push({ level: 'warning', message: `${cellMessageLabel(table, row, column)}：${reading.note}。`, tableId: table.id, rowKey: row.key, columnKey: column.key });
      }
      if (isComputedCell(row, column)) {
        if (reading.value !== null) ((placed.printedTotals[table.id] ??= {})[row.key] ??= {})[column.key] = numericValue(reading.value);
      } else {
        placed.tables[table.id]![row.key]![column.key] = reading.value;
      }
    });
  }

  for (const table of format.tables) {
    const missing = dataRows(table).filter((row) => !seen.has(`${table.id}.${row.key}`));
    if (missing.length === dataRows(table).length) {
      placed.problems.push({ level: 'error', message: `原文中没有找到${table.messageName}，这张表的数值未导入。`, tableId: table.id });
    } else {
      for (const row of missing) {
        placed.problems.push({ level: 'error', message: `原文中没有找到${rowTitle(table, row)}这一行，这一行的数值未导入。`, tableId: table.id, rowKey: row.key });
      }
    }
    const count = counts.get(table.id)!;
    placed.confidence.push({ tableId: table.id, found: count.found, expected: dataRows(table).length * table.columns.length, unreadable: count.unreadable });
  }
  return placed;
}
