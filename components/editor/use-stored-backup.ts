'use client';

import { useCallback, useSyncExternalStore } from 'react';

const CHANGE = 'nianbao-storage';

function subscribe(callback: () => void) {
  window.addEventListener('storage', callback);
  window.addEventListener(CHANGE, callback);
  return () => {
    window.removeEventListener('storage', callback);
    window.removeEventListener(CHANGE, callback);
  };
}

/** A localStorage entry as React state (null on the server and when absent). */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const set = useCallback(
    (next: string | null) => {
      if (next === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, next);
      window.dispatchEvent(new Event(CHANGE));
    },
    [key],
  );
  return [value, set];
}
