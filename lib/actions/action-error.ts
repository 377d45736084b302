// Turns an error thrown inside a server action into what its form shows.
// Next's own control-flow errors (redirect, notFound, forbidden) are rethrown.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { GENERIC_ERROR_MESSAGE, isUserError } from '@/lib/errors';
import type { ActionState } from './action-state';
import { logError } from '@/lib/log';

export function actionError(error: unknown, context: string): ActionState {
  unstable_rethrow(error);
  if (isUserError(error)) {
    return { status: 'error', message: error.message, fieldErrors: { ...error.fieldErrors }, details: error.details };
  }
  const reference = randomUUID().slice(0, 8);
  logError(context, error, { reference });
  return { status: 'error', message: `${GENERIC_ERROR_MESSAGE}（错误编号 ${reference}）`, fieldErrors: {}, reference };
}

/** The state for input that failed its zod schema: one message per field. */
export function invalidInputState(error: z.ZodError, summary = '提交的内容有误，请按提示修改。'): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    fieldErrors[key] ??= issue.message;
  }
  return { status: 'error', message: summary, fieldErrors };
}
