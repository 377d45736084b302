// 关怀版 (elder mode) changes only how the public pages look, so every page
// has one HTML for everybody and the mode is applied in the browser:
// - the choice is a cookie (nb_mode=care), set by the switch (with JavaScript)
//   or by POST /care-mode (without);
// - with JavaScript, CARE_MODE_SCRIPT in the root layout's <head> reads the
//   cookie and sets data-mode="care" on <html> before the first paint, and
//   the stylesheet at CARE_STYLES_HREF (careModeCss(CARE_SCOPE), cached by
//   browsers for good) styles the public frame under it;
// - without JavaScript, a <noscript> stylesheet link asks /care-mode.css,
//   which answers careModeCss(NO_SCRIPT_SCOPE) to visitors with the cookie and
//   nothing to the others.
// Nothing else knows about the mode: no second route tree, no second cache entry.
export const MODE_COOKIE = 'nb_mode';
export const MODE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The element that 关怀版 restyles: the public pages' frame (components/public/public-shell.tsx). */
export const PUBLIC_SHELL_CLASS = 'public-shell';
export const CARE_SCOPE = `:root[data-mode='care'] .${PUBLIC_SHELL_CLASS}`;
export const NO_SCRIPT_SCOPE = `.${PUBLIC_SHELL_CLASS}`;

export const CARE_MODE_SCRIPT = `try{if(/(?:^|;\\s*)${MODE_COOKIE}=care(?:;|$)/.test(document.cookie))document.documentElement.setAttribute('data-mode','care')}catch(e){}`;

/** Reads the mode from a Cookie header value or a cookie's value. */
export function isCareModeCookie(value: string | undefined): boolean {
  return value === 'care';
}

/**
 * 关怀版's rules for a scope: text at least 18 px with line height ≥ 1.5,
 * targets at least 44×44 px, a high-contrast palette, no motion; the switch
 * shows 退出关怀版. The design tokens (app/globals.css) are redefined, so no
 * component needs to know about the mode.
 */
export function careModeCss(scope: string): string {
  const each = (selectors: string[]) => selectors.map((selector) => `${scope} ${selector}`).join(',\n');
  return `@layer theme, base, components, utilities;
${scope} {
  --text-xs: 1.125rem; --text-xs--line-height: 1.6;
  --text-sm: 1.125rem; --text-sm--line-height: 1.6;
  --text-base: 1.25rem; --text-base--line-height: 1.7;
  --text-lg: 1.375rem; --text-lg--line-height: 1.6;
  --text-xl: 1.5rem; --text-xl--line-height: 1.5;
  --text-2xl: 1.75rem; --text-2xl--line-height: 1.5;
  --text-3xl: 2rem; --text-3xl--line-height: 1.5;
  --text-5xl--line-height: 1.5;
  --color-brand: #00306b; --color-brand-dark: #001f47; --color-brand-soft: #e3ecf8;
  --color-ink: #000000; --color-muted: #1f2328; --color-line: #5b6470; --color-canvas: #ffffff;
  --color-accent: #8a0f0f; --color-danger: #8a0f0f;
  font-size: 1.25rem;
  line-height: 1.7;
}
${each(['a', 'button', 'input', 'select', 'summary', "[role='button']"])} { min-height: 44px; }
${each(['button', "[role='button']", "input[type='checkbox']", "input[type='radio']"])} { min-width: 44px; }
@layer components {
  ${scope} a:not(.inline-link) { display: inline-flex; align-items: center; }
}
${each(['*', '*::before', '*::after'])} { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
${scope} .care-switch-on { display: none; }
${scope} .care-switch-off { display: inline-flex; }
`;
}

/** A short, stable fingerprint of a text (to name a file by its content). */
function fingerprint(text: string): string {
  let hash = 5381;
  for (let index = 0; index < text.length; index++) hash = ((hash << 5) + hash + text.charCodeAt(index)) >>> 0;
  return hash.toString(36);
}

/** The address of 关怀版's stylesheet for every page; it changes when the rules do. */
export const CARE_STYLES_HREF = `/styles/care.css?v=${fingerprint(careModeCss(CARE_SCOPE))}`;
