import type { ActionState } from '@/lib/actions/action-state';

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded border border-ok bg-ok-soft px-3 py-2 text-sm text-ok">
        {state.message}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      {state.message}
    </p>
  );
}

export function fieldError(state: ActionState, field: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors[field] : undefined;
}
