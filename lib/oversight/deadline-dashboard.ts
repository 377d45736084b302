// The deadline dashboard of one district and year: every department with its
// report's state, who holds it, its last change, where it stands against each
// deadline, its quality score and its last reminder; two figures kept apart
// (how many reported, how many on time) from history (the first forwarding
// and the first publication), not from the current state. Filtered, sorted
// and paged in the database: a district's departments, one page at a time.
import 'server-only';
import { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { isoDate } from '@/lib/format-time';
import { stageOf } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';
import { SOON_DAYS, type Lateness, type YearDeadlines } from './deadlines';
import type { DashboardFilter } from './oversight-schemas';

export const DASHBOARD_PAGE_SIZE = 50;
const LATENESS_RANK: Lateness[] = ['overdue', 'soon', 'late', 'open', 'met'];

export interface DashboardRow {
  departmentId: string;
  departmentName: string;
  departmentShortName: string;
  reportId: string | null;
  /** 'none' when not started. */
  status: ReportStatus | 'none';
  editionNumber: number | null;
  /** Who holds it now (a role), or null once public. */
  holder: string | null;
  updatedAt: string | null;
  /** China dates of the milestones (history). */
  forwardedOn: string | null;
  publishedOn: string | null;
  lateness: Lateness;
  score: number | null;
  /** The score was computed from an older version of the report. */
  scoreStale: boolean;
  lastReminderAt: string | null;
}

export interface DashboardTotals {
  departments: number;
  forwarded: number;
  /** Reported: published at some time (history). */
  published: number;
  /** Published by the legal deadline. */
  onTimeLegal: number;
  /** Published by the district's own deadline (null when none is set). */
  onTimeDistrict: number | null;
  overdue: number;
  soon: number;
  byStatus: Record<string, number>;
}

const HOLDERS = { draft: '部门编辑', signoff: '部门负责人', review: '区政务公开办', publication: '区政务公开办', public: null } as const;

export function holderOf(status: ReportStatus | 'none'): string | null {
  return status === 'none' ? '部门编辑（未开始）' : HOLDERS[stageOf(status)];
}

const chinaDay = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date`;

/** The district's departments for the year with their milestones and lateness rank (a CTE body). */
function rowsSql(districtId: string, deadlines: YearDeadlines, today: string) {
  const submit = Prisma.sql`${deadlines.submit}::date`;
  const publish = Prisma.sql`${deadlines.publish}::date`;
  const legal = Prisma.sql`${deadlines.legal}::date`;
  const day = Prisma.sql`${today}::date`;
  const submitOpen = Prisma.sql`(${submit} IS NOT NULL AND fwd IS NULL AND pub IS NULL)`;
  const publishOpen = Prisma.sql`(${publish} IS NOT NULL AND pub IS NULL)`;
  return Prisma.sql`
    base AS (
      SELECT dep.id, dep.name, dep.short_name, dep.sort_order,
        r.id AS report_id, r.status::text AS status, r.edition_number, r.updated_at,
        ${chinaDay(Prisma.sql`r.first_forwarded_at`)} AS fwd, ${chinaDay(Prisma.sql`r.first_published_at`)} AS pub,
        q.score,
        -- A stored score is out of date after a change of the report, a publication in the district, or a new day (deadlines).
        (r.id IS NOT NULL AND (q.score IS NULL OR q.version <> r.version OR q.computed_at < date_trunc('day', now() AT TIME ZONE 'UTC')
          OR q.computed_at < (SELECT max(published_at) FROM public_reports WHERE district_id = ${districtId} AND year = ${deadlines.year}))) AS score_stale
      FROM departments dep
      LEFT JOIN reports r ON r.department_id = dep.id AND r.year = ${deadlines.year}
      LEFT JOIN report_quality q ON q.report_id = r.id
      WHERE dep.district_id = ${districtId} AND (dep.active OR r.id IS NOT NULL)
    ),
    ranked AS (
      SELECT base.*,
        CASE
          WHEN (${submitOpen} AND ${day} > ${submit}) OR (${publishOpen} AND ${day} > ${publish}) OR (pub IS NULL AND ${day} > ${legal}) THEN 0
          WHEN (${submitOpen} AND ${submit} - ${day} <= ${SOON_DAYS}) OR (${publishOpen} AND ${publish} - ${day} <= ${SOON_DAYS}) OR (pub IS NULL AND ${legal} - ${day} <= ${SOON_DAYS}) THEN 1
          WHEN (${submit} IS NOT NULL AND coalesce(fwd, pub) > ${submit}) OR (${publish} IS NOT NULL AND pub > ${publish}) OR pub > ${legal} THEN 2
          WHEN pub IS NULL THEN 3
          ELSE 4
        END AS rank,
        LEAST(CASE WHEN ${submitOpen} THEN ${submit} END, CASE WHEN ${publishOpen} THEN ${publish} END, CASE WHEN pub IS NULL THEN ${legal} END) AS next_due
      FROM base
    )`;
}

const ORDER: Record<DashboardFilter['sort'], Prisma.Sql> = {
  urgency: Prisma.sql`rank, next_due NULLS LAST, sort_order, name`,
  name: Prisma.sql`sort_order, name`,
  score: Prisma.sql`score NULLS FIRST, sort_order, name`,
  changed: Prisma.sql`updated_at DESC NULLS LAST, sort_order, name`,
};

function whereSql(filter: Pick<DashboardFilter, 'state' | 'lateness'>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.state === 'none') conditions.push(Prisma.sql`report_id IS NULL`);
  else if (filter.state !== 'all') conditions.push(Prisma.sql`status = ${filter.state}`);
  if (filter.lateness !== 'all') conditions.push(Prisma.sql`rank = ${LATENESS_RANK.indexOf(filter.lateness)}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

interface RawRow {
  id: string;
  name: string;
  short_name: string;
  report_id: string | null;
  status: string | null;
  edition_number: number | null;
  updated_at: Date | null;
  fwd: Date | null;
  pub: Date | null;
  score: number | null;
  score_stale: boolean;
  rank: number;
  last_reminder_at: Date | null;
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

function toRow(raw: RawRow): DashboardRow {
  const status = (raw.status ?? 'none') as ReportStatus | 'none';
  return {
    departmentId: raw.id,
    departmentName: raw.name,
    departmentShortName: raw.short_name,
    reportId: raw.report_id,
    status,
    editionNumber: raw.edition_number,
    holder: holderOf(status),
    updatedAt: raw.updated_at?.toISOString() ?? null,
    forwardedOn: day(raw.fwd),
    publishedOn: day(raw.pub),
    lateness: LATENESS_RANK[raw.rank] ?? 'open',
    score: raw.score,
    scoreStale: raw.score_stale,
    lastReminderAt: raw.last_reminder_at?.toISOString() ?? null,
  };
}

/** One page of rows, in the filter's order. */
export async function listDashboardRows(
  districtId: string,
  deadlines: YearDeadlines,
  filter: Pick<DashboardFilter, 'state' | 'lateness' | 'sort'>,
  page: { offset: number; limit: number },
  now: Date = new Date(),
): Promise<DashboardRow[]> {
  const rows = await db.$queryRaw<RawRow[]>`
    WITH ${rowsSql(districtId, deadlines, isoDate(now))}
    SELECT ranked.*, last.sent_at AS last_reminder_at
    FROM ranked
    LEFT JOIN LATERAL (
      SELECT sent_at FROM reminders WHERE department_id = ranked.id AND year = ${deadlines.year} ORDER BY sent_at DESC LIMIT 1
    ) last ON true
    ${whereSql({ state: filter.state, lateness: filter.lateness })}
    ORDER BY ${ORDER[filter.sort]}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return rows.map(toRow);
}

/** How many rows the filter keeps, and the district's figures for the year. */
export async function dashboardTotals(
  districtId: string,
  deadlines: YearDeadlines,
  filter: Pick<DashboardFilter, 'state' | 'lateness'>,
  now: Date = new Date(),
): Promise<{ matching: number; totals: DashboardTotals }> {
  const [figures] = await db.$queryRaw<
    { departments: number; forwarded: number; published: number; on_time_legal: number; on_time_district: number; overdue: number; soon: number; matching: number }[]
  >`
    WITH ${rowsSql(districtId, deadlines, isoDate(now))},
    matching AS (SELECT count(*)::int AS n FROM ranked ${whereSql(filter)})
    SELECT count(*)::int AS departments,
      count(*) FILTER (WHERE fwd IS NOT NULL OR pub IS NOT NULL)::int AS forwarded,
      count(*) FILTER (WHERE pub IS NOT NULL)::int AS published,
      count(*) FILTER (WHERE pub <= ${deadlines.legal}::date)::int AS on_time_legal,
      count(*) FILTER (WHERE pub <= ${deadlines.publish}::date)::int AS on_time_district,
      count(*) FILTER (WHERE rank = 0)::int AS overdue,
      count(*) FILTER (WHERE rank = 1)::int AS soon,
      (SELECT n FROM matching) AS matching
    FROM ranked`;
  const states = await db.$queryRaw<{ status: string; n: number }[]>`
    WITH ${rowsSql(districtId, deadlines, isoDate(now))}
    SELECT coalesce(status, 'none') AS status, count(*)::int AS n FROM ranked GROUP BY 1`;
  const f = figures!;
  return {
    matching: f.matching,
    totals: {
      departments: f.departments,
      forwarded: f.forwarded,
      published: f.published,
      onTimeLegal: f.on_time_legal,
      onTimeDistrict: deadlines.publish ? f.on_time_district : null,
      overdue: f.overdue,
      soon: f.soon,
      byStatus: Object.fromEntries(states.map((row) => [row.status, row.n])),
    },
  };
}

/** The departments that are overdue now (for “remind every late one”): ids, bounded by the district. */
export async function overdueDepartments(districtId: string, deadlines: YearDeadlines, now: Date = new Date()): Promise<{ id: string; reportId: string | null; status: string | null }[]> {
  return db.$queryRaw`
    WITH ${rowsSql(districtId, deadlines, isoDate(now))}
    SELECT id, report_id AS "reportId", status FROM ranked WHERE rank = 0 ORDER BY sort_order, name`;
}
