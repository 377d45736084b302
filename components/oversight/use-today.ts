'use client';

import { useEffect, useState } from 'react';
import { isoDate } from '@/lib/format-time';

/**
 * Today's China date by this browser's clock. The server renders with its
 * own date (`serverToday`); the browser corrects it once it runs, so days
 * left stay right in a page left open overnight or read on another day.
 */
export function useToday(serverToday: string): string {
  const [today, setToday] = useState(serverToday);
  useEffect(() => {
    const update = () => setToday(isoDate(new Date()));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
