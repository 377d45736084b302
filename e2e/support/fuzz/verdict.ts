// What counts as refusing a malformed request properly (the fuzz test's
// oracle), and reading a server action's answer out of React's Flight rows.
//
// A server action refuses properly when it answers
//   - an HTTP 4xx (401/403/404 from the policy, 400/403/413 from the proxy,
//     400/409 from Next for an unknown action), or
//   - HTTP 200 whose result (the row the answer's root names, "a") is Next's
//     refusal (notFound(), forbidden(), unauthorized(): an error row whose
//     digest is NEXT_HTTP_ERROR_FALLBACK;<4xx>), or the
//     action's own refusal: { ok: false } (called from client code) or
//     { status: 'error' } (a form's state), with a message in Chinese, and
//     neither kind 'error' nor a reference: those mark the generic message
//     of an unexpected exception (lib/actions/run-action.ts), not a refusal.
// Anything else fails: a 5xx, an error row (an exception Next caught: the
// page would show its generic error), a success (a malformed input taken),
// a redirect.
//
// A route handler refuses properly with a 4xx whose body says in Chinese what
// is wrong (or, for a signed-in page asked without a session, the redirect to
// the sign-in page; for Auth.js's endpoints, its redirect to the sign-in or
// error page). Anything else fails, 2xx included: only malformed requests are
// sent. Handlers without input (health, sitemap index, stylesheets) are sent
// junk and must answer anything but a 500.

export type Verdict = { ok: true; outcome: string } | { ok: false; outcome: string; why: string };

const CHINESE = /[\u4e00-\u9fff]/;

interface Row {
  tag: string;
  text: string;
}

/** The rows of a Flight answer: "<hex id>:<tag><json>\n", or "<id>:T<hex length>,<text>" with the length in bytes. */
export function flightRows(body: Buffer): Map<number, Row> {
  const rows = new Map<number, Row>();
  let position = 0;
  while (position < body.length) {
    const colon = body.indexOf(0x3a, position);
    if (colon < 0) break;
    const id = parseInt(body.toString('latin1', position, colon), 16);
    const tag = String.fromCharCode(body[colon + 1] ?? 0);
    if (tag === 'T') {
      const comma = body.indexOf(0x2c, colon);
      const length = parseInt(body.toString('latin1', colon + 2, comma), 16);
      rows.set(id, { tag, text: body.toString('utf8', comma + 1, comma + 1 + length) });
      position = comma + 1 + length;
      continue;
    }
    let end = body.indexOf(0x0a, colon);
    if (end < 0) end = body.length;
    const isTag = /[A-Z]/.test(tag) && tag !== 'N';
    rows.set(id, { tag: isTag ? tag : '', text: body.toString('utf8', isTag ? colon + 2 : colon + 1, end) });
    position = end + 1;
  }
  return rows;
}

/** The action's result out of its Flight answer: the value, or why there is none. */
export function actionResult(body: Buffer): { value: unknown } | { error: string } {
  const rows = flightRows(body);
  let root: { a?: unknown };
  try {
    root = JSON.parse(rows.get(0)?.text ?? '') as { a?: unknown };
  } catch {
    return { error: `no Flight answer: ${body.toString('utf8', 0, 200)}` };
  }
  const reference = typeof root.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a) : null;
  if (!reference) return { error: `the answer names no result: ${rows.get(0)?.text.slice(0, 200)}` };
  const row = rows.get(parseInt(reference[1]!, 16));
  if (!row) return { error: 'the result row is missing' };
  if (row.tag === 'E') {
    // notFound()/forbidden()/unauthorized() in the action: Next's refusal, with its status in the digest.
    const fallback = /"digest":"NEXT_HTTP_ERROR_FALLBACK;(4\d\d)"/.exec(row.text);
    return fallback ? { value: { refusedWith: Number(fallback[1]) } } : { error: `error row ${row.text.slice(0, 200)}` };
  }
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string' && /^\$[0-9a-f]+$/.test(value)) {
      const outlined = rows.get(parseInt(value.slice(1), 16));
      return outlined?.tag === 'T' ? outlined.text : outlined ? resolve(JSON.parse(outlined.text)) : value;
    }
    if (value === '$undefined') return undefined;
    if (typeof value === 'string' && value.startsWith('$$')) return value.slice(1);
    return value;
  };
  try {
    const value = resolve(JSON.parse(row.text)) as Record<string, unknown> | null;
    if (value && typeof value === 'object') for (const key of ['message', 'kind', 'status', 'reference']) value[key] = resolve(value[key]);
    return { value };
  } catch {
    return { error: `unreadable result row ${row.text.slice(0, 200)}` };
  }
}

export function judgeAction(status: number, body: Buffer): Verdict {
  if (status >= 400 && status < 500) return { ok: true, outcome: `HTTP ${status}` };
  if (status !== 200) return { ok: false, outcome: `HTTP ${status}`, why: `HTTP ${status}: ${body.toString('utf8', 0, 300)}` };
  const result = actionResult(body);
  if ('error' in result) return { ok: false, outcome: 'error row', why: result.error };
  const value = result.value as { ok?: unknown; status?: unknown; kind?: unknown; message?: unknown; reference?: unknown; refusedWith?: number } | null;
  if (value?.refusedWith) return { ok: true, outcome: `200 with Next's ${value.refusedWith}` };
  const refused = value !== null && typeof value === 'object' && (value.ok === false || value.status === 'error');
  if (!refused) return { ok: false, outcome: 'accepted', why: `a malformed input was accepted: ${JSON.stringify(value)?.slice(0, 300)}` };
  if (value.kind === 'error' || value.reference !== undefined) return { ok: false, outcome: 'generic error', why: `an unexpected error, not a refusal: ${JSON.stringify(value).slice(0, 300)}` };
  if (typeof value.message !== 'string' || !CHINESE.test(value.message)) return { ok: false, outcome: 'no message', why: `no Chinese message: ${JSON.stringify(value).slice(0, 300)}` };
  return { ok: true, outcome: `200 ${value.ok === false ? `ok:false ${String(value.kind)}` : 'status:error'}` };
}

export interface RouteAnswer {
  status: number;
  location: string | null;
  body: string;
}

export function judgeRoute(answer: RouteAnswer, options: { signedOut?: boolean; authJs?: boolean } = {}): Verdict {
  const { status, location, body } = answer;
  if (status >= 400 && status < 500) {
    return CHINESE.test(body) ? { ok: true, outcome: `HTTP ${status}` } : { ok: false, outcome: `HTTP ${status} without Chinese`, why: `HTTP ${status} without a Chinese message: ${body.slice(0, 200)}` };
  }
  if (status >= 300 && status < 400 && location) {
    const path = new URL(location, 'http://portal.invalid').pathname + new URL(location, 'http://portal.invalid').search;
    if (options.signedOut && path.startsWith('/login')) return { ok: true, outcome: `HTTP ${status} → sign-in` };
    if (options.authJs && (path.startsWith('/login') || path.startsWith('/api/auth/error') || path.startsWith('/api/auth/signin'))) return { ok: true, outcome: `HTTP ${status} → Auth.js sign-in/error page` };
  }
  return { ok: false, outcome: `HTTP ${status}`, why: `HTTP ${status}${location ? ` → ${location}` : ''}: ${body.slice(0, 300)}` };
}
