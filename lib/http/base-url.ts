// The portal's public address, for links that leave the page (e-mails, the
// sitemap, robots.txt): PUBLIC_BASE_URL when it is set (production: set it),
// else the address the request came to, as the browser used it.
import 'server-only';
import { headers } from 'next/headers';
import { serverEnv } from '@/lib/env';

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;
const FALLBACK = 'http://localhost:3000';

export async function publicBaseUrl(): Promise<string> {
  const configured = serverEnv().PUBLIC_BASE_URL;
  if (configured) return configured.replace(/\/$/, '');
  let request: Headers;
  try {
    request = await headers();
  } catch {
    return FALLBACK; // outside a request (scripts, tests)
  }
  const host = request.get('x-forwarded-host')?.split(',')[0]?.trim() ?? request.get('host');
  const protocol = request.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return host && HOST.test(host) ? `${protocol}://${host}` : FALLBACK;
}
