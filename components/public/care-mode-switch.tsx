'use client';

import type { DisplayMode } from '@/lib/public/display-mode';

/**
 * The 关怀版 switch: a plain form (works without JavaScript and by keyboard)
 * that sets the cookie and comes back to the same page. The page's address
 * goes with the form; without JavaScript the server falls back to the Referer.
 */
export function CareModeSwitch({ mode }: { mode: DisplayMode }) {
  const care = mode === 'care';
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
      <input type="hidden" name="mode" value={care ? 'std' : 'care'} />
      <input type="hidden" name="return" defaultValue="" />
      <button type="submit" className="inline-flex min-h-11 items-center rounded border border-white/80 px-3 py-1.5 text-sm text-white hover:bg-brand-dark">
        {care ? '退出关怀版' : '关怀版'}
      </button>
    </form>
  );
}
