// What pages cannot do: answer with the right HTTP status. It runs for
// /reports, /departments and /statistics, and for addresses with a percent-encoding
// (public addresses have none); every other page is served straight from
// Next's cache without it.
// - an address whose percent-encoding is malformed (/departments/%ff) answers
//   400 with app/400/page.tsx (Next itself would answer a bare 500);
// - malformed filters (year=abc, page=0, a control character …) answer 400,
//   rendered by the page itself, which names what is wrong;
// - text searches are limited per address (lib/public/search-limit.ts): past
//   the limit, 429, rendered by the page too (told by a request header), with
//   the time to wait.
import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from '@/lib/http/client-address';
import { parseDepartmentsFilter } from '@/lib/public/departments-filter';
import { parseDirectoryFilter } from '@/lib/public/directory-filter';
import { parseStatisticsFilter } from '@/lib/statistics/filter';
import { consumeSearch, SEARCH_LIMITED_HEADER } from '@/lib/public/search-limit';

export async function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/400', request.url), { status: 400 });
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

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Literal, as Next reads it at build time. The last: any address with a "%".
export const config = { matcher: ['/reports', '/departments', '/statistics', '/:path(.*%.*)'] };
