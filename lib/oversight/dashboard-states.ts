// The states the deadline dashboard tells apart: not started, and each state
// of the workflow, in the order a report goes through them.
import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';

export const DASHBOARD_STATES = ['none', 'DRAFT', 'RETURNED', 'AWAITING_SIGNOFF', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type DashboardState = (typeof DASHBOARD_STATES)[number];

export const DASHBOARD_STATE_LABELS: Record<DashboardState, string> = {
  none: '未开始',
  ...(Object.fromEntries(DASHBOARD_STATES.filter((state) => state !== 'none').map((state) => [state, STATUS_LABELS[state as ReportStatus]])) as Record<Exclude<DashboardState, 'none'>, string>),
};
