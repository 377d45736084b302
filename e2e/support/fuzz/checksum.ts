// A checksum of every table of the e2e database, to show that no fuzz case
// wrote anything. Left out, as bookkeeping that refused requests do by
// design: the rate-limit counters (rate_limits: failed sign-ins, searches),
// the sign-in and sign-out entries of the audit log (auth.*), the minute a
// session was last seen (user_sessions.last_seen_at), and the mail outbox's
// delivery state (a message queued by an earlier test may be sent meanwhile).
import { e2eDb } from '../db';

const SKIPPED_TABLES = new Set(['rate_limits', '_prisma_migrations']);
const ROW_FILTERS: Record<string, string> = { audit_events: `WHERE action NOT LIKE 'auth.%'` };
const SKIPPED_COLUMNS: Record<string, string[]> = {
  user_sessions: ['last_seen_at'],
  mail_messages: ['status', 'attempts', 'last_error', 'next_attempt_at', 'claimed_at', 'sent_at'],
};

export type Checksum = Record<string, string>;

/** Table → md5 of its rows (as JSON, sorted), for every table of the public schema. */
export async function databaseChecksum(): Promise<Checksum> {
  const db = e2eDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const sums: Checksum = {};
  for (const { name } of tables) {
    if (SKIPPED_TABLES.has(name)) continue;
    const skipped = (SKIPPED_COLUMNS[name] ?? []).map((column) => ` - '${column}'`).join('');
    const [row] = await db.$queryRawUnsafe<{ sum: string; rows: bigint }[]>(
      `SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) AS sum, count(*) AS rows
         FROM (SELECT (to_jsonb(t)${skipped})::text AS line FROM "${name}" t ${ROW_FILTERS[name] ?? ''}) rows`,
    );
    sums[name] = `${row!.rows}:${row!.sum}`;
  }
  return sums;
}

/** The tables whose checksum differs, with their row counts before and after. */
export function changedTables(before: Checksum, after: Checksum): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table} (${before[table]?.split(':')[0] ?? '-'} → ${after[table]?.split(':')[0] ?? '-'} rows)`);
}
