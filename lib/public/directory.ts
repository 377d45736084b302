// The public directory (/reports): published reports filtered by year,
// department and text, newest year first, in pages. One indexed query on the
// public index (public_reports) per list and per count, whatever the size:
// the page's rows are found in the index alone, from whichever end is nearer;
// a text search uses the GIN index of tokens and counts to 1,000 at most.
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { logWarn } from '@/lib/log';
import { parseSearchQuery } from '@/lib/search/chinese-search';
import { searchCondition } from '@/lib/search/search-sql';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';
import { PAGE_SIZE, type DirectoryFilter } from './directory-filter';
import { matchDepartment, type DepartmentMatch, type PublicDepartment } from './public-departments';

/** A search counts its matches up to this number and then says “1,000+”. */
export const SEARCH_COUNT_CAP = 1000;
/** Search results are kept this long (and refreshed on publication). */
const SEARCH_CACHE_SECONDS = 60;
/** A search that takes longer is stopped and the visitor asked to be more specific. */
const SEARCH_TIMEOUT_MS = 3000;

export interface DirectoryItem {
  title: string;
  slug: string;
  departmentName: string;
  year: number;
  publishedAt: string;
  editionNumber: number;
  isDemo: boolean;
}

export interface DirectoryResults {
  total: number;
  /** The count stopped at SEARCH_COUNT_CAP: there are at least that many. */
  capped: boolean;
  pages: number;
  items: DirectoryItem[];
}

interface Row {
  title: string;
  slug: string;
  departmentName: string;
  year: number;
  publishedAt: Date;
  editionNumber: number;
  isDemo: boolean;
}

function conditions(year: number | null, departmentId: string | null, search: Prisma.Sql | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (year !== null) parts.push(Prisma.sql`year = ${year}`);
  if (departmentId !== null) parts.push(Prisma.sql`department_id = ${departmentId}`);
  if (search) parts.push(search);
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/** The rows of one page. Past the middle of a long list the index is read from its far end. */
function pageQuery(where: Prisma.Sql, offset: number, size: number, total: number | null): Prisma.Sql {
  const fromEnd = total !== null && offset > total / 2;
  const order = fromEnd ? Prisma.sql`year ASC, department_sort DESC, report_id DESC` : Prisma.sql`year DESC, department_sort, report_id`;
  const skip = fromEnd ? Math.max(0, total - offset - size) : offset;
  return Prisma.sql`
    WITH page AS (SELECT report_id FROM public_reports ${where} ORDER BY ${order} LIMIT ${size} OFFSET ${skip})
    SELECT p.title, p.department_slug AS slug, p.department_name AS "departmentName", p.year, p.published_at AS "publishedAt",
      p.edition_number AS "editionNumber", p.is_demo AS "isDemo"
    FROM page JOIN public_reports p USING (report_id)
    ORDER BY p.year DESC, p.department_sort, p.report_id`;
}

function results(total: number, capped: boolean, rows: Row[]): DirectoryResults {
  return {
    total,
    capped,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: rows.map((row) => ({ ...row, publishedAt: row.publishedAt.toISOString() })),
  };
}

/** A list without text search: exact count, any page. */
const listFiltered = cachedPublicData(
  'directory',
  async (year: number | null, departmentId: string | null, _slug: string | null, page: number): Promise<DirectoryResults> => {
    const where = conditions(year, departmentId, null);
    const [count] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM public_reports ${where}`;
    const total = count?.count ?? 0;
    const offset = (page - 1) * PAGE_SIZE;
    const size = Math.min(PAGE_SIZE, total - offset);
    const rows = size > 0 ? await db.$queryRaw<Row[]>(pageQuery(where, offset, size, total)) : [];
    return results(total, false, rows);
  },
  { tags: (year, _departmentId, slug) => [cacheTags.directory(year, slug)] },
);

type SearchOutcome = DirectoryResults | { timedOut: true };

/** A text search: counted to SEARCH_COUNT_CAP, stopped after SEARCH_TIMEOUT_MS. */
const listSearch = cachedPublicData(
  'directory-search',
  async (q: string, year: number | null, departmentId: string | null, page: number): Promise<SearchOutcome> => {
    const query = parseSearchQuery(q);
    if (!query) return results(0, false, []);
    const where = conditions(year, departmentId, searchCondition(query, 'public_reports'));
    const offset = (page - 1) * PAGE_SIZE;
    try {
      const [, count, rows] = await db.$transaction([
        db.$executeRawUnsafe(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`),
        db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (SELECT 1 FROM public_reports ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) s`,
        db.$queryRaw<Row[]>(pageQuery(where, offset, PAGE_SIZE, null)),
      ]);
      const total = Math.min(count[0]?.count ?? 0, SEARCH_COUNT_CAP);
      return results(total, (count[0]?.count ?? 0) > SEARCH_COUNT_CAP, rows);
    } catch (error) {
      if (isQueryCanceled(error)) return { timedOut: true };
      throw error;
    }
  },
  { tags: () => [cacheTags.search], revalidate: SEARCH_CACHE_SECONDS },
);

function isQueryCanceled(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  return /57014|statement timeout|canceling statement/i.test(text);
}

export interface DirectoryView {
  results: DirectoryResults | null;
  /** The department the filter names, resolved; candidates when a typed name fits several. */
  department: DepartmentMatch | null;
  problems: string[];
}

/**
 * Everything the directory page shows for a well-formed filter: the results,
 * the department it names, and what in the filter names nothing (an unknown
 * department, a page past the last), said in Chinese.
 */
export async function loadDirectory(filter: DirectoryFilter): Promise<DirectoryView> {
  const department = filter.department ? await matchDepartment(filter.department) : null;
  if (department && department.kind !== 'one') {
    const problems = department.kind === 'none' ? [`部门“${filter.department}”：没有名称包含这些文字的部门，请换一个名称。`] : [];
    return { results: null, department, problems };
  }
  const chosen: PublicDepartment | null = department?.kind === 'one' ? department.department : null;
  let found: DirectoryResults;
  if (filter.q) {
    const outcome = await listSearch(filter.q, filter.year, chosen?.id ?? null, filter.page);
    if ('timedOut' in outcome) {
      logWarn('directory search timed out', { terms: filter.q.length });
      return { results: null, department, problems: [`关键词“${filter.q}”：搜索用时过长，请输入更具体的关键词，或同时选择年度、部门。`] };
    }
    found = outcome;
  } else {
    found = await listFiltered(filter.year, chosen?.id ?? null, chosen?.slug ?? null, filter.page);
  }
  if (filter.page > found.pages) {
    return { results: null, department, problems: [`页码“${filter.page}”：超出范围，符合条件的结果共 ${found.pages} 页。`] };
  }
  return { results: found, department, problems: [] };
}
