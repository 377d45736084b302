'use client';

// 签发 with the 保密审查: the department's reviewer confirms, with the
// standard wording (kept with the sign-off), that the report passed the
// confidentiality review, and may add a note. Nothing is signed unconfirmed.
import { useState } from 'react';
import { CONFIDENTIALITY_STATEMENT } from '@/lib/reports/confidentiality';

export function SignOffForm({
  pending,
  fieldErrors,
  onCancel,
  onSignOff,
}: {
  pending: boolean;
  fieldErrors: Record<string, string>;
  onCancel: () => void;
  onSignOff: (details: { confidentiality: boolean; confidentialityNote: string }) => void;
}) {
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const error = fieldErrors.confidentiality;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSignOff({ confidentiality: confirmed, confidentialityNote: note });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="font-semibold">保密审查</legend>
        <div className="flex items-start gap-2">
          <input
            id="confidentiality"
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            checked={confirmed}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'confidentiality-error' : undefined}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <label htmlFor="confidentiality" className="text-sm leading-relaxed">
            已进行保密审查：{CONFIDENTIALITY_STATEMENT}
          </label>
        </div>
        {error && (
          <p id="confidentiality-error" className="field-error">
            {error}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="confidentiality-note" className="field-label">
          审查备注（可选）
        </label>
        <textarea
          id="confidentiality-note"
          className="field-input min-h-16"
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
        />
        {fieldErrors.confidentialityNote && <p className="field-error">{fieldErrors.confidentialityNote}</p>}
      </div>
      <p className="text-sm text-muted">签发后，报告报送区政务公开办审核。签发人、签发时间和保密审查记录将写入报告历史。</p>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="btn-primary" disabled={pending}>
          确认签发
        </button>
      </div>
    </form>
  );
}
