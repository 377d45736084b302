// A fixture laid out as the national format prints it: title, preamble, the
// six sections, tables with their merged header cells and row labels
// (rowspan / colspan), and the 落款. Every input form is rendered from this.
import { dataRows, findRow, getFormat } from '@/lib/report-format/formats';
import { tableLayout } from '@/lib/report-format/layout';
import type { RowDef, TableDef } from '@/lib/report-format/types';
import type { Fixture, TableSpec } from './fixture';

export interface PrintedCell {
  /** May hold a line break (a label or header printed on two lines). */
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

export type PrintedBlock =
  | { kind: 'title' | 'heading' | 'paragraph' | 'signature'; text: string }
  | { kind: 'table'; rows: PrintedCell[][] };

const spec = (fixture: Fixture, table: TableDef): TableSpec => {
  const tableSpec = fixture.tables[table.id];
  if (!tableSpec || tableSpec === 'absent') throw new Error(`fixture ${fixture.name} has no table ${table.id}`);
  return tableSpec;
};

/** The printed cells of a row: as the fixture gives them, or 0 in every column. */
export function printedCells(fixture: Fixture, table: TableDef, row: RowDef): string[] {
  const tableSpec = spec(fixture, table);
  const given = tableSpec.rows[row.key] ?? tableSpec.defaults;
  const cells = given ? given.cells.split('|') : table.columns.map(() => '0');
  if (cells.length !== table.columns.length) throw new Error(`fixture ${fixture.name}: ${table.id}.${row.key} prints ${cells.length} cells`);
  return cells;
}

const label = (fixture: Fixture, row: RowDef) => fixture.labels?.[row.key] ?? row.label ?? '';

/** A header broken over two lines the way narrow Word columns print it (本年新 / 制作数量). */
const header = (fixture: Fixture, text: string) => (fixture.layout.brokenHeaders && text.length >= 6 ? `${text.slice(0, 3)}\n${text.slice(3)}` : text);

function article20Tables(fixture: Fixture, tables: TableDef[]): PrintedBlock[] {
  const grid = fixture.layout.t2 === 'grid';
  const blocks: PrintedBlock[] = [];
  const gridRows: PrintedCell[][] = [];
  for (const table of tables) {
    // On the official 4-column grid the last value column spans what is left.
    const spans = table.columns.map((_, index) => (grid && index === table.columns.length - 1 ? 4 - table.columns.length : 1));
    const rows: PrintedCell[][] = [
      [{ text: table.rowHeaderLabel ?? '' }, ...table.columns.map((column, index) => ({ text: header(fixture, column.label), colSpan: spans[index] }))],
      ...table.rows.map((row) => [
        { text: label(fixture, row) },
        ...printedCells(fixture, table, row).map((text, index) => ({ text, colSpan: spans[index] })),
      ]),
    ];
    if (grid) gridRows.push([{ text: table.title, colSpan: 4 }], ...rows);
    else blocks.push({ kind: 'paragraph', text: table.title }, { kind: 'table', rows });
  }
  return grid ? [{ kind: 'table', rows: gridRows }] : blocks;
}

function ancestors(table: TableDef, row: RowDef): RowDef[] {
  const chain: RowDef[] = [];
  for (let parent = row.parent ? findRow(table, row.parent) : undefined; parent; parent = parent.parent ? findRow(table, parent.parent) : undefined) {
    chain.unshift(parent);
  }
  return chain;
}

function headerRows(table: TableDef): PrintedCell[][] {
  const layout = tableLayout(table);
  return layout.headerRows.map((cells, level) => [
    ...(level === 0 && layout.corner ? [{ text: layout.corner.text, colSpan: layout.corner.colSpan, rowSpan: layout.corner.rowSpan }] : []),
    ...cells.map((cell) => ({ text: cell.text, colSpan: cell.colSpan, rowSpan: cell.rowSpan })),
  ]);
}

/** Rows of a cross table with their labels: a group label spans its rows within this part of the table. */
function crossRows(fixture: Fixture, table: TableDef, rows: RowDef[], labelColumns: number): PrintedCell[][] {
  const started = new Set<string>();
  return rows.map((row) => {
    const cells: PrintedCell[] = [];
    if (row.label !== null) {
      [...ancestors(table, row), row].forEach((node, depth) => {
        if (started.has(node.key)) return;
        started.add(node.key);
        const own = node === row;
        const under = rows.filter((candidate) => ancestors(table, candidate).some((ancestor) => ancestor.key === node.key)).length;
        cells.push({ text: label(fixture, node), colSpan: own ? labelColumns - depth : 1, rowSpan: own ? 1 : under });
      });
    }
    return [...cells, ...printedCells(fixture, table, row).map((text) => ({ text }))];
  });
}

function crossTable(fixture: Fixture, table: TableDef): PrintedBlock[] {
  const rows = dataRows(table);
  const labelColumns = tableLayout(table).rowHeaderColumns;
  const split = fixture.layout.t3SplitBefore && table.id === 't3_applications' ? rows.findIndex((row) => row.key === fixture.layout.t3SplitBefore) : -1;
  const parts = split > 0 ? [rows.slice(0, split), rows.slice(split)] : [rows];
  // A table broken by hand at a page break: the second part repeats the header and the group labels.
  return parts.map((part) => ({ kind: 'table', rows: [...headerRows(table), ...crossRows(fixture, table, part, labelColumns)] }));
}

export function printedReport(fixture: Fixture): PrintedBlock[] {
  const format = getFormat(fixture.formatId);
  const present = format.tables.filter((table) => fixture.tables[table.id] !== 'absent');
  const text = (section: { heading: string; lines: string[] }): PrintedBlock[] => [
    { kind: 'heading', text: section.heading },
    ...section.lines.map((line) => ({ kind: 'paragraph' as const, text: line })),
  ];
  return [
    { kind: 'title', text: fixture.title },
    ...fixture.preamble.map((line) => ({ kind: 'paragraph' as const, text: line })),
    ...text(fixture.sections.s1),
    { kind: 'heading', text: fixture.tableHeadings.s2 },
    ...article20Tables(fixture, present.filter((table) => table.sectionNumber === '二')),
    { kind: 'heading', text: fixture.tableHeadings.s3 },
    ...present.filter((table) => table.id === 't3_applications').flatMap((table) => crossTable(fixture, table)),
    { kind: 'heading', text: fixture.tableHeadings.s4 },
    ...present.filter((table) => table.id === 't4_review_litigation').flatMap((table) => crossTable(fixture, table)),
    ...text(fixture.sections.s5),
    ...text(fixture.sections.s6),
    ...fixture.signature.lines.map((line) => ({ kind: 'signature' as const, text: line })),
  ];
}
