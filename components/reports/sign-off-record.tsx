import type { SubmissionView } from '@/lib/reports/get-report-workspace';
import { formatDateTime } from '@/lib/format-time';

/** 签发 and its 保密审查 as the department's reviewer confirmed them: who, when, the statement, the note. */
export function SignOffRecord({ submission }: { submission: SubmissionView | undefined }) {
  const signOff = submission?.signOff;
  if (!signOff) return null;
  return (
    <section aria-labelledby="sign-off-title" className="rounded border border-ok bg-ok-soft px-4 py-3 text-sm" data-testid="sign-off-record">
      <h2 id="sign-off-title" className="font-semibold text-ok">
        部门签发与保密审查
      </h2>
      <p className="mt-1">
        签发人：{signOff.by} · 签发时间：{formatDateTime(signOff.at)}
      </p>
      <p className="mt-1">保密审查：已确认。{signOff.statement}</p>
      {signOff.note && <p className="mt-1">审查备注：{signOff.note}</p>}
    </section>
  );
}
