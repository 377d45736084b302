// The nonce Content-Security-Policy of the signed-in pages (see
// ./security-headers.mjs for why the public pages have another): proxy.ts
// sets it on the request, where Next reads the nonce and puts it on its own
// scripts, and on the response, where the browser enforces it.
import { createHash, randomBytes } from 'node:crypto';
import { CARE_MODE_SCRIPT } from '@/lib/public/display-mode';
import { contentSecurityPolicy, NONCE_POLICY_PATHS } from './security-headers.mjs';

/** The root layout's inline 关怀版 script, allowed by its hash (the layout is shared with cached pages, so it has no nonce). */
const CARE_MODE_SCRIPT_HASH = `sha256-${createHash('sha256').update(CARE_MODE_SCRIPT).digest('base64')}`;

export function usesNoncePolicy(pathname: string): boolean {
  return NONCE_POLICY_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function noncePolicy(): { nonce: string; policy: string } {
  const nonce = randomBytes(16).toString('base64');
  return {
    nonce,
    policy: contentSecurityPolicy({ nonce, scriptHashes: [CARE_MODE_SCRIPT_HASH], development: process.env.NODE_ENV !== 'production' }),
  };
}
