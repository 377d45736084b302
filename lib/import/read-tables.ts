// Reading the items of sections 二 to 四 into table rows: which table and row
// each label names and which cells hold its values. Works on table rows
// (web page, Word, TAB-separated copy; merged cells expanded) and on a table
// flattened to one cell per line, where a row is its label followed by its
// values, and empty lines may stand for blank cells. Tables may be split into
// several small ones, repeat their headers or a group label after a page
// break, or come as one grid with caption rows (第二十条第（一）项).
import type { SectionId, TableDef, RowDef } from '@/lib/report-format/types';
import { hasUnlabelledRow, type LabelBook } from './labels';
import type { SourceCell, SourceItem } from './model';
import type { ImportProblem } from './result';
import { classifyCell } from './values';

export interface RowReading {
  table: TableDef;
  row: RowDef;
  values: SourceCell[];
  /** Where the row is, for messages. */
  where: string;
}

interface Pending extends RowReading {
  label: SourceCell | null;
}

type TextItem = Extract<SourceItem, { kind: 'text' }>;

const MAX_ROW_VALUES = 100;

const SECTION_TABLE: Partial<Record<SectionId, string>> = { s3: 't3_applications', s4: 't4_review_litigation' };

/** One merged cell once per row: consecutive grid cells of the same origin are one cell. */
function distinct(cells: readonly SourceCell[]): SourceCell[] {
  return cells.filter((cell, index) => index === 0 || cells[index - 1]!.origin !== cell.origin);
}

export class TableReader {
  readonly rows: RowReading[] = [];
  readonly problems: ImportProblem[] = [];
  private current: TableDef | null = null;
  private pending: Pending | null = null;
  private gap: TextItem[] = [];
  private readonly begun = new Set<string>();

  /** `spaced`: a flattened table separates its cells by one empty line (so a blank cell leaves three). */
  constructor(
    private readonly book: LabelBook,
    private readonly spaced: boolean,
  ) {}

  section(id: SectionId) {
    this.flush();
    const tableId = SECTION_TABLE[id];
    this.current = tableId ? (this.book.format.tables.find((table) => table.id === tableId) ?? null) : null;
  }

  item(item: SourceItem) {
    if (item.kind === 'row') this.row(item);
    else this.token(item);
  }

  finish() {
    this.flush();
  }

  private expected = (table: TableDef) => table.columns.length;

  private start(table: TableDef, row: RowDef, label: SourceCell | null, where: string) {
    this.pending = { table, row, label, values: [], where };
    this.current = table;
    this.begun.add(table.id);
  }

  /** Empty lines before a cell, as blank cells of the row being read (never beyond its width). */
  private gapBlanks(gap: TextItem[]) {
    const pending = this.pending;
    if (!pending) return;
    const count = this.spaced ? Math.floor(gap.length / 2) : gap.length;
    for (let index = 0; index < count && pending.values.length < this.expected(pending.table); index++) {
      const empty = gap[this.spaced ? index * 2 + 1 : index]!;
      pending.values.push({ text: '', where: empty.where, origin: -1, line: empty.line });
    }
  }

  private flush(gap: TextItem[] = this.gap) {
    this.gap = [];
    const pending = this.pending;
    if (!pending) return;
    this.gapBlanks(gap);
    this.pending = null;
    this.rows.push({ table: pending.table, row: pending.row, values: pending.values, where: pending.where });
  }

  private row(item: Extract<SourceItem, { kind: 'row' }>) {
    this.flush();
    const cells = distinct(item.cells);
    const written = cells.filter((cell) => cell.text !== '');
    if (!written.length) return;
    const caption = this.book.captionTable(written[0]!.text);
    if (caption && written.every((cell) => cell.text === written[0]!.text)) {
      this.current = caption;
      return;
    }
    for (let index = cells.length - 1; index >= 0; index--) {
      const cell = cells[index]!;
      if (classifyCell(cell.text) !== 'text') continue;
      const match = this.book.matchRow(cell.text, true, this.current);
      if (!match) continue;
      const values = cells.slice(index + 1);
      // A data row has cells for its values (blank ones too); a header such as 总计 or 其他 has only headers after it.
      if (match.row.kind === 'data' && !values.some((value) => classifyCell(value.text) !== 'text')) continue;
      this.current = match.table;
      if (match.row.kind === 'group') {
        if (values.some((value) => value.text !== '')) {
          this.problems.push({
            level: 'error',
            message: `${match.table.messageName}“${match.row.label}”是分组标题，不应有数值；${item.where}的数值未导入。`,
            tableId: match.table.id,
            rowKey: match.row.key,
          });
        }
        return;
      }
      this.begun.add(match.table.id);
      this.rows.push({ table: match.table, row: match.row, values, where: item.where });
      return;
    }
    const texts = written.filter((cell) => classifyCell(cell.text) === 'text');
    if (texts.length === written.length) {
      for (const cell of texts) this.current = this.book.headerTable(cell.text) ?? this.current;
      if (!texts.some((cell) => this.book.isHeader(cell.text))) this.ignored(item.where, texts.map((cell) => cell.text).join(' '));
      return;
    }
    if (texts.length === 0 && this.current && hasUnlabelledRow(this.current)) {
      this.begun.add(this.current.id);
      this.rows.push({ table: this.current, row: this.current.rows[0]!, values: cells, where: item.where });
      return;
    }
    this.problems.push({
      level: 'error',
      message:
        texts.length > 0
          ? `${item.where}的行标题“${texts.map((cell) => cell.text).join(' ')}”无法识别${this.current ? `（位于${this.current.messageName}）` : ''}，这一行的数值未导入。`
          : `${item.where}没有行标题，无法确定数值属于${this.current ? `${this.current.messageName}的` : ''}哪一行，未导入。`,
      ...(this.current ? { tableId: this.current.id } : {}),
    });
  }

  private token(item: TextItem) {
    if (item.text === '') {
      this.gap.push(item);
      return;
    }
    const gap = this.gap;
    this.gap = [];
    const cell: SourceCell = { text: item.text, where: item.where, origin: -1, line: item.line };
    if (classifyCell(item.text) !== 'text') return this.value(cell, gap);
    const caption = this.book.captionTable(item.text);
    if (caption) {
      this.flush(gap);
      this.current = caption;
      return;
    }
    // A column header repeated after a page break (总计, 其他) is no row label, however the rows are numbered.
    const match = this.book.isExactHeader(item.text) ? null : this.book.matchRow(item.text, this.current !== null && this.begun.has(this.current.id), this.current);
    if (match) {
      this.flush(gap);
      if (match.row.kind === 'group') this.current = match.table;
      else this.start(match.table, match.row, cell, item.where);
      return;
    }
    if (this.book.isHeader(item.text)) {
      this.flush(gap);
      this.current = this.book.headerTable(item.text) ?? this.current;
      return;
    }
    const pending = this.pending;
    if (pending?.label && pending.values.length === 0) {
      // The rest of a label broken over two lines.
      pending.label = { ...pending.label, text: pending.label.text + item.text };
      return;
    }
    if (pending && pending.values.length < this.expected(pending.table)) return this.value(cell, gap);
    this.flush(gap);
    this.ignored(item.where, item.text);
  }

  private value(cell: SourceCell, gap: TextItem[]) {
    if (!this.pending && this.current && hasUnlabelledRow(this.current) && !this.begun.has(this.current.id)) {
      this.start(this.current, this.current.rows[0]!, null, cell.where);
    }
    const pending = this.pending;
    if (!pending) {
      this.problems.push({
        level: 'error',
        message: `${cell.where}的数值“${cell.text}”前没有可识别的行标题，无法确定属于哪个表格的哪一行，未导入。`,
        ...(this.current ? { tableId: this.current.id } : {}),
      });
      return;
    }
    this.gapBlanks(gap);
    // A row with far more values than columns is wrong whatever follows; keep it bounded.
    if (pending.values.length < MAX_ROW_VALUES) pending.values.push(cell);
  }

  private ignored(where: string, text: string) {
    if (text.length <= 15) return;
    this.problems.push({ level: 'warning', message: `${where}的文字“${text.slice(0, 40)}${text.length > 40 ? '…' : ''}”位于统计表格部分，不是表格内容，未导入。` });
  }
}
