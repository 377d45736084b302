// Who may ask for a 访问量 count, and who they are, without storing anything personal.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { clientAddress } from '@/lib/http/client-address';

const REPORT_ID = /^c[a-z0-9]{20,32}$/;

/**
 * Why a count request is refused (status and Chinese message), or null.
 * Only this portal's own pages count: a browser marks requests from other
 * sites (Sec-Fetch-Site), and a JSON body cannot be sent across sites
 * without a CORS preflight, which this endpoint never grants.
 */
export function viewRequestProblem(headers: Headers): { status: 403 | 415; message: string } | null {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return { status: 403, message: '只统计本站页面的访问。' };
  if (!headers.get('content-type')?.toLowerCase().startsWith('application/json')) return { status: 415, message: '请求内容应为 JSON。' };
  return null;
}

export function isReportId(value: string): boolean {
  return REPORT_ID.test(value);
}

/**
 * The visitor id of a browser without our cookie: a keyed hash of its address
 * and browser for the day, so that repeats of a client that refuses cookies
 * count once per 30 minutes too. It becomes the cookie's value.
 */
export function anonymousVisitorId(headers: Headers, secret: string, now: Date = new Date()): string {
  // The address the front proxy saw (the last hop), not the first one, which the client writes itself.
  const address = clientAddress(headers);
  const day = now.toISOString().slice(0, 10);
  return createHmac('sha256', secret).update(`${day}|${address}|${headers.get('user-agent') ?? ''}`).digest('base64url').slice(0, 32);
}

const SIGNATURE_LENGTH = 22;
const sign = (id: string, secret: string) => createHmac('sha256', secret).update(`visitor|${id}`).digest('base64url').slice(0, SIGNATURE_LENGTH);

/**
 * The visitor cookie's value: an id and its signature. Only the portal can
 * make one, so a script that sends a new made-up cookie with every request is
 * a browser without a cookie (anonymousVisitorId: its address and browser).
 */
export function signVisitorId(id: string, secret: string): string {
  return `${id}.${sign(id, secret)}`;
}

/** The visitor id in a cookie value the portal signed, or null. */
export function verifiedVisitorId(cookie: string | undefined, secret: string): string | null {
  const match = cookie ? /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{22})$/.exec(cookie) : null;
  if (!match) return null;
  const expected = Buffer.from(sign(match[1]!, secret));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]! : null;
}
