// 关怀版 for visitors without JavaScript (lib/public/display-mode.ts): the
// page's <noscript> asks for this stylesheet, which carries the mode's rules
// for those whose cookie chose it and nothing for the others. Per visitor:
// never stored by a shared cache.
import type { NextRequest } from 'next/server';
import { careModeCss, isCareModeCookie, MODE_COOKIE, NO_SCRIPT_SCOPE } from '@/lib/public/display-mode';

export function GET(request: NextRequest) {
  const care = isCareModeCookie(request.cookies.get(MODE_COOKIE)?.value);
  return new Response(care ? careModeCss(NO_SCRIPT_SCOPE) : '/* 标准版 */\n', {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, no-cache', vary: 'Cookie' },
  });
}
