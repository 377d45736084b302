'use client';

import { useEffect, useState } from 'react';

/**
 * 访问量: counted by a request the browser makes after the page is shown (not
 * when it is only prefetched or prerendered), so the page itself stays cached.
 * Until that answer arrives it shows the count the cached page was rendered with.
 */
export function ViewCounter({ reportId, initialViews }: { reportId: string; initialViews: number }) {
  const [views, setViews] = useState(initialViews);
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const count = () =>
      fetch('/api/views', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reportId }) })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { views?: number } | null) => {
          if (cancelled) return;
          if (typeof body?.views === 'number') setViews(body.views);
          setAnswered(true);
        })
        .catch(() => undefined);
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      void count();
      return () => {
        cancelled = true;
      };
    }
    const onShown = () => void count();
    doc.addEventListener('prerenderingchange', onShown, { once: true });
    return () => {
      cancelled = true;
      doc.removeEventListener('prerenderingchange', onShown);
    };
  }, [reportId]);
  return (
    <span data-testid="view-count" data-answered={answered ? 'true' : undefined}>
      {views.toLocaleString('zh-CN')}
    </span>
  );
}
