import { stageOf, STAGE_LABELS, stagesFor, type Stage } from '@/lib/workflow/state-machine';
import type { ReportStatus } from '@/lib/workflow/status';

/**
 * Where a report is in the chain (编辑起草 → 部门负责人签发 → 区政务公开办审核 →
 * 发布 → 已公开) and who holds it now. The sign-off stage shows where the
 * district requires it, or while a report still waits there.
 */
export function ReportStepper({
  status,
  signOffRequired,
  holders,
}: {
  status: ReportStatus;
  signOffRequired: boolean;
  holders: { role: string; names: string[] } | null;
}) {
  const current = stageOf(status);
  const stages = stagesFor({ signOffRequired: signOffRequired || current === 'signoff' });
  const currentIndex = stages.indexOf(current);
  const state = (stage: Stage, index: number) => (index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo');
  return (
    <nav aria-label="审核流程" className="card p-4">
      <ol className="flex flex-wrap items-center gap-2 text-sm" data-testid="report-stepper">
        {stages.map((stage, index) => {
          const at = state(stage, index);
          return (
            <li key={stage} className="flex items-center gap-2" aria-current={at === 'current' ? 'step' : undefined}>
              {index > 0 && (
                <span aria-hidden="true" className="text-muted">
                  →
                </span>
              )}
              <span
                className={`rounded-full border px-3 py-1 ${
                  at === 'current' ? 'border-brand bg-brand text-white' : at === 'done' ? 'border-ok bg-ok-soft text-ok' : 'border-line bg-paper text-muted'
                }`}
              >
                <span className="sr-only">{at === 'done' ? '已完成：' : at === 'current' ? '当前：' : '未开始：'}</span>
                {STAGE_LABELS[stage]}
              </span>
            </li>
          );
        })}
      </ol>
      {holders && (
        <p className="mt-2 text-sm" data-testid="report-holder">
          当前由{holders.role}处理{holders.names.length ? `：${holders.names.join('、')}` : '（尚未设置该角色的用户，请联系系统管理员）'}
          {status === 'RETURNED' ? '（已退回，待修改后重新提交）' : ''}
        </p>
      )}
    </nav>
  );
}
