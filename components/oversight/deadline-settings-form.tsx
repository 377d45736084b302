'use client';

// The district's own deadlines for a year and its automatic reminders.
import { useActionState } from 'react';
import { saveYearDeadlinesAction } from '@/app/(workspace)/admin/actions';
import { idleState, previousValue } from '@/lib/actions/action-state';
import { FormMessage, fieldError } from '@/components/admin/form-message';

interface Props {
  district: string;
  year: number;
  legal: string;
  settings: { submitBy: string | null; publishBy: string | null; remindersEnabled: boolean; reminderDays: number[] };
}

export function DeadlineSettingsForm({ district, year, legal, settings }: Props) {
  const [state, action, pending] = useActionState(saveYearDeadlinesAction, idleState);
  const field = (name: string, label: string, value: string | null, hint: string) => {
    const error = fieldError(state, name);
    return (
      <div>
        <label htmlFor={name} className="field-label">
          {label}
        </label>
        <input
          id={name}
          name={name}
          type="date"
          className="field-input"
          defaultValue={previousValue(state, name, value ?? '')}
          min={`${year}-12-01`}
          max={legal}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${name}-hint`}
        />
        <p id={`${name}-hint`} className={error ? 'field-error' : 'mt-1 text-sm text-muted'}>
          {error ?? hint}
        </p>
      </div>
    );
  };
  const daysError = fieldError(state, 'reminderDays');
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="district" value={district} />
      <input type="hidden" name="year" value={year} />
      {field('submitBy', '报送期限（部门提交并签发，报送区政务公开办）', settings.submitBy, `留空表示不设。应在法定期限（${legal}）之前。`)}
      {field('publishBy', '发布期限（本区要求的公开日期）', settings.publishBy, `留空表示只按法定期限（${legal}）。`)}
      <div className="flex items-start gap-2">
        <input id="remindersEnabled" name="remindersEnabled" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={settings.remindersEnabled} />
        <label htmlFor="remindersEnabled">
          <span className="font-medium">自动提醒</span>
          <span className="block text-sm text-muted">在每个期限前的指定天数，向尚未完成的部门发送站内通知（配置了邮件服务时同时发送邮件），每个部门每次只发一次。</span>
        </label>
      </div>
      <div>
        <label htmlFor="reminderDays" className="field-label">
          提前几天提醒
        </label>
        <input
          id="reminderDays"
          name="reminderDays"
          className="field-input"
          defaultValue={previousValue(state, 'reminderDays', settings.reminderDays.join(','))}
          aria-invalid={daysError ? true : undefined}
          aria-describedby="reminderDays-hint"
        />
        <p id="reminderDays-hint" className={daysError ? 'field-error' : 'mt-1 text-sm text-muted'}>
          {daysError ?? '用逗号分隔，例如 7,3,1（0 表示截止当天）。'}
        </p>
      </div>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        保存期限设置
      </button>
    </form>
  );
}
