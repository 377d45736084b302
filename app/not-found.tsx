import type { Metadata } from 'next';
import { PublicNotFound } from '@/components/public/public-not-found';
import { PublicShell } from '@/components/public/public-shell';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

// Addresses that match no page at all: the public design (关怀版 follows the visitor's cookie in the browser).
export default function NotFound() {
  return (
    <PublicShell>
      <PublicNotFound />
    </PublicShell>
  );
}
