// The one error type whose message a user may see. Every message is Chinese
// and says what went wrong and, where it concerns a form field, which field.
// Any other error is a bug or an outage: it is logged with a reference and the
// user sees a generic message (GENERIC_ERROR_MESSAGE, given by the server
// actions' error boundary in lib/actions/run-action.ts).

export type UserErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict';

const STATUS: Record<UserErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

export class UserError extends Error {
  readonly kind: UserErrorKind;
  /** Field name → message, for form input errors. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Extra data the UI may show (e.g. who changed a report and when). */
  readonly details: unknown;

  constructor(
    kind: UserErrorKind,
    message: string,
    options: { fieldErrors?: Record<string, string>; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'UserError';
    this.kind = kind;
    this.fieldErrors = options.fieldErrors ?? {};
    this.details = options.details;
  }

  get status(): number {
    return STATUS[this.kind];
  }

  static invalid(message: string, fieldErrors?: Record<string, string>, details?: unknown) {
    return new UserError('invalid', message, { fieldErrors, details });
  }

  static unauthenticated(message = '请先登录。') {
    return new UserError('unauthenticated', message);
  }

  static forbidden(message = '您没有权限执行此操作。') {
    return new UserError('forbidden', message);
  }

  static notFound(message = '未找到该内容，可能已被删除或您无权查看。') {
    return new UserError('not_found', message);
  }

  static conflict(message: string, details?: unknown) {
    return new UserError('conflict', message, { details });
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message shown for every error that is not a UserError. */
export const GENERIC_ERROR_MESSAGE = '系统出现问题，您的操作未能完成。请稍后重试；如仍有问题，请联系管理员并提供错误编号。';
