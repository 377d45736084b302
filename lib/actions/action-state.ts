// What a server action returns to its form. Errors carry a Chinese message
// and, for input errors, the message of each field.
export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message?: string }
  | {
      status: 'error';
      message: string;
      fieldErrors: Record<string, string>;
      /** What was submitted (passwords left out), so the form shows it again instead of clearing. */
      values?: Record<string, string>;
      reference?: string;
      details?: unknown;
    };

/** The submitted text fields of a form, without passwords, to show again after an error. */
export function submittedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(([key, value]) => typeof value === 'string' && !/password/i.test(key) && !key.startsWith('$')) as [string, string][],
  );
}

/** The value a field had when the form was last submitted with an error, else `fallback`. */
export function previousValue(state: ActionState, field: string, fallback?: string): string | undefined {
  return state.status === 'error' && state.values && field in state.values ? state.values[field] : fallback;
}

export const idleState: ActionState = { status: 'idle' };
