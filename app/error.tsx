'use client';

import { PublicError } from '@/components/public/public-error';

// An error outside the public and signed-in frames (their own error pages are nearer).
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="px-4">
      <PublicError {...props} />
    </main>
  );
}
