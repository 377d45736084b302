'use client';

// 催报: a form that reminds one department (or every overdue one). Works
// without JavaScript too (a plain form post to the server action).
import { useActionState } from 'react';
import { sendReminderAction } from '@/app/(workspace)/review/oversight-actions';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from '@/components/admin/form-message';

export function ReminderButton({ district, year, target, label, withNote = false }: { district: string; year: number; target: string; label: string; withNote?: boolean }) {
  const [state, action, pending] = useActionState(sendReminderAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="district" value={district} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="target" value={target} />
      {withNote && (
        <div>
          <label htmlFor={`note-${target}`} className="field-label">
            附言（可选，随提醒发送）
          </label>
          <input id={`note-${target}`} name="note" maxLength={500} className="field-input" />
        </div>
      )}
      <button type="submit" className={withNote ? 'btn-primary' : 'btn-secondary px-2 py-1 text-xs'} disabled={pending}>
        {pending ? '正在发送…' : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
