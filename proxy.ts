// What pages cannot do: answer with the right HTTP status. It runs for
// /reports, /departments and /statistics, and for addresses with a percent-encoding
// (public addresses have none); every other page is served straight from
// Next's cache without it.
// - an address whose percent-encoding is malformed (/departments/%ff) or that
//   holds a control character (/notifications/%00/open, or in the query of a
//   signed-in page) answers 400 with app/400/page.tsx (Next itself, or the
//   database, would answer a 500); a server action posted from another site
//   answers 403, too large 413, in a form React cannot decode 400
//   (lib/http/malformed-request.ts; Next would answer 500s);
// - malformed filters (year=abc, page=0, a control character …) answer 400,
//   rendered by the page itself, which names what is wrong;
// - text searches are limited per address (lib/public/search-limit.ts): past
//   the limit, 429, rendered by the page too (told by a request header), with
//   the time to wait.
import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from '@/lib/http/client-address';
import { filterPageStatus, refuseMalformedRequest } from '@/lib/http/malformed-request';
import { noncePolicy, usesNoncePolicy } from '@/lib/http/nonce-policy';
import { parseDepartmentsFilter } from '@/lib/public/departments-filter';
import { parseDirectoryFilter } from '@/lib/public/directory-filter';
import { parseStatisticsFilter } from '@/lib/statistics/filter';
import { consumeSearch, SEARCH_LIMITED_HEADER } from '@/lib/public/search-limit';

export async function proxy(request: NextRequest) {
  // Malformed addresses, and server actions from other sites, too large or undecodable: 400/403/413.
  const refused = await refuseMalformedRequest(request);
  if (refused) return refused;
  if (usesNoncePolicy(request.nextUrl.pathname)) return withNoncePolicy(request, filterPageStatus(request));
  if (request.nextUrl.pathname === '/departments') {
    const params = request.nextUrl.searchParams;
    const departments = parseDepartmentsFilter(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key) ?? ''])));
    return departments.ok ? NextResponse.next() : NextResponse.rewrite(request.nextUrl, { status: 400 });
  }
  if (request.nextUrl.pathname === '/statistics') {
    return parseStatisticsFilter(request.nextUrl.searchParams).ok ? NextResponse.next() : NextResponse.rewrite(request.nextUrl, { status: 400 });
  }
  if (request.nextUrl.pathname !== '/reports') return NextResponse.next();
  const parsed = parseDirectoryFilter(request.nextUrl.searchParams);
  if (!parsed.ok) return NextResponse.rewrite(request.nextUrl, { status: 400 });
  if (parsed.filter.q) {
    const decision = await consumeSearch(clientAddress(request.headers));
    if (!decision.allowed) {
      const headers = new Headers(request.headers);
      headers.set(SEARCH_LIMITED_HEADER, String(decision.retryAfterSeconds));
      return NextResponse.rewrite(request.nextUrl, {
        status: 429,
        headers: { 'retry-after': String(decision.retryAfterSeconds) },
        request: { headers },
      });
    }
  }
  if (request.headers.has(SEARCH_LIMITED_HEADER)) {
    // Only this proxy says that a search was refused.
    const headers = new Headers(request.headers);
    headers.delete(SEARCH_LIMITED_HEADER);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

/** Signed-in pages: a Content-Security-Policy with a fresh nonce, on the request (Next puts the nonce on its scripts) and on the response. */
function withNoncePolicy(request: NextRequest, status?: number) {
  const { policy } = noncePolicy();
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // With a status (a filter page's malformed filter: 400), the page renders with it.
  const response = status ? NextResponse.rewrite(request.nextUrl, { status, request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Literal, as Next reads it at build time: the pages checked above, the signed-in
// pages (their nonce policy), and any address with a "%".
export const config = {
  matcher: [
    '/reports',
    '/departments',
    '/statistics',
    '/login',
    '/setup',
    '/editor/:path*',
    '/review/:path*',
    '/admin/:path*',
    '/import',
    '/notifications/:path*',
    '/:path(.*%.*)',
    // Server actions, on whatever page they are posted to (lib/http/malformed-request.ts).
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
