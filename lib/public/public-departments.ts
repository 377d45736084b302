// The departments the public site lists: the active ones, and any other with a
// report the public can read (a merged department's reports stay public).
// Lists are paged and searched in the database, never loaded whole: a
// province has some 15,000 departments.
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { isDepartmentSlug } from '@/lib/departments/slug';
import { parseSearchQuery } from '@/lib/search/chinese-search';
import { searchCondition } from '@/lib/search/search-sql';
import { cacheTags } from './cache-tags';
import { cachedPublicData } from './cached';

export const DEPARTMENTS_PAGE_SIZE = 60;
/** How many departments the directory's department field suggests or lists as candidates. */
export const SUGGESTION_LIMIT = 10;

const isPublic = Prisma.sql`(d.active OR d.published_reports > 0)`;

/** The same rule for a department read with Prisma (select `listedSelect`): a department that left the site has no pages. */
export const listedSelect = { active: true, publishedReports: true } as const;
export function isListed(department: { active: boolean; publishedReports: number }): boolean {
  return department.active || department.publishedReports > 0;
}

export interface PublicDepartment {
  /** Internal: for queries only, never shown or sent. */
  id: string;
  slug: string;
  name: string;
  districtName: string;
}

function whereClause(options: { districtCode?: string | null; q?: string | null }): Prisma.Sql | null {
  const conditions = [isPublic];
  if (options.districtCode) conditions.push(Prisma.sql`x.code = ${options.districtCode}`);
  if (options.q) {
    const query = parseSearchQuery(options.q);
    if (!query) return null;
    conditions.push(searchCondition(query, 'd'));
  }
  return Prisma.join(conditions, ' AND ');
}

export const countPublicDepartments = cachedPublicData(
  'public-department-count',
  async (): Promise<number> => {
    const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM departments d WHERE ${isPublic}`;
    return row?.count ?? 0;
  },
  { tags: () => [cacheTags.departmentList, cacheTags.years], atBuild: 0 },
);

export interface DistrictGroup {
  code: string;
  name: string;
  departments: number;
}

/** The districts with departments on the site, and how many each has. */
export const listDistrictGroups = cachedPublicData(
  'district-groups',
  async (): Promise<DistrictGroup[]> =>
    db.$queryRaw<DistrictGroup[]>`
      SELECT x.code, x.name, count(*)::int AS departments
      FROM departments d JOIN districts x ON x.id = d.district_id
      WHERE ${isPublic}
      GROUP BY x.id, x.code, x.name ORDER BY x.id`,
  { tags: () => [cacheTags.departmentList] },
);

const listPage = cachedPublicData(
  'department-page',
  async (districtCode: string | null, q: string | null, page: number) => {
    const where = whereClause({ districtCode, q });
    if (!where) return { total: 0, items: [] as PublicDepartment[] };
    const [count] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM departments d JOIN districts x ON x.id = d.district_id WHERE ${where}`;
    const items = await db.$queryRaw<PublicDepartment[]>`
      SELECT d.id, d.slug, d.name, x.name AS "districtName"
      FROM departments d JOIN districts x ON x.id = d.district_id
      WHERE ${where}
      ORDER BY d.district_id, d.sort_order, d.id
      LIMIT ${DEPARTMENTS_PAGE_SIZE} OFFSET ${(page - 1) * DEPARTMENTS_PAGE_SIZE}`;
    return { total: count?.count ?? 0, items };
  },
  { tags: () => [cacheTags.departmentList] },
);

const publishedCountsOf = cachedPublicData(
  'published-counts',
  async (slugList: string): Promise<[string, number][]> => {
    const rows = await db.department.findMany({ where: { slug: { in: slugList.split(',') } }, select: { slug: true, publishedReports: true } });
    return rows.map((row) => [row.slug, row.publishedReports]);
  },
  // Per department: a publication refreshes the one directory page that shows it.
  { tags: (slugList) => slugList.split(',').map((slug) => cacheTags.departmentReports(slug)) },
);

/** How many reports each department has published. */
async function publishedCounts(slugs: string[]): Promise<Map<string, number>> {
  return slugs.length === 0 ? new Map() : new Map(await publishedCountsOf(slugs.join(',')));
}

export interface DepartmentDirectoryPage {
  total: number;
  pages: number;
  items: (PublicDepartment & { published: number })[];
}

/** One page of the department directory: of one district, of a search, or of all. */
export async function listDepartmentDirectory(filter: { district: string | null; q: string | null; page: number }): Promise<DepartmentDirectoryPage> {
  const { total, items } = await listPage(filter.district, filter.q, filter.page);
  const counts = await publishedCounts(items.map((item) => item.slug));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / DEPARTMENTS_PAGE_SIZE)),
    items: items.map((item) => ({ ...item, published: counts.get(item.slug) ?? 0 })),
  };
}

/** Departments whose name (or key) holds the text, for the directory's department field. */
export const suggestDepartments = cachedPublicData(
  'department-suggestions',
  async (text: string): Promise<PublicDepartment[]> => {
    const query = parseSearchQuery(text);
    if (!query) return [];
    return db.$queryRaw<PublicDepartment[]>`
      SELECT d.id, d.slug, d.name, x.name AS "districtName"
      FROM departments d JOIN districts x ON x.id = d.district_id
      WHERE ${isPublic} AND ${searchCondition(query, 'd')}
      ORDER BY length(d.name), d.district_id, d.sort_order
      LIMIT ${SUGGESTION_LIMIT + 1}`;
  },
  { tags: () => [cacheTags.departmentList] },
);

export type DepartmentMatch =
  | { kind: 'one'; department: PublicDepartment }
  | { kind: 'several'; candidates: PublicDepartment[]; more: boolean }
  | { kind: 'none' };

const findBySlug = cachedPublicData(
  'public-department-by-slug',
  async (slug: string): Promise<PublicDepartment | null> => {
    const [row] = await db.$queryRaw<PublicDepartment[]>`
      SELECT d.id, d.slug, d.name, x.name AS "districtName"
      FROM departments d JOIN districts x ON x.id = d.district_id
      WHERE d.slug = ${slug} AND ${isPublic}`;
    return row ?? null;
  },
  { tags: (slug) => [cacheTags.department(slug), cacheTags.departmentReports(slug)] },
);

/**
 * The department a directory filter names: its address key (from a link or
 * a suggestion), or a name typed by hand. A name that several departments
 * share is answered with the candidates.
 */
export async function matchDepartment(text: string): Promise<DepartmentMatch> {
  if (isDepartmentSlug(text)) {
    const department = await findBySlug(text);
    if (department) return { kind: 'one', department };
  }
  const candidates = await suggestDepartments(text);
  const exact = candidates.filter((candidate) => candidate.name === text);
  if (exact.length === 1) return { kind: 'one', department: exact[0]! };
  if (candidates.length === 1) return { kind: 'one', department: candidates[0]! };
  if (candidates.length === 0) return { kind: 'none' };
  return { kind: 'several', candidates: candidates.slice(0, SUGGESTION_LIMIT), more: candidates.length > SUGGESTION_LIMIT };
}
