// The labels of a format's tables as real reports print them: row labels
// with their variants (规范性文件 / 行政规范性文件, labels without numbering or
// with a wrapped note), column headers (to tell header rows from data rows
// and which table they head) and the captions of table 二's sub-tables.
import type { ReportFormat, RowDef, TableDef } from '@/lib/report-format/types';
import { labelCore, labelKey } from './normalize';

/** Labels that real reports print for a row, beside the format's own. */
const ROW_VARIANTS: Record<string, readonly string[]> = {
  normative_documents: ['行政规范性文件'],
  administrative_normative_documents: ['规范性文件'],
  other_external_services: ['其他对外管理服务', '其他对外管理服务事项数量'],
  government_central_procurement: ['政府集中采购情况'],
};

interface RowEntry {
  table: TableDef;
  row: RowDef;
  keys: Set<string>;
  cores: Set<string>;
  core: string;
}

export interface RowMatch {
  table: TableDef;
  row: RowDef;
}

export class LabelBook {
  private readonly rows: RowEntry[] = [];
  private readonly headerKeys = new Map<string, Set<TableDef>>();

  constructor(readonly format: ReportFormat) {
    for (const table of format.tables) {
      for (const row of table.rows) {
        if (row.label === null) continue;
        const labels = [row.label, ...(ROW_VARIANTS[row.key] ?? [])];
        this.rows.push({
          table,
          row,
          keys: new Set(labels.map(labelKey)),
          cores: new Set(labels.map(labelCore)),
          core: labelCore(row.label),
        });
      }
      const headers = [table.rowHeaderLabel ?? '', ...table.columns.flatMap((column) => [column.label, ...(column.group ?? [])])];
      for (const header of headers.filter(Boolean).map(labelKey)) {
        if (!this.headerKeys.has(header)) this.headerKeys.set(header, new Set());
        this.headerKeys.get(header)!.add(table);
      }
    }
  }

  /**
   * The row a label names. `relaxed` also accepts short labels without their
   * numbering (总计 for （七）总计), which in a flattened copy could be a column header.
   */
  matchRow(text: string, relaxed: boolean, prefer: TableDef | null): RowMatch | null {
    const key = labelKey(text);
    const core = labelCore(text);
    if (!key) return null;
    let best: { entry: RowEntry; score: number } | null = null;
    for (const entry of this.rows) {
      let score = 0;
      if (entry.keys.has(key)) score = 4;
      else if (core && entry.cores.has(core) && (core.length >= 4 || relaxed)) score = 3;
      else if (core.length >= 4 && entry.core.length >= 4 && core.startsWith(entry.core)) score = 2;
      else if (core.length >= 6 && entry.core.startsWith(core)) score = 1;
      if (score === 0) continue;
      const better =
        !best ||
        score > best.score ||
        (score === best.score && entry.table === prefer && best.entry.table !== prefer) ||
        (score === best.score && (entry.table === prefer) === (best.entry.table === prefer) && entry.core.length > best.entry.core.length);
      if (better) best = { entry, score };
    }
    return best ? { table: best.entry.table, row: best.entry.row } : null;
  }

  /** The sub-table of table 二 a caption such as 第二十条第（一）项 names. */
  captionTable(text: string): TableDef | null {
    if (text.length > 40) return null;
    const match = /第二十条第([一二三四五六七八九十]+)项/u.exec(labelKey(text));
    if (!match) return null;
    return this.format.tables.find((table) => labelKey(table.title) === `第二十条第${match[1]}项`) ?? null;
  }

  /** Whether a text is exactly a column header (总计, 其他, 自然人, …). */
  isExactHeader(text: string): boolean {
    return this.headerKeys.has(labelKey(text));
  }

  /** Whether a text is a column header (or a piece of one broken over two lines, or table 三's corner note). */
  isHeader(text: string): boolean {
    const key = labelKey(text);
    if (key.length < 2) return false;
    if (key.includes('勾稽关系') || this.headerKeys.has(key)) return true;
    for (const header of this.headerKeys.keys()) if (header.includes(key)) return true;
    return false;
  }

  /** The table a header names when only one table has it (申请人情况 → 表三, 行政复议 → 表四). */
  headerTable(text: string): TableDef | null {
    const key = labelKey(text);
    if (key.includes('勾稽关系')) return this.format.tables.find((table) => table.id === 't3_applications') ?? null;
    const tables = this.headerKeys.get(key);
    return tables && tables.size === 1 ? [...tables][0]! : null;
  }
}

/** Whether a table has a single unlabelled data row (table 四). */
export const hasUnlabelledRow = (table: TableDef) => table.rows.length === 1 && table.rows[0]!.label === null;
