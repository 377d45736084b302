// Two jobs, both about Next's cache (no authorization happens here: pages,
// actions and route handlers check it):
// 1. The public directory's query-string addresses map to cached pages:
//      /reports?year=2024&department=finance&page=2 → /portal/<mode>/reports/y2024_dfinance_p2
//    A text search (q) is rendered per request, and so are malformed filters,
//    answered with status 400 and a page that names them.
// 2. 关怀版 visitors (nb_mode cookie) of a department, report or edition page
//    get its /portal/care copy. The matcher only runs the proxy for them, so
//    the standard pages are served straight from the cache.
// (The internal /portal addresses are not linked anywhere; robots.txt keeps
// crawlers out of them.)
import { NextResponse, type NextRequest } from 'next/server';
import { filterSegment, parseDirectoryFilter } from '@/lib/public/directory-filter';
import { MODE_COOKIE, modeFromCookie } from '@/lib/public/display-mode';

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const mode = modeFromCookie(request.cookies.get(MODE_COOKIE)?.value);
  if (url.pathname !== '/reports') {
    url.pathname = `/portal/care${url.pathname}`;
    return NextResponse.rewrite(url);
  }
  const parsed = parseDirectoryFilter(url.searchParams);
  if (!parsed.ok) {
    url.pathname = `/portal/${mode}/reports-search`;
    return NextResponse.rewrite(url, { status: 400 });
  }
  if (parsed.filter.q) {
    url.pathname = `/portal/${mode}/reports-search`;
    return NextResponse.rewrite(url);
  }
  url.pathname = `/portal/${mode}/reports/${filterSegment(parsed.filter)}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

// Literal, as Next reads it at build time (nb_mode = MODE_COOKIE).
export const config = {
  matcher: [
    '/reports',
    { source: '/departments/:slug', has: [{ type: 'cookie', key: 'nb_mode', value: 'care' }] },
    { source: '/departments/:slug/:year', has: [{ type: 'cookie', key: 'nb_mode', value: 'care' }] },
    { source: '/departments/:slug/:year/editions/:edition', has: [{ type: 'cookie', key: 'nb_mode', value: 'care' }] },
  ],
};
