// Keeps the public directory's index (the public_reports table) in step with
// what the public may read: a report's row follows its published edition, and
// a department's rows follow its name, address and place in the order. Called
// inside the transaction of the change, so the index is never behind.
// (No server-only import: the demo-data scripts use it too.)
import type { DbClient, DbTx } from '@/lib/db/create-client';
import { getFormat } from '@/lib/report-format/formats';
import { reportSearchText } from '@/lib/report-format/search-text';
import { writePublicDetails } from './public-details';
import { readContent } from '@/lib/reports/stored-content';
import { normalizeSearchText, searchTokens } from '@/lib/search/chinese-search';

type Client = DbClient | DbTx;

/** Writes the report's row from its published edition, or removes it when nothing is published. */
export async function syncPublicReport(tx: Client, reportId: string): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      year: true,
      isDemo: true,
      firstPublishedAt: true,
      department: { select: { id: true, districtId: true, slug: true, name: true, sortOrder: true } },
      publishedEdition: { select: { id: true, number: true, title: true, publishedAt: true, formatId: true, content: true } },
    },
  });
  const edition = report.publishedEdition;
  if (!edition) {
    await tx.publicReport.deleteMany({ where: { reportId } });
    await countPublishedReports(tx, report.department.id);
    return;
  }
  const content = readContent(edition.content);
  const searchText = normalizeSearchText(reportSearchText(edition.title, content));
  const row = {
    editionId: edition.id,
    departmentId: report.department.id,
    districtId: report.department.districtId,
    year: report.year,
    departmentSort: report.department.sortOrder,
    departmentSlug: report.department.slug,
    departmentName: report.department.name,
    title: edition.title,
    editionNumber: edition.number,
    publishedAt: edition.publishedAt,
    firstPublishedAt: report.firstPublishedAt ?? edition.publishedAt,
    isDemo: report.isDemo,
    searchText,
    searchTokens: searchTokens(searchText),
  };
  await tx.publicReport.upsert({ where: { reportId }, create: { reportId, ...row }, update: row });
  const owner = { reportId, districtId: report.department.districtId, departmentId: report.department.id, year: report.year };
  await writePublicDetails(tx, owner, getFormat(edition.formatId), content);
  await countPublishedReports(tx, report.department.id);
}

async function countPublishedReports(tx: Client, departmentId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE departments SET published_reports = (SELECT count(*) FROM public_reports WHERE department_id = ${departmentId})
    WHERE id = ${departmentId}`;
}

/** What the public department search looks in: full name, short name and address key. */
export function departmentSearchFields(department: { name: string; shortName: string; slug: string }): { searchText: string; searchTokens: string[] } {
  const searchText = normalizeSearchText(`${department.name} ${department.shortName} ${department.slug}`);
  return { searchText, searchTokens: searchTokens(searchText) };
}

/** After a department changed: its rows carry its current name, address and order. */
export async function syncPublicDepartment(tx: Client, departmentId: string): Promise<void> {
  const department = await tx.department.findUniqueOrThrow({
    where: { id: departmentId },
    select: { districtId: true, slug: true, name: true, sortOrder: true },
  });
  await tx.publicReport.updateMany({
    where: { departmentId },
    data: { districtId: department.districtId, departmentSlug: department.slug, departmentName: department.name, departmentSort: department.sortOrder },
  });
  await tx.publicReportCell.updateMany({ where: { departmentId }, data: { districtId: department.districtId } });
  await tx.publicReportText.updateMany({ where: { departmentId }, data: { districtId: department.districtId } });
}

/**
 * Computes the search tokens of rows that have none yet (reports and
 * departments copied by the migration that introduced the search), in
 * batches; returns how many it filled.
 */
export async function fillMissingSearchTokens(db: DbClient, batchSize = 200): Promise<number> {
  let filled = 0;
  for (const table of ['public_reports', 'departments'] as const) {
    const key = table === 'public_reports' ? 'report_id' : 'id';
    let after = '';
    for (;;) {
      // Table and column names are the two constants above, never input.
      const rows = await db.$queryRawUnsafe<{ key: string; search_text: string }[]>(
        `SELECT ${key} AS key, search_text FROM ${table}
         WHERE cardinality(search_tokens) = 0 AND search_text <> '' AND ${key} > $1 ORDER BY ${key} LIMIT $2`,
        after,
        batchSize,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        await db.$executeRawUnsafe(`UPDATE ${table} SET search_tokens = $2 WHERE ${key} = $1`, row.key, searchTokens(row.search_text));
      }
      filled += rows.length;
      after = rows[rows.length - 1]!.key;
    }
  }
  return filled;
}
