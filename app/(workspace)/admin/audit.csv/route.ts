// The audit log as CSV (admins), with the audit page's filters; streamed.
import { listDepartmentOptions, resolveDepartmentFilter } from '@/lib/admin/list-departments';
import { exportAuditLog } from '@/lib/audit/audit-csv';
import { auditDateRange, parseAuditFilter } from '@/lib/audit/audit-filter';
import { requireActionPermission } from '@/lib/auth/guard';
import { isoDate } from '@/lib/format-time';
import { withRefusalMessages } from '@/lib/http/route-refusals';
import { contentDisposition } from '@/lib/public/csv';

export const dynamic = 'force-dynamic';

export const GET = withRefusalMessages(async (request: Request) => {
  const user = await requireActionPermission('audit.read');
  const parsed = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  const { filter, problems, department } = resolveDepartmentFilter(parsed, await listDepartmentOptions());
  if (problems.length) return new Response(problems.join('；'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { before: _page, ...query } = filter;
  const stream = await exportAuditLog(
    user,
    { action: filter.action, actor: filter.actor, departmentId: department?.id, ...auditDateRange(filter) },
    Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))),
  );
  const today = isoDate(new Date());
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(`audit-log-${today}.csv`, `审计日志-${today}.csv`),
      'cache-control': 'private, no-store',
    },
  });
});
