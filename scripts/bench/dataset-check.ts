// A check of the bulk-loaded dataset (./dataset.ts) against the app's own
// code: for a sample of bench reports and departments, the stored search text
// and tokens must be what lib/public/public-index.ts would have written
// (reportSearchText of the edition, searchTokens, departmentSearchFields);
// and the detail rows (cells, rule failures, text fingerprints) of a sample of
// reports, bench and demo (the latter written by the app's writePublicDetails
// itself), against ./dataset-details.ts detailRows of their edition.
// Token lists and detail rows are compared as sets: order does not matter.
import pg from 'pg';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { PUBLIC_DETAILS_VERSION } from '@/lib/public/public-details';
import { departmentSearchFields } from '@/lib/public/public-index';
import { reportSearchText } from '@/lib/report-format/search-text';
import { readContent } from '@/lib/reports/stored-content';
import { normalizeSearchText, searchTokens } from '@/lib/search/chinese-search';
import { detailRows } from './dataset-details';

const sameSet = (stored: string[], expected: string[]) => stored.length === expected.length && [...stored].sort().join(' ') === [...expected].sort().join(' ');

/** Throws on the first row whose search fields differ from the app's; returns how many rows were checked. */
export async function checkSearchFields(client: pg.Client, sample = 50): Promise<number> {
  const { rows } = await client.query<{ title: string; content: Prisma.JsonValue; search_text: string; search_tokens: string[]; name: string; short_name: string; slug: string; department_text: string; department_tokens: string[] }>(
    `SELECT e.title, e.content, p.search_text, p.search_tokens, d.name, d.short_name, d.slug,
       d.search_text AS department_text, d.search_tokens AS department_tokens
     FROM public_reports p JOIN report_editions e ON e.id = p.edition_id JOIN departments d ON d.id = p.department_id
     ORDER BY md5(p.report_id) LIMIT $1`,
    [sample],
  );
  for (const row of rows) {
    const text = normalizeSearchText(reportSearchText(row.title, readContent(row.content)));
    if (row.search_text !== text || !sameSet(row.search_tokens, searchTokens(text))) {
      throw new Error(`the search fields of “${row.title}” differ from what the app computes`);
    }
    const department = departmentSearchFields({ name: row.name, shortName: row.short_name, slug: row.slug });
    if (row.department_text !== department.searchText || !sameSet(row.department_tokens, department.searchTokens)) {
      throw new Error(`the search fields of department ${row.slug} differ from what the app computes`);
    }
  }
  return rows.length;
}

/**
 * Throws on the first sampled report whose detail rows differ from what the
 * app computes from its edition: random reports, reports of the demo district
 * (written by the app) and reports with rule failures. Also counts the public
 * reports whose details are missing or of an older version.
 */
export async function checkPublicDetails(client: pg.Client, demoDistrictCode: string, sample = 30): Promise<{ checked: number; demo: number; faulty: number; missing: number }> {
  const { rows } = await client.query<{ report_id: string; district_id: string; department_id: string; year: number; format_id: string; content: Prisma.JsonValue; demo: boolean; faulty: boolean }>(
    `WITH picked AS (
       (SELECT report_id FROM public_reports ORDER BY md5(report_id) LIMIT $1)
       UNION (SELECT p.report_id FROM public_reports p JOIN districts x ON x.id = p.district_id WHERE x.code = $2 ORDER BY md5(p.report_id) LIMIT $1)
       UNION (SELECT DISTINCT ON (md5(report_id)) report_id FROM public_report_issues ORDER BY md5(report_id) LIMIT $1)
     )
     SELECT p.report_id, p.district_id, p.department_id, p.year, e.format_id, e.content, x.code = $2 AS demo,
       EXISTS (SELECT 1 FROM public_report_issues i WHERE i.report_id = p.report_id) AS faulty
     FROM picked JOIN public_reports p USING (report_id) JOIN report_editions e ON e.id = p.edition_id JOIN districts x ON x.id = p.district_id`,
    [sample, demoDistrictCode],
  );
  const sorted = (values: string[]) => [...values].sort().join('\n');
  for (const row of rows) {
    const expected = detailRows(row.format_id, readContent(row.content), row.year);
    const owner = `${row.district_id}/${row.department_id}/${row.year}`;
    const cells = await client.query<{ cell: string }>(
      `SELECT district_id || '/' || department_id || '/' || year || ' ' || table_id || '.' || row_key || '.' || column_key || '=' || value::text || ':' || computed::text AS cell
       FROM public_report_cells WHERE report_id = $1`,
      [row.report_id],
    );
    const issues = await client.query<{ issue: string }>(`SELECT key || '=' || rule_id AS issue FROM public_report_issues WHERE report_id = $1`, [row.report_id]);
    const texts = await client.query<{ text: string }>(
      `SELECT district_id || '/' || department_id || '/' || year || ' ' || section_id || '=' || array_to_string(fingerprints, ',') AS text FROM public_report_texts WHERE report_id = $1`,
      [row.report_id],
    );
    const differs = (what: string, stored: string[], computed: string[]) => {
      if (sorted(stored) !== sorted(computed)) throw new Error(`the ${what} of public report ${row.report_id} differ from what the app computes (${stored.length} stored, ${computed.length} computed)`);
    };
    differs(
      'cells',
      cells.rows.map((each) => each.cell),
      expected.cells.map((cell) => `${owner} ${cell.tableId}.${cell.rowKey}.${cell.columnKey}=${cell.value}:${cell.computed}`),
    );
    differs(
      'rule failures',
      issues.rows.map((each) => each.issue),
      expected.issues.map((issue) => `${issue.key}=${issue.ruleId}`),
    );
    differs(
      'text fingerprints',
      texts.rows.map((each) => each.text),
      expected.texts.map((text) => `${owner} ${text.sectionId}=${text.fingerprints.join(',')}`),
    );
  }
  const { rows: missing } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public_reports WHERE details_version < $1`, [PUBLIC_DETAILS_VERSION]);
  return { checked: rows.length, demo: rows.filter((row) => row.demo).length, faulty: rows.filter((row) => row.faulty).length, missing: missing[0]!.n };
}
