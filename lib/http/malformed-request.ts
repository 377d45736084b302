// Requests that the proxy answers itself with a 4xx, because what Next does
// with them is a 500 (or an error row where the server action's answer should
// be): an address it cannot decode or one holding control characters, a
// server action posted from another site, too large, or in a form React
// cannot decode. Each answer says in Chinese what is wrong; nothing behind it
// runs. Called first by proxy.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { isCsrfOriginAllowed } from 'next/dist/server/app-render/csrf-protection';
import { parseAuditFilter } from '@/lib/audit/audit-filter';
import { DASHBOARD_FIELD_LABELS, dashboardFilterSchema } from '@/lib/oversight/oversight-schemas';
import { plainTextProblem } from '@/lib/plain-text';
import { parseQueueFilter } from '@/lib/reports/review-queue-filter';
import { parseUrlFilter } from '@/lib/url-filter';
import { ACTION_BODY_LIMIT, IMPORT_BODY_LIMIT, IMPORT_PATH } from './body-limits';
import { NONCE_POLICY_PATHS } from './security-headers.mjs';
import { serverActionBodyProblem } from './server-action-body';

/**
 * Hosts besides the portal's own from which server actions may be posted:
 * Next's `experimental.serverActions.allowedOrigins` (next.config.js), which
 * must list the same. Empty: only the host the request was sent to.
 */
export const SERVER_ACTION_ALLOWED_ORIGINS: readonly string[] = [];

/** Paths whose query strings are read by code (the signed-in pages, sign-in, setup): a control character in them is refused. */
const CHECKED_QUERY_PATHS = NONCE_POLICY_PATHS;

/** Why the address's path cannot be used, or null: a malformed percent-encoding, or a control character once decoded. */
export function pathProblem(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return '网址中含有无法识别的编码（例如不完整的“%”转义）。';
  }
  const problem = plainTextProblem(decoded);
  return problem ? `网址${problem}` : null;
}

/** Why a query string cannot be used, naming the parameter, or null. */
export function queryProblem(params: URLSearchParams): string | null {
  for (const [key, value] of params) {
    const problem = plainTextProblem(key) ?? plainTextProblem(value);
    if (problem) return `网址参数“${plainTextProblem(key) ? '（参数名）' : key}”${problem}`;
  }
  return null;
}

/** Next's own test: a POST naming an action in its header, or a multipart form (posted without JavaScript). */
export function isServerActionRequest(request: Pick<Request, 'method' | 'headers'>): boolean {
  return request.method === 'POST' && (request.headers.has('next-action') || (request.headers.get('content-type') ?? '').startsWith('multipart/form-data'));
}

/**
 * Next's cross-site check of server actions (action-handler.js), which
 * answers a refusal with a 500: the Origin's host must be the host the
 * request was sent to (X-Forwarded-Host first, as Next reads it) or allowed.
 * No Origin (not a browser) passes, as with Next.
 */
export function foreignOrigin(headers: Headers, allowed: readonly string[] = SERVER_ACTION_ALLOWED_ORIGINS): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return originHost !== host && !isCsrfOriginAllowed(originHost, [...allowed]);
}

const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

async function serverActionRefusal(request: NextRequest): Promise<NextResponse | null> {
  if (foreignOrigin(request.headers)) return refuse(403, '请求被拒绝：表单只能从本站页面提交（请求来源与本站地址不符）。');
  const limit = request.nextUrl.pathname === IMPORT_PATH ? IMPORT_BODY_LIMIT : ACTION_BODY_LIMIT;
  const tooLarge = () => refuse(413, `提交的内容过大（上限 ${Math.round(limit / 1024 / 1024)} MB）。`);
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge();
  const fetchAction = request.headers.has('next-action');
  const contentType = request.headers.get('content-type') ?? '';
  let entries: Array<[string, string | Blob]>;
  if (contentType.startsWith('multipart/form-data')) {
    const form = await request.formData().catch(() => null);
    if (!form) return refuse(400, '请求内容格式不正确：无法读取表单。');
    entries = [...form.entries()];
    if (entries.reduce((size, [key, value]) => size + key.length + (typeof value === 'string' ? value.length : value.size), 0) > limit) return tooLarge();
  } else {
    // Not multipart: Next only takes it for an action named in the header (a URL-encoded one it refuses itself).
    if (!fetchAction || contentType.startsWith('application/x-www-form-urlencoded')) return null;
    const text = await request.text();
    if (Buffer.byteLength(text) > limit) return tooLarge();
    entries = [['0', text]];
  }
  const problem = serverActionBodyProblem(entries, fetchAction);
  return problem ? refuse(400, problem) : null;
}

/** The signed-in pages with filters in their address: each names a malformed filter itself; the proxy gives it the status. */
const FILTER_PAGES: Record<string, (params: Record<string, string>) => { problems: string[] }> = {
  '/admin/audit': parseAuditFilter,
  '/review': parseQueueFilter,
  '/review/dashboard': (params) => parseUrlFilter(dashboardFilterSchema, DASHBOARD_FIELD_LABELS, params),
};

/**
 * 400 when a filter page is asked for with a filter it cannot read (year=abc …),
 * which the page then names. Only for GET: a server action posted from the page keeps its own status.
 */
export function filterPageStatus(request: Pick<NextRequest, 'method' | 'nextUrl'>): 400 | undefined {
  const parse = FILTER_PAGES[request.nextUrl.pathname];
  if (!parse || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  return parse(Object.fromEntries(request.nextUrl.searchParams)).problems.length ? 400 : undefined;
}

/**
 * The proxy's first step: a response refusing the request, or null to go on.
 * Bad addresses get the 400 page; server actions a short text, since the
 * caller is a script (our pages never send such requests).
 */
export async function refuseMalformedRequest(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, searchParams } = request.nextUrl;
  const badAddress = () => NextResponse.rewrite(new URL('/400', request.url), { status: 400 });
  if (pathProblem(pathname)) return badAddress();
  if (isServerActionRequest(request)) return serverActionRefusal(request);
  if (CHECKED_QUERY_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)) && queryProblem(searchParams)) return badAddress();
  return null;
}
