// The audit log as CSV for admins: every event the page's filters keep (not
// only one page), newest first, read in batches by id and written into a
// stream, so a log of millions of rows downloads in constant memory. Text a
// spreadsheet would run as a formula is neutralised (lib/public/csv.ts):
// actor names and reasons are typed by users. The export itself is audited.
import 'server-only';
import { db } from '@/lib/db/client';
import { csvHead, csvLines, type CsvValue } from '@/lib/public/csv';
import { statusLabel } from '@/lib/workflow/status';
import { auditActionLabel, entityLabel } from './action-labels';
import { auditWhere, type AuditFilter } from './list-audit-events';
import { recordAuditEvent, type AuditActor } from './record-audit-event';

export const AUDIT_CSV_HEADER = ['编号', '时间', '人员', '操作', '操作代码', '对象', '对象编号', '部门', '报告编号', '原状态', '新状态', '原因与说明', '详情'];

const BATCH = 500;

// sv-SE writes 2026-01-20 09:05:03: sortable, and read as a date by spreadsheets.
const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

type Event = Awaited<ReturnType<typeof db.auditEvent.findMany>>[number];

function line(event: Event, departments: Map<string, string>): CsvValue[] {
  return [
    event.id.toString(),
    CHINA_TIME.format(event.at),
    event.actorName ?? '系统',
    auditActionLabel(event.action),
    event.action,
    entityLabel(event.entityType),
    event.entityId,
    event.departmentId ? (departments.get(event.departmentId) ?? event.departmentId) : '',
    event.reportId ?? '',
    event.fromStatus ? statusLabel(event.fromStatus) : '',
    event.toStatus ? statusLabel(event.toStatus) : '',
    event.reason ?? '',
    event.details === null || event.details === undefined ? '' : JSON.stringify(event.details),
  ];
}

/** The CSV of the events `filter` keeps (its `before`, the page's position, is ignored: the export has every page). */
export function auditCsvStream(filter: Omit<AuditFilter, 'before'>, batchSize = BATCH): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before: bigint | undefined;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(csvHead(AUDIT_CSV_HEADER)));
    },
    async pull(controller) {
      const events = await db.auditEvent.findMany({ where: auditWhere({ ...filter, before }), orderBy: { id: 'desc' }, take: batchSize });
      const ids = [...new Set(events.flatMap((event) => (event.departmentId ? [event.departmentId] : [])))];
      const departments = new Map(
        ids.length ? (await db.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((each) => [each.id, each.name]) : [],
      );
      if (events.length) controller.enqueue(encoder.encode(csvLines(events.map((event) => line(event, departments)))));
      before = events.at(-1)?.id;
      if (events.length < batchSize) controller.close();
    },
  });
}

/** Records that `actor` exported the log with these filters, then gives the export. */
export async function exportAuditLog(actor: AuditActor, filter: Omit<AuditFilter, 'before'>, query: Record<string, string>): Promise<ReadableStream<Uint8Array>> {
  await recordAuditEvent(db, { actor, action: 'audit.export', entityType: 'system', entityId: 'audit_events', details: { filter: query } });
  return auditCsvStream(filter);
}
