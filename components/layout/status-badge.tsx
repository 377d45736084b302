import { STATUS_LABELS, type ReportStatus } from '@/lib/workflow/status';

const TONES: Record<ReportStatus, string> = {
  DRAFT: 'border-line bg-canvas text-ink',
  AWAITING_SIGNOFF: 'border-brand bg-paper text-brand',
  SUBMITTED: 'border-brand bg-brand-soft text-brand',
  IN_REVIEW: 'border-brand bg-brand-soft text-brand',
  RETURNED: 'border-warn bg-warn-soft text-warn',
  APPROVED: 'border-ok bg-ok-soft text-ok',
  PUBLISHED: 'border-ok bg-ok text-white',
  UNPUBLISHED: 'border-danger bg-danger-soft text-danger',
};

export function StatusBadge({ status }: { status: ReportStatus }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
