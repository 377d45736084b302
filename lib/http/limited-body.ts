// A request body read with a ceiling: a route handler that passes its request
// on to a library (Auth.js reads the whole body) answers 413 for anything
// larger than the form it expects, whether the client sent a Content-Length
// or streamed it in chunks, instead of buffering it.
import 'server-only';
import { NextRequest } from 'next/server';

export function payloadTooLarge(limitBytes: number): Response {
  return new Response(`提交的内容过大（上限 ${Math.round(limitBytes / 1024)} KB）。`, {
    status: 413,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** The request with its body read into memory, or a 413 response when the body is larger than `limitBytes`. */
export async function withBodyLimit(request: NextRequest, limitBytes: number): Promise<NextRequest | Response> {
  if (Number(request.headers.get('content-length') ?? 0) > limitBytes) return payloadTooLarge(limitBytes);
  if (!request.body) return request;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      return payloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}
