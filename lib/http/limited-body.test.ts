import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { forbidden, notFound, unauthorized } from 'next/navigation';
import { withBodyLimit } from './limited-body';
import { withRefusalMessages } from './route-refusals';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest('http://portal.test/api/auth/callback/credentials', { method: 'POST', body, headers, ...{ duplex: 'half' } });

describe('bodies with a ceiling', () => {
  it('answers 413 in Chinese for a body past the limit, declared or streamed, and passes smaller ones on whole', async () => {
    const declared = await withBodyLimit(post('x'.repeat(2048)), 1024);
    expect(declared).toBeInstanceOf(Response);
    expect((declared as Response).status).toBe(413);
    expect(await (declared as Response).text()).toBe('提交的内容过大（上限 1 KB）。');
    const chunks = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 4; index++) controller.enqueue(new TextEncoder().encode('y'.repeat(512)));
        controller.close();
      },
    });
    expect(((await withBodyLimit(post(chunks), 1024)) as Response).status).toBe(413);
    const small = await withBodyLimit(post('username=a&password=b', { 'content-type': 'application/x-www-form-urlencoded' }), 1024);
    expect(small).toBeInstanceOf(NextRequest);
    expect(await (small as NextRequest).text()).toBe('username=a&password=b');
    expect((small as NextRequest).headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });
});

describe('route handlers’ refusals', () => {
  it('answer Next’s 401, 403 and 404 with a Chinese sentence, and let other errors through', async () => {
    // What next.config.js's experimental.authInterrupts sets in the build.
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
    for (const [refuse, status] of [[unauthorized, 401], [forbidden, 403], [notFound, 404]] as const) {
      const response = await withRefusalMessages(async () => refuse())();
      expect(response.status).toBe(status);
      expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    }
    await expect(withRefusalMessages(async () => Promise.reject(new Error('boom')))()).rejects.toThrow('boom');
    expect((await withRefusalMessages(async () => new Response('ok'))()).status).toBe(200);
  });
});
