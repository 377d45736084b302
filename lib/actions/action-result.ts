// What a server action called from client code returns: its data, or a
// Chinese message (with one per field for input errors). Refusals by the
// policy are not results: the action answers 403/404 (see lib/auth/guard.ts).
import type { UserErrorKind } from '@/lib/errors';

export type ActionFailure = {
  ok: false;
  kind: UserErrorKind | 'error';
  message: string;
  fieldErrors: Record<string, string>;
  details?: unknown;
  reference?: string;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;
