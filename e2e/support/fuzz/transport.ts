// How the fuzz test reaches the portal: server actions called the way Next's
// client calls them (React's reply encoding, the Next-Action header), and as
// malformed requests no page of ours sends (broken bodies, foreign origins,
// too large); route handlers as plain HTTP requests.
import { createRequire } from 'node:module';
import type { APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { E2E_BASE_URL } from '../constants';
import { actionId } from '../server-actions';
import { MEGABYTE } from './values';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export interface Answer {
  status: number;
  location: string | null;
  body: Buffer;
}

async function send(request: APIRequestContext, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer | FormData }): Promise<Answer> {
  const { body, headers = {}, method = 'POST' } = options;
  const response = await request.fetch(path, {
    method,
    headers,
    ...(body instanceof FormData ? { multipart: body } : body !== undefined ? { data: body } : {}),
    maxRedirects: 0,
    timeout: 30_000,
  });
  return { status: response.status(), location: response.headers()['location'] ?? null, body: await response.body() };
}

const actionHeaders = (id: string, origin = E2E_BASE_URL) => ({ 'Next-Action': id, Accept: 'text/x-component', Origin: origin });

/** Calls an action with `args`, encoded as Next's client encodes them. */
export async function callAction(request: APIRequestContext, path: string, name: string, args: unknown[]): Promise<Answer> {
  const encoded = await encodeReply(args);
  const headers = actionHeaders(actionId(name));
  return typeof encoded === 'string'
    ? send(request, path, { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, body: encoded })
    : send(request, path, { headers, body: encoded });
}

/** A request to an action that React cannot decode, or that Next must refuse before decoding. */
export interface RawActionRequest {
  label: string;
  /** Whose id goes in the header: the action's own, one that does not exist, or not an id at all. */
  id?: 'own' | 'unknown' | 'garbage' | 'none';
  origin?: string;
  contentType?: string;
  body: string | Buffer | FormData | ((ownId: string) => FormData);
}

const multipart = (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
};

/** Malformed requests that any action must answer with a 4xx (`bodyLimit`: the path's body limit, for "too large"). */
export function rawActionRequests(bodyLimit: number): fc.Arbitrary<RawActionRequest> {
  const text = (label: string, body: string): RawActionRequest => ({ label, body, contentType: 'text/plain;charset=UTF-8' });
  return fc.oneof(
    fc.constantFrom('', '[', '[{"reportId":', '{', 'null', '"x"', '{}', '5', ']]', '\u0000', 'undefined', '[1,]', "['x']", '%7B%7D').map((body) => text(`malformed JSON ${JSON.stringify(body)}`, body)),
    fc.string({ maxLength: 40 }).filter((body) => !body.startsWith('[')).map((body) => text('random text', body)),
    fc.constantFrom('$Q1', '$W1', '$T', '$h1', '$n99', '$n1x', '$@1', '$1', '$B1', '$i1', '$', '$R1', '$A1', '$Z').map((code) => text(`React code ${code}`, JSON.stringify([code]))),
    // Deeper than the 64 levels the proxy allows (the arguments' array is the first).
    fc.integer({ min: 66, max: 20_000 }).map((depth) => text(`nesting ${depth}`, '['.repeat(depth) + ']'.repeat(depth))),
    fc.constant(text('300,000 values', `[${'0,'.repeat(300_000)}0]`)),
    fc.constant({ label: 'larger than the limit', contentType: 'text/plain;charset=UTF-8', body: `["${'a'.repeat(bodyLimit + 16)}"]` }),
    fc.constantFrom('https://evil.example', 'null', 'not a url', 'http://127.0.0.1.evil.example', 'http://localhost:1').map((origin) => ({ label: `origin ${origin}`, origin, body: '[{}]', contentType: 'text/plain;charset=UTF-8' })),
    fc.constantFrom<RawActionRequest['id']>('unknown', 'garbage').map((id) => ({ label: `action id ${id}`, id, body: '[{}]', contentType: 'text/plain;charset=UTF-8' })),
    fc.constant({ label: 'multipart garbage', contentType: 'multipart/form-data; boundary=fuzz', body: '--fuzz\r\nnot a part' }),
    fc.constant({ label: 'multipart without a root', body: multipart({ '1': '[]' }) }),
    fc.constant({ label: 'multipart broken root', body: multipart({ '0': '[{"a":' }) }),
    fc.constant({ label: 'multipart root is a file', body: multipart({ '0': new Blob(['[]']) }) }),
    fc.constant({ label: 'URL-encoded', contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=%ff' }),
    fc.constant<RawActionRequest>({ label: 'form without JavaScript, broken bound arguments', id: 'none', body: (own) => multipart({ $ACTION_REF_1: '', '$ACTION_1:0': `{"id":"${own}","bound":"$@1"}`, '$ACTION_1:1': '[{', $ACTION_KEY: 'k' }) }),
    fc.constant<RawActionRequest>({ label: 'form without JavaScript, no metadata', id: 'none', body: () => multipart({ $ACTION_REF_1: '', name: 'x' }) }),
    fc.constant<RawActionRequest>({ label: 'form without JavaScript, unknown action', id: 'none', body: () => multipart({ '$ACTION_ID_00ffffffffffffffffffffffffffffffffffffff': '', name: 'x' }) }),
    fc.constant<RawActionRequest>({ label: 'form without JavaScript, foreign origin', id: 'none', origin: 'https://evil.example', body: (own) => multipart({ [`$ACTION_ID_${own}`]: '', name: 'x' }) }),
  );
}

export async function sendRawAction(request: APIRequestContext, path: string, name: string, raw: RawActionRequest): Promise<Answer> {
  const own = actionId(name);
  const id = { own, unknown: `7f${'0'.repeat(40)}`, garbage: 'not-an-action-id', none: undefined }[raw.id ?? 'own'];
  const headers: Record<string, string> = { Accept: 'text/x-component', Origin: raw.origin ?? E2E_BASE_URL };
  if (id) headers['Next-Action'] = id;
  if (raw.contentType) headers['Content-Type'] = raw.contentType;
  const body = typeof raw.body === 'function' ? raw.body(own) : raw.body;
  return send(request, path, { headers, body });
}

/** A plain request to a route handler (or page): `path` already encoded. */
export function sendRoute(request: APIRequestContext, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer | FormData } = {}) {
  return send(request, path, { method: options.method ?? 'GET', headers: options.headers, body: options.body });
}

export { MEGABYTE };
