'use client';

// Submitting for review: errors block; each warning needs a written
// explanation for the reviewers; a correction needs its public 更正说明.
import { useState } from 'react';
import { takeStepAction } from '@/app/(workspace)/report-actions';
import type { RuleIssue } from '@/lib/report-format/rules/check-report';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { IssueList } from './issue-list';

export function SubmitDialog({
  open,
  onClose,
  reportId,
  issues,
  editionNumber,
  initialChangeNote,
  signOffRequired,
  submissionProblem,
  beforeSubmit,
  onSubmitted,
}: {
  open: boolean;
  onClose: () => void;
  reportId: string;
  issues: readonly RuleIssue[];
  editionNumber: number;
  initialChangeNote: string;
  /** The district's 先审后发: the department's reviewer signs the report off first. */
  signOffRequired: boolean;
  /** Why it may not be submitted yet, shown before anyone tries. */
  submissionProblem: string | null;
  beforeSubmit: () => Promise<{ version: number; saved: boolean }>;
  onSubmitted: () => void;
}) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [changeNote, setChangeNote] = useState(initialChangeNote);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    setMessage(null);
    try {
      const { version, saved } = await beforeSubmit();
      if (!saved) {
        setMessage('报告尚未保存成功，请先处理保存问题后再提交。');
        return;
      }
      const result = await takeStepAction({ step: 'submit', reportId, version, explanations, changeNote: editionNumber > 1 ? changeNote : undefined });
      if (result.ok) {
        onClose();
        onSubmitted();
      } else {
        setMessage(result.message);
        setFieldErrors(result.fieldErrors);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <ModalDialog open={open} title="提交审核" onClose={onClose} wide>
      <div className="space-y-5">
        {submissionProblem && (
          <p role="alert" className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger" data-testid="submission-period">
            {submissionProblem}
          </p>
        )}
        {errors.length > 0 ? (
          <div>
            <p className="mb-2 font-semibold text-danger">还有 {errors.length} 处错误，修改后才能提交：</p>
            <IssueList issues={errors} linkable={false} />
          </div>
        ) : (
          <p>
            {signOffRequired
              ? '提交后，报告先由本部门负责人进行保密审查并签发，再报送区政务公开办审核；签发和审核开始前可以撤回。'
              : '提交后，报告将交由区政务公开办审核；审核开始前可以撤回。'}
          </p>
        )}
        {warnings.length > 0 && errors.length === 0 && (
          <fieldset className="space-y-4">
            <legend className="mb-2 font-semibold text-warn">以下 {warnings.length} 条警告需要说明原因，说明将提供给签发和审核人员：</legend>
            {warnings.map((issue) => {
              const field = `explanations.${issue.key}`;
              const id = `explain-${issue.key.replace(/[^a-z0-9]/gi, '-')}`;
              return (
                <div key={issue.key}>
                  <label htmlFor={id} className="field-label">
                    {issue.message}
                  </label>
                  <textarea
                    id={id}
                    className="field-input min-h-16"
                    value={explanations[issue.key] ?? ''}
                    aria-invalid={fieldErrors[field] ? true : undefined}
                    aria-describedby={fieldErrors[field] ? `${id}-error` : undefined}
                    onChange={(event) => setExplanations((current) => ({ ...current, [issue.key]: event.target.value }))}
                  />
                  {fieldErrors[field] && (
                    <p id={`${id}-error`} className="field-error">
                      请填写说明。
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        )}
        {editionNumber > 1 && errors.length === 0 && (
          <div>
            <label htmlFor="change-note" className="field-label">
              更正说明（发布后向公众显示）
            </label>
            <textarea
              id="change-note"
              className="field-input min-h-16"
              value={changeNote}
              aria-invalid={fieldErrors.changeNote ? true : undefined}
              aria-describedby={fieldErrors.changeNote ? 'change-note-error' : undefined}
              onChange={(event) => setChangeNote(event.target.value)}
            />
            {fieldErrors.changeNote && (
              <p id="change-note-error" className="field-error">
                {fieldErrors.changeNote}
              </p>
            )}
          </div>
        )}
        {message && (
          <p role="alert" className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
            {message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            取消
          </button>
          <button type="button" className="btn-primary" disabled={errors.length > 0 || submissionProblem !== null || pending} onClick={() => void submit()}>
            {pending ? '正在提交…' : '确认提交'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
