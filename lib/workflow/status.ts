// Report states and how they are called in the interface.
export const REPORT_STATUSES = ['DRAFT', 'AWAITING_SIGNOFF', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: '草稿',
  AWAITING_SIGNOFF: '待部门签发',
  SUBMITTED: '待审核',
  IN_REVIEW: '审核中',
  RETURNED: '已退回',
  APPROVED: '已通过',
  PUBLISHED: '已发布',
  UNPUBLISHED: '已撤销发布',
};

/** States in which a submission waits for the district's approvers (to be reviewed or published). */
export const AWAITING_STATUSES: readonly ReportStatus[] = ['SUBMITTED', 'IN_REVIEW', 'APPROVED'];

export function isAwaiting(status: ReportStatus): boolean {
  return AWAITING_STATUSES.includes(status);
}

/** A status as the interface names it; values the interface does not know are shown as they are. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status as ReportStatus] ?? status;
}
