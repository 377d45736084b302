// A check of the bulk-loaded dataset (./dataset.ts) against the app's own
// code: for a sample of bench reports and departments, the stored search text
// and tokens must be what lib/public/public-index.ts would have written
// (reportSearchText of the edition, searchTokens, departmentSearchFields).
// Token lists are compared as sets: the GIN index does not care about order.
import pg from 'pg';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { departmentSearchFields } from '@/lib/public/public-index';
import { reportSearchText } from '@/lib/report-format/search-text';
import { readContent } from '@/lib/reports/stored-content';
import { normalizeSearchText, searchTokens } from '@/lib/search/chinese-search';

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
