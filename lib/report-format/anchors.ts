// Element ids of the places a rule issue or a comment points to, shared by
// the editor, the review page and the issue lists that link to them.
import { cellKey } from './cell-key';
import { cellMessageLabel, findColumn, findRow, findTable } from './formats';
import type { IssueLocation } from './rules/check-report';
import type { ReportFormat } from './types';

export const cellElementId = (tableId: string, rowKey: string, columnKey: string) => `cell-${tableId}-${rowKey}-${columnKey}`;
export const sectionElementId = (sectionId: string) => `section-${sectionId}`;
export const tableElementId = (tableId: string) => `table-${tableId}`;
/** A paragraph or sub-heading's field in the editor (components/editor/text-blocks-editor.tsx). */
export const blockElementId = (sectionId: string, index: number) => `${sectionId}-block-${index}`;
export const SIGNATURE_ELEMENT_ID = 'signature';
/** The opening paragraph's part of the editor (components/editor/report-editor.tsx). */
export const PREAMBLE_ELEMENT_ID = 'preamble';

export function locationElementId(location: IssueLocation): string {
  switch (location.kind) {
    case 'cell':
      return cellElementId(location.tableId, location.rowKey, location.columnKey);
    case 'section':
      return sectionElementId(location.sectionId);
    case 'table':
      return tableElementId(location.tableId);
    case 'block':
      return blockElementId(location.sectionId, location.index);
    case 'preamble':
      return PREAMBLE_ELEMENT_ID;
    case 'signature':
      return SIGNATURE_ELEMENT_ID;
  }
}

/** How a comment's place is named: 整份报告, a section, or a table cell. */
export function anchorLabel(
  format: ReportFormat,
  anchor: { kind: 'report' } | { kind: 'section'; sectionId: string } | { kind: 'cell'; tableId: string; rowKey: string; columnKey: string },
): string {
  if (anchor.kind === 'report') return '整份报告';
  if (anchor.kind === 'section') {
    const section = format.sections.find((candidate) => candidate.id === anchor.sectionId);
    return section ? `${section.number}、${section.title}` : anchor.sectionId;
  }
  const table = findTable(format, anchor.tableId);
  const row = table && findRow(table, anchor.rowKey);
  const column = table && findColumn(table, anchor.columnKey);
  // A comment outlives format changes; name an unknown place by its stored key.
  if (!table || !row || !column) return cellKey(anchor.tableId, anchor.rowKey, anchor.columnKey);
  return cellMessageLabel(table, row, column);
}
