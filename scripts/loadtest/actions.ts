// Server actions over HTTP, as Next's client calls them (as in
// e2e/support/server-actions.ts): the action's id in the `Next-Action`
// header, the arguments in React's reply encoding, the result read back from
// the RSC answer. Plus the cookies and address of one editor's browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** The ids of the named actions in a build (the ids the pages of that build send). */
export function actionIds<N extends string>(root: string, distDir: string, names: readonly N[]): Record<N, string> {
  const manifest = (JSON.parse(readFileSync(join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  }).node;
  const ids = {} as Record<N, string>;
  for (const name of names) {
    const entry = Object.entries(manifest).find(([, value]) => value.exportedName === name);
    if (!entry) throw new Error(`no server action named ${name} in ${distDir}`);
    ids[name] = entry[0];
  }
  return ids;
}

/**
 * One editor's browser: the cookies the server set, sent back with every
 * request, and its address as the front proxy (deploy/nginx) reports it in
 * X-Forwarded-For — 50 editors sit at 50 machines, not one (sign-in is
 * throttled per address: lib/auth/sign-in-throttle.ts).
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly address: string) {}

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';', 1);
      const at = pair!.indexOf('=');
      if (at > 0) this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  headers(): Record<string, string> {
    return { Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '), 'X-Forwarded-For': this.address };
  }
}

export interface ActionCall {
  base: string;
  /** The page that uses the action (Next renders that page's tree around the answer). */
  path: string;
  id: string;
  args: unknown[];
  browser: Browser;
  timeoutMs: number;
}

/** POSTs the action and returns the raw response (the caller reads the body). */
export async function postAction({ base, path, id, args, browser, timeoutMs }: ActionCall): Promise<Response> {
  const encoded = await encodeReply(args);
  const headers: Record<string, string> = { 'Next-Action': id, Accept: 'text/x-component', Origin: base, ...browser.headers() };
  if (typeof encoded === 'string') headers['Content-Type'] = 'text/plain;charset=UTF-8';
  const response = await fetch(base + path, { method: 'POST', headers, body: encoded, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  browser.take(response);
  return response;
}

/**
 * The action's return value in an RSC answer: row 0 names the row of the
 * result (`{"a":"$@1",…}`), each row being `<hex id>:<JSON>`. Null when the
 * answer holds no result (an error page, a redirect).
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  try {
    const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    const ref = typeof root?.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a)?.[1] : undefined;
    return ref === undefined ? null : JSON.parse(rows.get(ref) ?? 'null');
  } catch {
    return null;
  }
}
