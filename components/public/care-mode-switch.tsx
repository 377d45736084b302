'use client';

import { useEffect } from 'react';
import { isCareModeCookie, MODE_COOKIE, MODE_COOKIE_MAX_AGE } from '@/lib/public/display-mode';

type Mode = 'care' | 'std';

/**
 * The 关怀版 switch: a plain form that works by keyboard and without
 * JavaScript (POST /care-mode sets the cookie and comes back). With
 * JavaScript it sets the cookie and the page's mode at once, without a
 * reload, and keeps the focus on the switch. The page's CSS shows the one
 * button that fits the current mode (lib/public/display-mode.ts).
 */
export function CareModeSwitch() {
  // Pages that the browser renders itself (Next's 404 from notFound(), whose
  // HTML carries no <head> script) get the mode here, once.
  useEffect(() => {
    const cookie = document.cookie.split(/;\s*/).find((entry) => entry.startsWith(`${MODE_COOKIE}=`));
    if (isCareModeCookie(cookie?.slice(MODE_COOKIE.length + 1))) document.documentElement.setAttribute('data-mode', 'care');
  }, []);
  const choose = (event: React.MouseEvent<HTMLButtonElement>, mode: Mode) => {
    event.preventDefault();
    document.cookie = mode === 'care' ? `${MODE_COOKIE}=care; path=/; max-age=${MODE_COOKIE_MAX_AGE}; samesite=lax` : `${MODE_COOKIE}=; path=/; max-age=0; samesite=lax`;
    if (mode === 'care') document.documentElement.setAttribute('data-mode', 'care');
    else document.documentElement.removeAttribute('data-mode');
    const other = event.currentTarget.form?.querySelector<HTMLButtonElement>(`button[value="${mode === 'care' ? 'std' : 'care'}"]`);
    other?.focus();
  };
  const buttonClass = 'inline-flex min-h-11 items-center rounded border border-white/80 px-3 py-1.5 text-sm text-white hover:bg-brand-dark';
  return (
    <form
      action="/care-mode"
      method="post"
      className="inline"
      onSubmit={(event) => {
        const field = event.currentTarget.elements.namedItem('return');
        if (field instanceof HTMLInputElement) field.value = `${window.location.pathname}${window.location.search}`;
      }}
    >
      <input type="hidden" name="return" defaultValue="" />
      <button type="submit" name="mode" value="care" className={`care-switch-on ${buttonClass}`} onClick={(event) => choose(event, 'care')}>
        关怀版
      </button>
      <button type="submit" name="mode" value="std" className={`care-switch-off ${buttonClass}`} onClick={(event) => choose(event, 'std')}>
        退出关怀版
      </button>
    </form>
  );
}
