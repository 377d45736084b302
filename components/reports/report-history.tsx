import { auditActionLabel } from '@/lib/audit/action-labels';
import type { AuditEventView } from '@/lib/audit/list-audit-events';
import { formatDateTime } from '@/lib/format-time';
import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';

const status = (value: string | null) => (value ? (STATUS_LABELS[value as ReportStatus] ?? value) : '');

/** A report's history from the audit log: who did what, when, from → to, why. */
export function ReportHistory({ events }: { events: AuditEventView[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">报告历史记录</caption>
        <thead className="bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">时间</th>
            <th scope="col" className="px-3 py-2">人员</th>
            <th scope="col" className="px-3 py-2">操作</th>
            <th scope="col" className="px-3 py-2">状态变化</th>
            <th scope="col" className="px-3 py-2">原因</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-line">
              <td className="whitespace-nowrap px-3 py-1.5">{formatDateTime(event.at)}</td>
              <td className="px-3 py-1.5">{event.actorName ?? '系统'}</td>
              <td className="px-3 py-1.5">{auditActionLabel(event.action)}</td>
              <td className="px-3 py-1.5">
                {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus ? `${status(event.fromStatus)} → ${status(event.toStatus)}` : ''}
              </td>
              <td className="px-3 py-1.5 whitespace-pre-wrap">{event.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
