// The parts of a published report that the district summary, the public
// statistics and the 雷同 check query across many reports, one row each: every
// numeric cell (public_report_cells), every rule failure
// (public_report_issues) and the fingerprints of every text section
// (public_report_texts). Written with the report's public_reports row
// (./public-index.ts), so they are never behind what the public reads.
// (No server-only import: the demo-data scripts use it too.)
import type { DbClient, DbTx } from '@/lib/db/create-client';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { deriveTable, isMoney } from '@/lib/report-format/derive';
import { dataRows, getFormat, isComputedCell, textSections } from '@/lib/report-format/formats';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import { checkReport } from '@/lib/report-format/rules/check-report';
import type { ReportFormat } from '@/lib/report-format/types';
import { readContent } from '@/lib/reports/stored-content';
import { fingerprints } from '@/lib/quality/similarity';

/** Raise when what is written changes; rows with an older version are written again at start (fillMissingPublicDetails). */
export const PUBLIC_DETAILS_VERSION = 1;

export interface CellRow {
  tableId: string;
  rowKey: string;
  columnKey: string;
  value: number;
  computed: boolean;
}

/** 万元 to 元: money in a common unit, so that reports in either unit add up. */
export function moneyInYuan(amount: number, unit: string | null): number {
  return unit === '万元' ? Math.round(amount * 10000 * 100) / 100 : amount;
}

/** Every cell with a value (blank cells have none), totals included and marked. */
export function reportCells(format: ReportFormat, content: ParsedReportContent): CellRow[] {
  const rows: CellRow[] = [];
  for (const table of format.tables) {
    const derived = deriveTable(table, content.tables[table.id]);
    for (const row of dataRows(table)) {
      for (const column of table.columns) {
        const cell = derived[row.key]?.[column.key] ?? null;
        if (cell === null) continue;
        const value = isMoney(cell) ? moneyInYuan(cell.amount, cell.unit) : cell;
        rows.push({ tableId: table.id, rowKey: row.key, columnKey: column.key, value, computed: isComputedCell(row, column) });
      }
    }
  }
  return rows;
}

/** The text of each text section as printed (no empty block, no bare sub-heading). */
export function sectionTexts(format: ReportFormat, content: ParsedReportContent): { sectionId: string; text: string }[] {
  return textSections(format).map((section) => ({
    sectionId: section.id,
    text: printedBlocks(content.sections[section.id] ?? [])
      .map((block) => block.text.trim())
      .join('\n'),
  }));
}

interface Owner {
  reportId: string;
  districtId: string;
  departmentId: string;
  year: number;
}

/** Replaces the report's cell, issue and text rows with those of `content` (inside the caller's transaction). */
export async function writePublicDetails(tx: DbClient | DbTx, owner: Owner, format: ReportFormat, content: ParsedReportContent): Promise<void> {
  const { reportId } = owner;
  await tx.publicReportCell.deleteMany({ where: { reportId } });
  await tx.publicReportIssue.deleteMany({ where: { reportId } });
  await tx.publicReportText.deleteMany({ where: { reportId } });
  const cells = reportCells(format, content);
  if (cells.length) await tx.publicReportCell.createMany({ data: cells.map((cell) => ({ ...owner, ...cell })) });
  const errors = checkReport(format, content, { year: owner.year }).filter((issue) => issue.severity === 'error');
  const keys = new Map(errors.map((issue) => [issue.key, issue.ruleId]));
  if (keys.size) await tx.publicReportIssue.createMany({ data: [...keys].map(([key, ruleId]) => ({ reportId, key, ruleId })) });
  const texts = sectionTexts(format, content).filter((section) => section.text !== '');
  if (texts.length) {
    await tx.publicReportText.createMany({
      data: texts.map((section) => ({ ...owner, sectionId: section.sectionId, fingerprints: fingerprints(section.text) })),
    });
  }
  await tx.publicReport.update({ where: { reportId }, data: { detailsVersion: PUBLIC_DETAILS_VERSION } });
}

/**
 * Writes the detail rows of public reports that have none yet or an older
 * version (rows copied by a migration), in batches; returns how many.
 */
export async function fillMissingPublicDetails(db: DbClient, batchSize = 100): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.publicReport.findMany({
      where: { detailsVersion: { lt: PUBLIC_DETAILS_VERSION } },
      orderBy: { reportId: 'asc' },
      take: batchSize,
      select: { reportId: true, districtId: true, departmentId: true, year: true, editionId: true },
    });
    if (rows.length === 0) return filled;
    const editions = new Map(
      (await db.reportEdition.findMany({ where: { id: { in: rows.map((row) => row.editionId) } }, select: { id: true, formatId: true, content: true } })).map((edition) => [edition.id, edition]),
    );
    for (const { editionId, ...owner } of rows) {
      const edition = editions.get(editionId);
      if (!edition) continue;
      await db.$transaction((tx) => writePublicDetails(tx, owner, getFormat(edition.formatId), readContent(edition.content)));
    }
    filled += rows.length;
  }
}
