// A new year's draft starts from the department's published report of the
// year before: the values that carry over are filled and marked as carried.
//   表三 二、上年结转 ← 四、结转下年度继续办理 (also from 2020 to 2021)
//   2019 format: 上一年项目数量 ← 上一年项目数量 + 本年增/减
//   2021 format: 现行有效件数 ← last year's 现行有效件数 (then adjusted by this year's 制发/废止)
import { cellKey } from './cell-key';
import type { ParsedReportContent, TableCells } from './content';
import { deriveTable, numericValue, storedValue } from './derive';
import { findTable } from './formats';
import { APPLICANT_COLUMN_KEYS } from './formats/shared';
import type { ReportFormat } from './types';
import type { PreviousReport } from './rules/check-report';

function setCell(tables: Record<string, TableCells>, tableId: string, rowKey: string, columnKey: string, value: number) {
  const table = (tables[tableId] ??= {});
  const row = (table[rowKey] ??= {});
  row[columnKey] = value;
}

export function prefillFromPrevious(
  format: ReportFormat,
  draft: ParsedReportContent,
  previous: PreviousReport,
): ParsedReportContent {
  const tables: Record<string, TableCells> = structuredClone(draft.tables);
  const carried = new Set(draft.carried);

  const previousT3 = findTable(previous.format, 't3_applications');
  if (previousT3 && findTable(format, 't3_applications')) {
    const derived = deriveTable(previousT3, previous.content.tables.t3_applications);
    for (const columnKey of APPLICANT_COLUMN_KEYS) {
      const value = derived.carried_forward?.[columnKey] ?? null;
      if (value === null) continue;
      setCell(tables, 't3_applications', 'carried_over', columnKey, numericValue(value));
      carried.add(cellKey('t3_applications', 'carried_over', columnKey));
    }
  }

  if (format.id === 'gov-2019' && previous.format.id === 'gov-2019') {
    for (const tableId of ['t2_art20_5', 't2_art20_6', 't2_art20_8']) {
      const table = findTable(format, tableId);
      if (!table) continue;
      for (const row of table.rows) {
        const before = storedValue(previous.content.tables[tableId], row.key, 'prev_year_items');
        const change = storedValue(previous.content.tables[tableId], row.key, 'change');
        if (before === null && change === null) continue;
        setCell(tables, tableId, row.key, 'prev_year_items', numericValue(before) + numericValue(change));
        carried.add(cellKey(tableId, row.key, 'prev_year_items'));
      }
    }
  }

  if (format.id === 'gov-2021' && previous.format.id === 'gov-2021') {
    const table = findTable(format, 't2_art20_1');
    for (const row of table?.rows ?? []) {
      const inForce = storedValue(previous.content.tables.t2_art20_1, row.key, 'in_force');
      if (inForce === null) continue;
      setCell(tables, 't2_art20_1', row.key, 'in_force', numericValue(inForce));
      carried.add(cellKey('t2_art20_1', row.key, 'in_force'));
    }
  }

  return { ...draft, tables, carried: [...carried] };
}
