// Server actions that take a form are called with whatever the caller sent:
// a script can send any value, and a form posted without JavaScript under
// "$ACTION_ID_" passes the FormData alone (no previous state), so that an
// action expecting (previousState, formData) receives undefined. Such calls
// get the form's refusal, not a TypeError (a 500).
import type { ActionFailure } from './action-result';
import type { ActionState } from './action-state';

export const MALFORMED_FORM_MESSAGE = '提交的表单格式不正确，请刷新页面后重新提交。';

export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}

/** The refusal as a form's state (useActionState forms). */
export const malformedFormState = (): ActionState => ({ status: 'error', message: MALFORMED_FORM_MESSAGE, fieldErrors: {} });

/** The refusal as an action result (actions called from client code). */
export const malformedFormResult = (): ActionFailure => ({ ok: false, kind: 'invalid', message: MALFORMED_FORM_MESSAGE, fieldErrors: {} });
