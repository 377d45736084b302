// Calls a server action over HTTP the way Next's client does (the
// `Next-Action` header and React's reply encoding), so tests can check the
// HTTP status and the effect of every action for every role.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL, E2E_DIST_DIR } from './constants';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

interface ManifestEntry {
  exportedName?: string;
  workers: Record<string, unknown>;
}

let manifest: Record<string, ManifestEntry> | undefined;

export function actionId(name: string): string {
  manifest ??= (JSON.parse(readFileSync(join(process.cwd(), E2E_DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, ManifestEntry>;
  }).node;
  const entry = Object.entries(manifest).find(([, value]) => value.exportedName === name);
  if (!entry) throw new Error(`No server action named ${name} in the build`);
  return entry[0];
}

export interface ActionResponse {
  status: number;
  body: string;
}

/** POSTs the action to `path` (a page that uses it) with `args`. */
export async function callAction(request: APIRequestContext, path: string, name: string, args: unknown[]): Promise<ActionResponse> {
  const encoded = await encodeReply(args);
  const headers = { 'Next-Action': actionId(name), Accept: 'text/x-component', Origin: E2E_BASE_URL };
  const response =
    typeof encoded === 'string'
      ? await request.post(path, { headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' }, data: encoded, maxRedirects: 0 })
      : // A FormData keeps the fields in order: React sends the root field ("0") last.
        await request.post(path, { headers, multipart: encoded, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}
