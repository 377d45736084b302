// 访问量: counts a real page view, at most once per visitor per report per 30 minutes.
import 'server-only';
import { db } from '@/lib/db/client';

const VIEW_WINDOW_MINUTES = 30;
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPruned = 0;

/**
 * Forgets visitors whose window has passed (they no longer affect a count),
 * at most every 10 minutes per server process, so the table stays small.
 */
async function pruneExpiredViews(): Promise<void> {
  if (Date.now() - lastPruned < PRUNE_EVERY_MS) return;
  lastPruned = Date.now();
  await db.$executeRaw`DELETE FROM report_views WHERE last_counted_at < now() - make_interval(mins => ${VIEW_WINDOW_MINUTES})`;
}

/** Counts the view if this visitor has not been counted in the last 30 minutes; returns the count. */
export async function recordView(reportId: string, visitorId: string): Promise<{ views: number; counted: boolean } | null> {
  const counted = await db.$queryRaw<{ view_count: number }[]>`
    WITH upsert AS (
      INSERT INTO report_views (report_id, visitor_id, last_counted_at)
      SELECT ${reportId}, ${visitorId}, now() WHERE EXISTS (SELECT 1 FROM reports WHERE id = ${reportId} AND published_edition_id IS NOT NULL)
      ON CONFLICT (report_id, visitor_id) DO UPDATE SET last_counted_at = now()
        WHERE report_views.last_counted_at < now() - make_interval(mins => ${VIEW_WINDOW_MINUTES})
      RETURNING 1
    )
    UPDATE reports SET view_count = view_count + 1
    WHERE id = ${reportId} AND EXISTS (SELECT 1 FROM upsert)
    RETURNING view_count`;
  await pruneExpiredViews();
  if (counted[0]) return { views: counted[0].view_count, counted: true };
  const views = await currentViews(reportId);
  return views === null ? null : { views, counted: false };
}

/** The count shown for a published report; null when it is not public. */
export async function currentViews(reportId: string): Promise<number | null> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { viewCount: true, publishedEditionId: true } });
  return report?.publishedEditionId ? report.viewCount : null;
}
