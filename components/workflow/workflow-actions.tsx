'use client';

// The workflow steps the signed-in user may take on a report, as buttons.
// What a step is called, whether it needs a reason and in which order the
// steps come are the state machine's (lib/workflow/state-machine.ts); every
// step goes to one server action (takeStepAction). Here only how each looks
// and what it asks before it runs: a confirmation, a reason (return,
// unpublish), or the 保密审查 (签发). The action revalidates the page, which
// then shows the report's new state.
import { useState, useTransition } from 'react';
import { takeStepAction } from '@/app/(workspace)/report-actions';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { TRANSITION_NAMES, TRANSITIONS, type TransitionName } from '@/lib/workflow/state-machine';
import { SignOffForm } from './sign-off-form';

type Step = Exclude<TransitionName, 'submit'>;

const STEPS: Record<Step, { tone: 'primary' | 'secondary' | 'danger'; confirm?: string; hint?: string }> = {
  signOff: { tone: 'primary' },
  returnToEditor: { tone: 'danger', hint: '请写明需要修改的内容，部门编辑会看到。' },
  startReview: { tone: 'secondary' },
  approve: { tone: 'primary' },
  approveAndPublish: { tone: 'primary', confirm: '审核通过并立即向社会公布。确定吗？' },
  publish: { tone: 'primary', confirm: '发布后，报告将立即在公开目录中向社会公布。确定发布吗？' },
  return: { tone: 'danger', hint: '请写明需要修改的内容，部门编辑会看到。' },
  withdraw: { tone: 'secondary', confirm: '撤回后报告回到草稿状态，可继续修改后重新提交。确定撤回吗？' },
  startCorrection: { tone: 'secondary', confirm: '将创建新版本进行更正，须重新签发和审核；新版本发布前，公众仍看到当前版本。确定开始更正吗？' },
  unpublish: { tone: 'danger', hint: '说明将显示在该报告的公开页面上。' },
};

const isStep = (name: TransitionName): name is Step => name !== 'submit';
const BUTTON = { primary: 'btn-primary', secondary: 'btn-secondary', danger: 'btn-danger' } as const;

export function WorkflowActions({ reportId, version, allowed }: { reportId: string; version: number; allowed: TransitionName[] }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState<Step | null>(null);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const steps = TRANSITION_NAMES.filter(isStep).filter((step) => allowed.includes(step));
  if (steps.length === 0) return null;

  const take = (step: Step, extra: Record<string, unknown> = {}) =>
    startTransition(async () => {
      setMessage(null);
      const result = await takeStepAction({ step, reportId, version, ...extra });
      if (result.ok) {
        setAsking(null);
        setReason('');
        setFieldErrors({});
      } else if (asking && Object.keys(result.fieldErrors).length) {
        setFieldErrors(result.fieldErrors);
      } else {
        setAsking(null);
        setMessage(result.message);
      }
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label="审核与发布操作">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            disabled={pending}
            className={BUTTON[STEPS[step].tone]}
            onClick={() => {
              if (TRANSITIONS[step].reason || step === 'signOff') {
                setFieldErrors({});
                setAsking(step);
              } else if (!STEPS[step].confirm || window.confirm(STEPS[step].confirm)) {
                take(step);
              }
            }}
          >
            {TRANSITIONS[step].label}
          </button>
        ))}
      </div>
      {message && (
        <p role="alert" className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
          {message}
        </p>
      )}
      <ModalDialog open={asking !== null} title={asking ? TRANSITIONS[asking].label : ''} onClose={() => setAsking(null)}>
        {asking === 'signOff' && (
          <SignOffForm pending={pending} fieldErrors={fieldErrors} onCancel={() => setAsking(null)} onSignOff={(details) => take('signOff', details)} />
        )}
        {asking && asking !== 'signOff' && (
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              take(asking, { reason });
            }}
          >
            <div>
              <label htmlFor="step-reason" className="field-label">
                {TRANSITIONS[asking].reason?.label}
              </label>
              <textarea
                id="step-reason"
                className="field-input min-h-28"
                value={reason}
                required
                aria-invalid={fieldErrors.reason ? true : undefined}
                aria-describedby="step-reason-hint"
                onChange={(event) => setReason(event.target.value)}
              />
              <p id="step-reason-hint" className={fieldErrors.reason ? 'field-error' : 'mt-1 text-sm text-muted'}>
                {fieldErrors.reason ?? STEPS[asking].hint}
              </p>
            </div>
            <div className="flex justify-end gap-2">
              <button type="button" className="btn-secondary" onClick={() => setAsking(null)}>
                取消
              </button>
              <button type="submit" className="btn-danger" disabled={pending}>
                确认{TRANSITIONS[asking].label}
              </button>
            </div>
          </form>
        )}
      </ModalDialog>
    </div>
  );
}
