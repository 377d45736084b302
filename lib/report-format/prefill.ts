// A new year's draft starts from the department's published report of the
// year before: the values that carry over (./carry.ts) are filled and marked
// as carried. Cells last year left blank stay blank.
import { carriedValues, type PreviousReport } from './carry';
import { cellKey } from './cell-key';
import type { ParsedReportContent, TableCells } from './content';
import type { ReportFormat } from './types';

export function prefillFromPrevious(format: ReportFormat, draft: ParsedReportContent, previous: PreviousReport): ParsedReportContent {
  const tables: Record<string, TableCells> = structuredClone(draft.tables);
  const carried = new Set(draft.carried);
  for (const { tableId, rowKey, columnKey, value } of carriedValues(format, previous)) {
    if (value === null) continue;
    const row = ((tables[tableId] ??= {})[rowKey] ??= {});
    row[columnKey] = value;
    carried.add(cellKey(tableId, rowKey, columnKey));
  }
  return { ...draft, tables, carried: [...carried] };
}
