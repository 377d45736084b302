// A test report written as printed: its title, text and tables as the page
// shows them (labels and cells as written), each beside what the parser must
// read from it (expected values, blocks, 落款, problems). ./printed.ts lays it
// out in the official format; ./render.ts and ./render-docx.ts turn that into
// every input form.
import type { Money, TextBlock } from '@/lib/report-format/content';
import type { FormatId } from '@/lib/report-format/types';

/** What a cell must read as: a number, money, blank (null), or unreadable (a problem names it). */
export type Expected = number | Money | null | 'unreadable';

export interface RowSpec {
  /** The cells as printed, separated by |, one per column (totals included). */
  cells: string;
  expect: Expected[];
}

export interface TableSpec {
  /** Rows not listed print `defaults` (or 0 in every column, read as 0). */
  rows: Record<string, RowSpec>;
  defaults?: RowSpec;
}

export interface SectionSpec {
  /** The heading as printed, e.g. 五、存在的主要问题及整改措施. */
  heading: string;
  /** Lines as printed (sub-headings on their own line or run in). */
  lines: string[];
  expect: TextBlock[];
}

export interface ExpectedProblem {
  level: 'error' | 'warning';
  tableId?: string;
  rowKey?: string;
  columnKey?: string;
  /** Words the Chinese message must contain. */
  says: string[];
}

export interface Fixture {
  name: string;
  /** What the report is written to exercise. */
  covers: string[];
  formatId: FormatId;
  year: number;
  department: string;
  title: string;
  publishedOn: string;
  preamble: string[];
  sections: { s1: SectionSpec; s5: SectionSpec; s6: SectionSpec };
  /** Headings of the table sections as printed. */
  tableHeadings: { s2: string; s3: string; s4: string };
  /** Every table of the format: its printed rows, or 'absent' when the report leaves it out. */
  tables: Record<string, TableSpec | 'absent'>;
  /** Printed row labels that differ from the format's (variants, spaces inside). */
  labels?: Record<string, string>;
  layout: {
    /** Table 二 as one grid with caption rows, or one small table per item with the caption above it. */
    t2: 'grid' | 'separate';
    /** Split table 三 before this row (a page break in Word), repeating the group labels above it. */
    t3SplitBefore?: string;
    /** Header cells broken over two lines (本年新 / 制作数量). */
    brokenHeaders?: boolean;
    /** The Word copy carries an image (a scanned seal) under the 落款. */
    seal?: boolean;
  };
  signature: { lines: string[]; organization: string; date: string };
  problems: ExpectedProblem[];
  /** Rule issues checkReport must raise for printed totals, as “ruleId:tableId.rowKey.columnKey”. */
  printedTotalIssues: string[];
}
