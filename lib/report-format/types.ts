// The vocabulary of the national report formats (see ./formats).

export type FormatId = 'gov-2019' | 'gov-2021';

/**
 * How a cell's value is typed:
 * - count: a non-negative integer (件数, 数量);
 * - signedCount: an integer that may be negative (2019 format 本年增/减);
 * - amount: a non-negative decimal in the column's printed unit (本年收费金额（单位：万元）);
 * - moneyWithUnit: a non-negative decimal with the unit the report writes in the
 *   cell, 元 or 万元, or none (2019 format 采购总金额, printed without a unit).
 */
export type ValueType = 'count' | 'signedCount' | 'amount' | 'moneyWithUnit';

export interface ColumnDef {
  key: string;
  /** The label exactly as printed. */
  label: string;
  /** A label that is clear on its own, for messages (e.g. 法人或其他组织（其他）). */
  messageLabel: string;
  valueType: ValueType;
  /** The printed unit, if any. */
  unit?: string;
  /** Header groups above the label, outermost first (e.g. ['行政诉讼', '复议后起诉']). */
  group?: readonly string[];
  /** A total: the sum of these columns of the same row. Never typed. */
  sumOf?: readonly string[];
}

export interface RowDef {
  key: string;
  /** The label exactly as printed; null for table 四's single unlabelled row. */
  label: string | null;
  /** `group`: a printed label spanning its child rows, holding no numbers. */
  kind: 'data' | 'group';
  parent?: string;
  /** A total row: the sum of these rows of the same column. Never typed. */
  sumOf?: readonly string[];
}

export type TableLayout = 'item-list' | 'cross-tab';

export interface TableDef {
  id: string;
  /** 表二 / 表三 / 表四 — the section whose table it is, as named in messages. */
  sectionNumber: '二' | '三' | '四';
  /** The printed title or caption, e.g. 第二十条第（一）项. */
  title: string;
  /** How messages name the table, e.g. 表二（第二十条第（一）项）. */
  messageName: string;
  /** The header of the row-label column (信息内容), where the format prints one. */
  rowHeaderLabel?: string;
  /** Text printed in the table's corner cell (table 三's balance note). */
  cornerNote?: string;
  /** Guidance shown beside the table in the editor (not printed). */
  guidance?: string;
  layout: TableLayout;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
}

export type SectionId = 's1' | 's2' | 's3' | 's4' | 's5' | 's6';

export interface SectionDef {
  id: SectionId;
  number: '一' | '二' | '三' | '四' | '五' | '六';
  title: string;
  kind: 'text' | 'tables';
  tables?: readonly string[];
  /** The placeholder the template prints, e.g. （文字描述）. */
  placeholder?: string;
  /** Customary sub-parts, offered as the skeleton of a new draft (section 一). */
  subtopics?: readonly string[];
  guidance?: string;
  /**
   * The length the format asks to keep to, in characters (2021 format: 总体情况
   * about 1000). Checked by rule s1_length and shown by the editor's counter,
   * both counting with textLength() (./text-length.ts).
   */
  maxLengthChars?: number;
}

export interface ReportFormat {
  id: FormatId;
  /** e.g. 国办公开办函〔2019〕60号 */
  source: string;
  sourceTitle: string;
  sourceDate: string;
  /** First report year the format applies to, and the last (null: still current). */
  firstYear: number;
  lastYear: number | null;
  sections: readonly SectionDef[];
  tables: readonly TableDef[];
}
