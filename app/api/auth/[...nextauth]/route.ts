import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { withBodyLimit } from '@/lib/http/limited-body';

/** A sign-in form is a few hundred bytes; Auth.js would read any body whole before refusing it. */
const AUTH_BODY_LIMIT = 16 * 1024;

/** Auth.js answers a request it cannot read (an unknown action, a body of the wrong type) with an English 400. */
function inChinese(response: Response): Response {
  if (response.status !== 400) return response;
  return new Response('请求格式不正确，无法处理。请从登录页面重新登录。', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: NextRequest) {
  return inChinese(await handlers.GET(request));
}

export async function POST(request: NextRequest) {
  const limited = await withBodyLimit(request, AUTH_BODY_LIMIT);
  return limited instanceof Response ? limited : inChinese(await handlers.POST(limited));
}
