// The district summary (区级汇总) of a year, added up in the database from the
// cells of the district's published reports (public_report_cells), checked
// with the report rules; a rule that fails in the sum names the departments
// whose own reports fail it. A cell's breakdown lists the departments that
// contributed and how much. Bounded by one district's departments.
import 'server-only';
import { db } from '@/lib/db/client';
import type { ParsedReportContent } from '@/lib/report-format/content';
import { formatForYear, reportYearProblem } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';
import type { ReportFormat } from '@/lib/report-format/types';
import type { DistrictChoice } from './districts';
import { summaryContent, type SummedCell } from './summary-content';

/** Names listed in a notice (the rest are counted). */
const NAMES_SHOWN = 30;

export interface SummaryIssue {
  key: string;
  message: string;
  /** The departments whose own reports fail the same check (in district order). */
  departments: { name: string; slug: string }[];
}

export interface DistrictSummary {
  district: DistrictChoice;
  year: number;
  formatId: string;
  content: ParsedReportContent;
  /** Published reports added up. */
  reports: number;
  /** Active departments of the district. */
  departments: number;
  /** Active departments without a published report for the year (the first names, and how many). */
  missing: { names: string[]; count: number };
  issues: SummaryIssue[];
}

/** Null when the year has no national format. */
export async function getDistrictSummary(district: DistrictChoice, year: number): Promise<DistrictSummary | null> {
  if (reportYearProblem(year)) return null;
  const format: ReportFormat = formatForYear(year);
  const sums = await db.$queryRaw<{ tableId: string; rowKey: string; columnKey: string; sum: number; count: number }[]>`
    SELECT table_id AS "tableId", row_key AS "rowKey", column_key AS "columnKey", sum(value)::float8 AS sum, count(*)::int AS count
    FROM public_report_cells
    WHERE district_id = ${district.id} AND year = ${year} AND NOT computed
    GROUP BY table_id, row_key, column_key`;
  const content = summaryContent(format, sums as SummedCell[]);
  const [coverage] = await db.$queryRaw<{ reports: number; departments: number; missing: number }[]>`
    SELECT (SELECT count(*) FROM public_reports WHERE district_id = ${district.id} AND year = ${year})::int AS reports,
      (SELECT count(*) FROM departments WHERE district_id = ${district.id} AND active)::int AS departments,
      (SELECT count(*) FROM departments d WHERE d.district_id = ${district.id} AND d.active
        AND NOT EXISTS (SELECT 1 FROM public_reports p WHERE p.department_id = d.id AND p.year = ${year}))::int AS missing`;
  const missingNames = await db.department.findMany({
    where: { districtId: district.id, active: true, publicReports: { none: { year } } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    take: NAMES_SHOWN,
    select: { name: true },
  });
  // The tables' rules only: the sum has no text or 落款 of its own.
  const errors = checkReport(format, content).filter((issue) => issue.severity === 'error' && 'tableId' in issue.location);
  const issues: SummaryIssue[] = [];
  for (const issue of errors) {
    const departments = await db.$queryRaw<{ name: string; slug: string }[]>`
      SELECT p.department_name AS name, p.department_slug AS slug
      FROM public_report_issues i JOIN public_reports p ON p.report_id = i.report_id
      WHERE i.key = ${issue.key} AND p.district_id = ${district.id} AND p.year = ${year}
      ORDER BY p.department_sort, p.department_name
      LIMIT ${NAMES_SHOWN}`;
    issues.push({ key: issue.key, message: issue.message, departments });
  }
  return {
    district,
    year,
    formatId: format.id,
    content,
    reports: coverage!.reports,
    departments: coverage!.departments,
    missing: { names: missingNames.map((department) => department.name), count: coverage!.missing },
    issues,
  };
}

export interface CellContribution {
  departmentName: string;
  departmentSlug: string;
  value: number;
}

/** The departments that filled one cell of the sum (totals included), largest first. */
export async function getCellBreakdown(district: DistrictChoice, year: number, cell: { tableId: string; rowKey: string; columnKey: string }): Promise<CellContribution[]> {
  return db.$queryRaw<CellContribution[]>`
    SELECT p.department_name AS "departmentName", p.department_slug AS "departmentSlug", c.value
    FROM public_report_cells c JOIN public_reports p ON p.report_id = c.report_id
    WHERE c.district_id = ${district.id} AND c.year = ${year}
      AND c.table_id = ${cell.tableId} AND c.row_key = ${cell.rowKey} AND c.column_key = ${cell.columnKey}
    ORDER BY c.value DESC, p.department_sort
    LIMIT 1000`;
}
