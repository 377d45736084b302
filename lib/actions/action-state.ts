// What a server action returns to its form. Errors carry a Chinese message
// and, for input errors, the message of each field.
export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message?: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; reference?: string; details?: unknown };

export const idleState: ActionState = { status: 'idle' };
