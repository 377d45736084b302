import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { PublicNotFound } from '@/components/public/public-not-found';
import { PublicShell } from '@/components/public/public-shell';
import { MODE_COOKIE, modeFromCookie } from '@/lib/public/display-mode';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

// Addresses that match no page at all: the public design, in the visitor's version (关怀版 or not).
export default async function NotFound() {
  const mode = modeFromCookie((await cookies()).get(MODE_COOKIE)?.value);
  return (
    <PublicShell mode={mode}>
      <PublicNotFound />
    </PublicShell>
  );
}
