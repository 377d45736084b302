// Who may ask for a 访问量 count, and who they are, without storing anything personal.
import { createHmac } from 'node:crypto';

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
  const address = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || '';
  const day = now.toISOString().slice(0, 10);
  return createHmac('sha256', secret).update(`${day}|${address}|${headers.get('user-agent') ?? ''}`).digest('base64url').slice(0, 32);
}
