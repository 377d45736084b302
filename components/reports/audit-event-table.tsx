import Link from 'next/link';
import { auditActionLabel, entityLabel, eventNote, statusChangeLabel } from '@/lib/audit/action-labels';
import type { AuditEventView } from '@/lib/audit/list-audit-events';
import { formatDateTime } from '@/lib/format-time';
import { reviewReportPath } from '@/lib/reports/report-label';

/**
 * Events of the audit log: who did what, when, from → to, why. A report's
 * history shows its own events; the admin's audit log (`showEntity`) also
 * says what each event is about, with a link to the report.
 */
export function AuditEventTable({
  events,
  caption,
  showEntity = false,
  empty = '暂无记录。',
}: {
  events: AuditEventView[];
  caption: string;
  showEntity?: boolean;
  empty?: string;
}) {
  const columns = showEntity ? 6 : 5;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">时间</th>
            <th scope="col" className="px-3 py-2">人员</th>
            <th scope="col" className="px-3 py-2">操作</th>
            {showEntity && <th scope="col" className="px-3 py-2">对象</th>}
            <th scope="col" className="px-3 py-2">状态变化</th>
            <th scope="col" className="px-3 py-2">原因与说明</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 && (
            <tr>
              <td colSpan={columns} className="px-3 py-6 text-center text-muted">{empty}</td>
            </tr>
          )}
          {events.map((event) => (
            <tr key={event.id} className="border-t border-line">
              <td className="whitespace-nowrap px-3 py-1.5">{formatDateTime(event.at)}</td>
              <td className="px-3 py-1.5">{event.actorName ?? '系统'}</td>
              <td className="px-3 py-1.5">{auditActionLabel(event.action)}</td>
              {showEntity && (
                <td className="px-3 py-1.5">
                  {event.reportId ? (
                    <Link href={reviewReportPath(event.reportId)} className="text-brand underline">
                      {entityLabel('report')}
                    </Link>
                  ) : (
                    entityLabel(event.entityType)
                  )}
                </td>
              )}
              <td className="px-3 py-1.5">{statusChangeLabel(event)}</td>
              <td className="px-3 py-1.5 whitespace-pre-wrap">{eventNote(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
