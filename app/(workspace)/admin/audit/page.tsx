import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { AUDIT_ACTION_LABELS, auditActionLabel } from '@/lib/audit/action-labels';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { requirePermission } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/format-time';
import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';

export const metadata: Metadata = { title: '审计日志' };

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');
const filterSchema = z.object({
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  department: z.string().max(64).optional(),
  from: date.optional(),
  to: date.optional(),
  before: z.string().regex(/^\d+$/, '页码参数不正确。').optional(),
});

const label = (status: string | null) => (status ? (STATUS_LABELS[status as ReportStatus] ?? status) : '');

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  await requirePermission('audit.read', undefined, '/admin/audit');
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, typeof value === 'string' && value !== '' ? value : undefined]),
  );
  const parsed = filterSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : {};
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0])}：${issue.message}`);
  const departments = await db.department.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true, slug: true } });
  const department = departments.find((each) => each.slug === filter.department);
  const { events, nextBefore } = await listAuditEvents({
    action: filter.action,
    actor: filter.actor,
    departmentId: department?.id,
    from: filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined,
    to: filter.to ? new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
    before: filter.before ? BigInt(filter.before) : undefined,
  });
  const next = new URLSearchParams(Object.entries({ ...filter, before: nextBefore ?? undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">审计日志</h1>
      <p className="text-sm text-muted">审计日志只能追加，不能修改或删除（由数据库触发器保证）。</p>
      <form method="get" className="card flex flex-wrap items-end gap-4 p-4">
        <div>
          <label htmlFor="audit-action" className="field-label">操作</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''} className="field-input">
            <option value="">全部操作</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, text]) => (
              <option key={value} value={value}>{text}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="field-label">人员</label>
          <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ''} className="field-input" />
        </div>
        <div>
          <label htmlFor="audit-department" className="field-label">部门</label>
          <select id="audit-department" name="department" defaultValue={filter.department ?? ''} className="field-input">
            <option value="">全部部门</option>
            {departments.map((each) => (
              <option key={each.id} value={each.slug}>{each.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="field-label">起始日期</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} className="field-input" />
        </div>
        <div>
          <label htmlFor="audit-to" className="field-label">截止日期</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} className="field-input" />
        </div>
        <button type="submit" className="btn-primary">筛选</button>
      </form>
      {problems.length > 0 && <p role="alert" className="text-sm text-danger">筛选条件有误，已忽略：{problems.join('；')}</p>}
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">审计日志</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="px-3 py-2">时间</th>
              <th scope="col" className="px-3 py-2">人员</th>
              <th scope="col" className="px-3 py-2">操作</th>
              <th scope="col" className="px-3 py-2">对象</th>
              <th scope="col" className="px-3 py-2">状态变化</th>
              <th scope="col" className="px-3 py-2">原因</th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 && (
              <tr><td colSpan={6} className="px-3 py-6 text-center text-muted">没有符合条件的记录。</td></tr>
            )}
            {events.map((event) => (
              <tr key={event.id} className="border-t border-line">
                <td className="whitespace-nowrap px-3 py-1.5">{formatDateTime(event.at)}</td>
                <td className="px-3 py-1.5">{event.actorName ?? '系统'}</td>
                <td className="px-3 py-1.5">{auditActionLabel(event.action)}</td>
                <td className="px-3 py-1.5">
                  {event.reportId ? (
                    <Link href={`/review/reports/${event.reportId}`} className="text-brand underline">报告</Link>
                  ) : (
                    `${event.entityType}`
                  )}
                </td>
                <td className="px-3 py-1.5">{event.fromStatus !== event.toStatus && event.toStatus ? `${label(event.fromStatus)} → ${label(event.toStatus)}` : ''}</td>
                <td className="px-3 py-1.5">{event.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore && (
        <p>
          <Link href={`/admin/audit?${next.toString()}`} className="text-brand underline">下一页（更早的记录）</Link>
        </p>
      )}
    </div>
  );
}
