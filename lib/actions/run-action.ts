// The error boundary of server actions: user-facing errors become results,
// Next's control flow (redirect, notFound, forbidden) passes through, and
// anything else is logged with a reference and shown as a generic message.
// Actions called from client code return the failure as it is; form actions
// (useActionState) return it as their form's state (asFormState).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import type { z } from '@/lib/zod';
import { GENERIC_ERROR_MESSAGE, isUserError } from '@/lib/errors';
import { logError, logWarn } from '@/lib/log';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { ActionFailure, ActionResult } from './action-result';
import type { ActionState } from './action-state';

export function failure(error: unknown, context: string): ActionFailure {
  unstable_rethrow(error);
  if (isUserError(error)) {
    return { ok: false, kind: error.kind, message: error.message, fieldErrors: { ...error.fieldErrors }, details: error.details };
  }
  if (isDatabaseUnavailable(error)) {
    // Not a fault to investigate: the database is away or overloaded; say so, and that nothing was done.
    logWarn(`server action: database unavailable: ${context}`, { error: error instanceof Error ? error.message : String(error) });
    return { ok: false, kind: 'error', message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {} };
  }
  const reference = randomUUID().slice(0, 8);
  logError(`server action failed: ${context}`, error, { reference });
  return { ok: false, kind: 'error', message: `${GENERIC_ERROR_MESSAGE}（错误编号 ${reference}）`, fieldErrors: {}, reference };
}

/** Input that failed its zod schema: the summary, and each field's message (shown at the field). */
export function invalidInput(error: z.ZodError, summary = '提交的内容有误，请按提示修改。'): ActionFailure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message;
  return { ok: false, kind: 'invalid', message: summary, fieldErrors };
}

/** A failure as the state of the form that submitted it. */
export const asFormState = ({ message, fieldErrors, details, reference }: ActionFailure): Extract<ActionState, { status: 'error' }> => ({
  status: 'error',
  message,
  fieldErrors,
  details,
  reference,
});

export async function runAction<T extends object>(context: string, work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    return failure(error, context);
  }
}
