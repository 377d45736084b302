'use client';

import { useEffect, useState } from 'react';

/**
 * 访问量: counted by a request the browser makes after the page is shown (not
 * when it is only prefetched or prerendered), so the page itself stays cached.
 */
export function ViewCounter({ reportId }: { reportId: string }) {
  const [views, setViews] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    const count = () =>
      fetch('/api/views', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reportId }) })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { views?: number } | null) => {
          if (!cancelled && typeof body?.views === 'number') setViews(body.views);
        })
        .catch(() => undefined);
    const doc = document as Document & { prerendering?: boolean };
    if (doc.prerendering) {
      doc.addEventListener('prerenderingchange', () => void count(), { once: true });
    } else {
      void count();
    }
    return () => {
      cancelled = true;
    };
  }, [reportId]);
  return <span data-testid="view-count">{views === null ? '—' : views.toLocaleString('zh-CN')}</span>;
}
