// What changed between two versions of a report's content: paragraph by
// paragraph and cell by cell, for the approver who sees a resubmission.
import type { ParsedReportContent, TextBlock } from './content';
import { formatCell } from './display';
import { cellMessageLabel, getTable, isInputCell } from './formats';
import { storedValue } from './derive';
import type { ReportFormat } from './types';

export type ContentChange =
  | { kind: 'text'; place: string; change: 'added' | 'removed' | 'changed'; before: string | null; after: string | null }
  | { kind: 'cell'; place: string; tableId: string; rowKey: string; columnKey: string; before: string; after: string };

function blockText(block: TextBlock): string {
  return block.type === 'heading' ? `【小标题】${block.text}` : block.text;
}

/** Paragraph-level diff of two block lists (longest common subsequence). */
function diffBlocks(place: string, before: readonly TextBlock[], after: readonly TextBlock[]): ContentChange[] {
  const a = before.map(blockText).filter((text) => text.trim() !== '');
  const b = after.map(blockText).filter((text) => text.trim() !== '');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  const changes: ContentChange[] = [];
  const flush = () => {
    // A removed paragraph next to an added one is shown as one change.
    while (removed.length && added.length) {
      changes.push({ kind: 'text', place, change: 'changed', before: removed.shift()!, after: added.shift()! });
    }
    for (const text of removed.splice(0)) changes.push({ kind: 'text', place, change: 'removed', before: text, after: null });
    for (const text of added.splice(0)) changes.push({ kind: 'text', place, change: 'added', before: null, after: text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(b[j++]!);
    } else {
      removed.push(a[i++]!);
    }
  }
  flush();
  return changes;
}

export function diffContent(format: ReportFormat, before: ParsedReportContent, after: ParsedReportContent): ContentChange[] {
  const changes: ContentChange[] = [];
  if (before.preamble !== after.preamble) {
    changes.push({ kind: 'text', place: '报告开头', change: 'changed', before: before.preamble, after: after.preamble });
  }
  for (const section of format.sections) {
    if (section.kind === 'text') {
      changes.push(...diffBlocks(`${section.number}、${section.title}`, before.sections[section.id] ?? [], after.sections[section.id] ?? []));
      continue;
    }
    for (const tableId of section.tables ?? []) {
      const table = getTable(format, tableId);
      for (const row of table.rows) {
        for (const column of table.columns) {
          if (!isInputCell(row, column)) continue;
          const was = formatCell(column, storedValue(before.tables[tableId], row.key, column.key));
          const now = formatCell(column, storedValue(after.tables[tableId], row.key, column.key));
          if (was === now) continue;
          changes.push({
            kind: 'cell',
            place: cellMessageLabel(table, row, column),
            tableId,
            rowKey: row.key,
            columnKey: column.key,
            before: was === '' ? '（空白）' : was,
            after: now === '' ? '（空白）' : now,
          });
        }
      }
    }
  }
  const sign = (content: ParsedReportContent) => `${content.signature.organization} ${content.signature.date ?? ''}`.trim();
  if (sign(before) !== sign(after)) {
    changes.push({ kind: 'text', place: '落款', change: 'changed', before: sign(before), after: sign(after) });
  }
  return changes;
}
