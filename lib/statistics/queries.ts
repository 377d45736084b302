// The public statistics' queries: sums of published cells by year, on-time
// publication by year, and the departments of one year ranked by a figure.
// Every query adds up in the database (GROUP BY) from an index and returns a
// bounded result (a year's cells, or the top departments), whatever the
// number of reports: a province has some 100,000. Cached like the other public
// data, one entry per year, under the tag of the year's list of reports
// (directory(year, all)), which every publication, correction, withdrawal and
// department change of that year expires: a publication recomputes its year
// only.
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { cacheTags } from '@/lib/public/cache-tags';
import { cachedPublicData } from '@/lib/public/cached';
import { statutoryDeadline } from '@/lib/report-format/deadline';
import { comparisonMetric, yearlyChart, type CellRef, type ComparisonMetric, type YearlyChartId } from './series';

/** What a year's statistics show: that year's public reports. */
const yearTags = (year: number) => [cacheTags.directory(year, null)];

/** The cells' keys as three lists (the query matches any combination; callers keep the exact cells). */
function cellCondition(cells: readonly CellRef[], alias: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const list = (values: string[]) => Prisma.join([...new Set(values)]);
  return Prisma.sql`${column('table_id')} IN (${list(cells.map((cell) => cell.tableId))})
    AND ${column('row_key')} IN (${list(cells.map((cell) => cell.rowKey))})
    AND ${column('column_key')} IN (${list(cells.map((cell) => cell.columnKey))})`;
}

export interface CellSum extends CellRef {
  year: number;
  sum: number;
}

/**
 * Each cell of a yearly chart added up over a year's public reports (of one
 * department, or all). A cell blank in every report has no row: blank is not 0.
 */
export const yearCellSums = cachedPublicData(
  'statistics-year-cells',
  async (chartId: YearlyChartId, year: number, departmentId: string | null): Promise<CellSum[]> => {
    const cells = yearlyChart(chartId).series.flatMap((series) => series.cells);
    // All departments: an index-only scan of (year, table_id, row_key, column_key, value).
    // One department: its report by (department_id, year), then its cells by primary key.
    const query = departmentId
      ? Prisma.sql`
        SELECT c.year, c.table_id AS "tableId", c.row_key AS "rowKey", c.column_key AS "columnKey", sum(c.value)::float8 AS sum
        FROM public_reports p CROSS JOIN LATERAL (
          SELECT * FROM public_report_cells c WHERE c.report_id = p.report_id AND ${cellCondition(cells, 'c')}
        ) c
        WHERE p.department_id = ${departmentId} AND p.year = ${year}
        GROUP BY c.year, c.table_id, c.row_key, c.column_key`
      : Prisma.sql`
        SELECT c.year, c.table_id AS "tableId", c.row_key AS "rowKey", c.column_key AS "columnKey", sum(c.value)::float8 AS sum
        FROM public_report_cells c
        WHERE c.year = ${year} AND ${cellCondition(cells, 'c')}
        GROUP BY c.year, c.table_id, c.row_key, c.column_key`;
    return db.$queryRaw<CellSum[]>(query);
  },
  { tags: (_chartId, year) => yearTags(year) },
);

export interface YearPublication {
  year: number;
  /** Public reports of the year. */
  reports: number;
  /** Of which first published by the statutory deadline (31 January of the next year, China time). */
  onTime: number;
  /** The deadline, YYYY-MM-DD. */
  deadline: string;
}

/** A year's public reports and how many were first published on time (of one department, or all). */
export const yearPublication = cachedPublicData(
  'statistics-year-on-time',
  async (year: number, departmentId: string | null): Promise<YearPublication> => {
    const deadline = statutoryDeadline(year);
    // Stored times are UTC without a zone, as Prisma writes them; so is the deadline here.
    const due = deadline.dueAt.toISOString().replace('Z', '');
    const department = departmentId ? Prisma.sql`AND department_id = ${departmentId}` : Prisma.empty;
    const [row] = await db.$queryRaw<{ reports: number; onTime: number }[]>`
      SELECT count(*)::int AS reports, count(*) FILTER (WHERE first_published_at <= ${due}::timestamp)::int AS "onTime"
      FROM public_reports WHERE year = ${year} ${department}`;
    return { year, reports: row?.reports ?? 0, onTime: row?.onTime ?? 0, deadline: deadline.date };
  },
  { tags: (year) => yearTags(year) },
);

/** The years that have public reports, oldest first (the default range). */
export const publishedYears = cachedPublicData(
  'statistics-years',
  async (): Promise<number[]> => {
    const rows = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT year FROM public_reports ORDER BY year`;
    return rows.map((row) => row.year);
  },
  { tags: () => [cacheTags.years] },
);

export interface RankedDepartment {
  rank: number;
  name: string;
  slug: string;
  value: number;
  /** The department the filter chose (listed even outside the top). */
  chosen: boolean;
}

export interface DepartmentRanking {
  year: number;
  metric: ComparisonMetric;
  /** Public reports of the year. */
  reports: number;
  /** Reports with the figure filled in (the others left it blank). */
  filled: number;
  /** The figure added up over every report that filled it in. */
  total: number | null;
  /** The top departments, largest first, then the chosen department when it is not among them. */
  top: RankedDepartment[];
}

/**
 * The departments of one year ranked by a figure: the first `limit`, the
 * chosen department's place, and the count and sum of all, so that the page
 * can say what the rest add up to. One aggregate over the year's cells.
 */
export const rankDepartments = cachedPublicData(
  'statistics-departments',
  async (year: number, metric: ComparisonMetric, limit: number, chosenId: string | null): Promise<DepartmentRanking> => {
    const { cells } = comparisonMetric(metric);
    const rows = await db.$queryRaw<(RankedDepartment & { position: number; filled: number; total: number })[]>`
      WITH per_report AS (
        SELECT c.report_id, c.department_id, sum(c.value)::float8 AS value
        FROM public_report_cells c
        WHERE c.year = ${year} AND ${cellCondition(cells, 'c')}
        GROUP BY c.report_id, c.department_id
      ), ranked AS (
        SELECT report_id, department_id, value,
          rank() OVER (ORDER BY value DESC)::int AS rank,
          row_number() OVER (ORDER BY value DESC, report_id)::int AS position,
          count(*) OVER ()::int AS filled,
          sum(value) OVER ()::float8 AS total
        FROM per_report
      ), shown AS MATERIALIZED (
        -- The rows shown, before their names are looked up: the names are
        -- read by key for these ~20 rows, not joined for every report of the year.
        SELECT * FROM ranked WHERE position <= ${limit} OR department_id = ${chosenId ?? ''}
      )
      SELECT r.rank, r.position, r.value, r.filled, r.total, p.department_name AS name, p.department_slug AS slug,
        (r.department_id = ${chosenId ?? ''}) AS chosen
      FROM shown r
      -- By primary key, one row each: a join (or a subquery the planner may pull up into one;
      -- LIMIT 1 keeps it a lookup) hashed all 100,000 reports of a province.
      CROSS JOIN LATERAL (SELECT department_name, department_slug FROM public_reports WHERE report_id = r.report_id LIMIT 1) p
      ORDER BY r.position`;
    const [count] = await db.$queryRaw<{ reports: number }[]>`SELECT count(*)::int AS reports FROM public_reports WHERE year = ${year}`;
    return {
      year,
      metric,
      reports: count?.reports ?? 0,
      filled: rows[0]?.filled ?? 0,
      total: rows[0] ? rows[0].total : null,
      top: rows.map(({ rank, name, slug, value, chosen }) => ({ rank, name, slug, value, chosen })),
    };
  },
  { tags: (year) => yearTags(year) },
);
