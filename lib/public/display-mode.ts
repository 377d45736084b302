// 关怀版 (elder mode) or the standard version of the public pages. The choice
// is a cookie, so the server renders the right version; each version of a
// page is cached separately (see next.config.js rewrites and proxy.ts).
export const MODE_COOKIE = 'nb_mode';
export const DISPLAY_MODES = ['std', 'care'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export function isDisplayMode(value: string): value is DisplayMode {
  return (DISPLAY_MODES as readonly string[]).includes(value);
}

export function modeFromCookie(value: string | undefined): DisplayMode {
  return value === 'care' ? 'care' : 'std';
}
