// The 关怀版 switch without JavaScript: stores the choice in a cookie and
// returns to the page (with JavaScript the switch sets the cookie itself).
import { NextResponse, type NextRequest } from 'next/server';
import { MODE_COOKIE, MODE_COOKIE_MAX_AGE } from '@/lib/public/display-mode';
import { localPath } from '@/lib/public/local-path';

export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const mode = form?.get('mode');
  if (mode !== 'care' && mode !== 'std') {
    return new NextResponse('参数 mode 应为 care（关怀版）或 std（标准版）。', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const given = form?.get('return');
  // The page sends its own address; without JavaScript the Referer tells it.
  // Only the path is used, so the answer always stays on this portal.
  const back = (typeof given === 'string' ? localPath(given) : null) ?? localPath(request.headers.get('referer')) ?? '/';
  // A relative Location: the server may know itself under another host name
  // than the one the visitor used, and the cookie belongs to the latter.
  const response = new NextResponse(null, { status: 303, headers: { location: back, 'cache-control': 'no-store' } });
  // Readable by the page's script (it only says how pages look).
  if (mode === 'care') {
    response.cookies.set(MODE_COOKIE, 'care', { path: '/', maxAge: MODE_COOKIE_MAX_AGE, sameSite: 'lax' });
  } else {
    response.cookies.delete(MODE_COOKIE);
  }
  return response;
}
