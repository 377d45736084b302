// The 404 answer of the open-data downloads: a short Chinese sentence.
export function notFoundResponse(message: string): Response {
  return new Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
