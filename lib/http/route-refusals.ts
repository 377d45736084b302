// Route handlers refuse with Next's own unauthorized(), forbidden() and
// notFound() (lib/auth/guard.ts), which in a route handler answer 401, 403 or
// 404 with an empty body. A download link that fails then shows the browser's
// blank error: this wrapper gives each refusal a short Chinese sentence.
import 'server-only';
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback';

const MESSAGES: Record<number, string> = {
  401: '请先登录后再下载。',
  403: '您没有权限下载此文件。',
  404: '未找到该文件，或您无权查看。',
};

/** The handler, with Next's 401/403/404 refusals answered in Chinese. */
export function withRefusalMessages<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isHTTPAccessFallbackError(error)) throw error;
      const status = getAccessFallbackHTTPStatus(error);
      return new Response(MESSAGES[status] ?? '请求被拒绝。', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    }
  };
}
