import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditEventTable } from '@/components/reports/audit-event-table';
import { DepartmentSelect } from '@/components/ui/department-select';
import { listDepartmentOptions, resolveDepartmentFilter } from '@/lib/admin/list-departments';
import { AUDIT_ACTION_LABELS } from '@/lib/audit/action-labels';
import { auditDateRange, parseAuditFilter } from '@/lib/audit/audit-filter';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { requirePermission } from '@/lib/auth/guard';

export const metadata: Metadata = { title: '审计日志' };

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  await requirePermission('audit.read', undefined, '/admin/audit');
  const parsed = parseAuditFilter(await searchParams);
  const departments = await listDepartmentOptions();
  const { filter, problems, department } = resolveDepartmentFilter(parsed, departments);
  const { events, nextBefore } = await listAuditEvents({
    action: filter.action,
    actor: filter.actor,
    departmentId: department?.id,
    ...auditDateRange(filter),
    before: filter.before ? BigInt(filter.before) : undefined,
  });
  const next = new URLSearchParams(Object.entries({ ...filter, before: nextBefore ?? undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  // The export has every page of the filtered log: the same filters, without the page's position.
  const exported = new URLSearchParams(Object.entries({ ...filter, before: undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex-1">
          <h1 className="text-2xl font-semibold">审计日志</h1>
          <p className="text-sm text-muted">审计日志只能追加，不能修改或删除（由数据库权限和触发器保证）。</p>
        </div>
        <a href={`/admin/audit.csv${exported.size ? `?${exported}` : ''}`} className="btn-secondary" download>
          导出 CSV（按当前筛选条件）
        </a>
      </div>
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
        <DepartmentSelect id="audit-department" departments={departments} value={filter.department} allLabel="全部部门" />
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
      {problems.length > 0 && <p role="alert" className="text-sm text-danger">{problems.join('；')}（已忽略）</p>}
      <div className="card">
        <AuditEventTable events={events} caption="审计日志" showEntity empty="没有符合条件的记录。" />
      </div>
      {nextBefore && (
        <p>
          <Link href={`/admin/audit?${next.toString()}`} className="text-brand underline">下一页（更早的记录）</Link>
        </p>
      )}
    </div>
  );
}
