// The key of one table cell, "tableId.rowKey.columnKey": how a report's
// `carried` list names cells, and how rule issues and comments are matched
// to their cell. Kept apart from ./content.ts so that code running in the
// browser (the editor, the rule checker) can use it without loading the
// schema library content.ts is built on.
export function cellKey(tableId: string, rowKey: string, columnKey: string): string {
  return `${tableId}.${rowKey}.${columnKey}`;
}
