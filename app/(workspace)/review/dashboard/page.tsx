import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DeadlineDashboard } from '@/components/oversight/deadline-dashboard';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/policy';
import { getDashboard } from '@/lib/oversight/get-dashboard';
import { DASHBOARD_FIELD_LABELS, dashboardFilterSchema } from '@/lib/oversight/oversight-schemas';
import { parseUrlFilter } from '@/lib/url-filter';

export const metadata: Metadata = { title: '期限看板' };

export default async function DashboardPage({ searchParams }: PageProps<'/review/dashboard'>) {
  const user = await requirePermission('oversight.read', undefined, '/review/dashboard');
  const { filter, problems } = parseUrlFilter(dashboardFilterSchema, DASHBOARD_FIELD_LABELS, await searchParams);
  const view = await getDashboard(filter);
  if (!view) notFound();
  return <DeadlineDashboard view={view} problems={problems} canRemind={can(user, 'oversight.remind')} canSetDeadlines={can(user, 'district.manage')} />;
}
