'use client';

import { useEffect, useState } from 'react';

export type ServiceStatus = 'checking' | 'ok' | 'database_unavailable' | 'unreachable';

/**
 * The portal's health (/api/health) as seen from an error page, checked at
 * once and then every `everyMs` until it is ok again; `onRecovered` runs once
 * when a failing service comes back (the page can then try again by itself).
 */
export function useServiceStatus(everyMs = 5_000, onRecovered?: () => void): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>('checking');
  useEffect(() => {
    let stopped = false;
    let failing = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let next: ServiceStatus;
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        next = response.ok ? 'ok' : response.status === 503 ? 'database_unavailable' : 'unreachable';
      } catch {
        next = 'unreachable';
      }
      if (stopped) return;
      setStatus(next);
      if (next === 'ok') {
        if (failing) onRecovered?.();
        return;
      }
      failing = true;
      timer = setTimeout(check, everyMs);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [everyMs, onRecovered]);
  return status;
}
