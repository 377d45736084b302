// The shapes parseReport (./parse-report.ts) returns; kept apart so that the
// parts of the parser can share them without importing each other.
import type { ParsedReportContent } from '@/lib/report-format/content';
import type { FormatId } from '@/lib/report-format/types';

export type ImportKind = 'html' | 'text' | 'docx';

export interface ImportInput {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName?: string;
}

/** Where a cell's value came from, for the preview (clicking a cell shows it). */
export interface CellSource {
  /** Chinese, e.g. “第 2 个表格 第 5 行 第 3 列” or “第 120 行”. */
  where: string;
  /** The source text of the cell as written. */
  text: string;
  /** 0-based index into sourceLines when known. */
  line?: number;
}

export interface ImportProblem {
  level: 'error' | 'warning';
  /** Chinese; names the table, the row and the column where it concerns a cell. */
  message: string;
  tableId?: string;
  rowKey?: string;
  columnKey?: string;
}

export interface TableConfidence {
  tableId: string;
  /** Cells read (a value, or blank where the report left the cell empty). */
  found: number;
  /** Cells of the table in the format (totals included). */
  expected: number;
  /** Cells whose row was found but whose value could not be read or placed. */
  unreadable: number;
}

export interface ParsedImport {
  /** e.g. 章贡区财政局2020年政府信息公开工作年度报告 */
  title: string | null;
  /** e.g. 章贡区财政局 */
  departmentName: string | null;
  year: number | null;
  formatId: FormatId | null;
  /** Valid per validateContent(getFormat(formatId), content) when formatId is known; printed totals in printedTotals. */
  content: ParsedReportContent;
  /** By cellKey(tableId, rowKey, columnKey). */
  sources: Record<string, CellSource>;
  /** Per table of the format. */
  confidence: TableConfidence[];
  problems: ImportProblem[];
  /** The source as text lines (chrome removed), to show beside the parsed report. */
  sourceLines: string[];
  /** YYYY-MM-DD when the page states a publication date (发布时间/发布日期), else null. */
  publishedOn: string | null;
  /** How the text was encoded (web pages and text files). */
  encoding: 'UTF-8' | 'UTF-16' | 'GB18030' | null;
}
