// 无障碍 and 关怀版 on every kind of public page: axe-core (WCAG 2.1 A/AA)
// finds nothing, 关怀版 text is at least 18 px with line height 1.5, its
// controls are at least 44×44 px, and nothing scrolls sideways at 320 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { E2E_BASE_URL } from './support/constants';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/reports?year=2024' },
  { name: 'directory, department by name', path: '/reports?department=%E5%B1%80' },
  { name: 'search', path: '/reports?q=%E4%BE%9D%E7%94%B3%E8%AF%B7%E5%85%AC%E5%BC%80' },
  { name: 'bad filter (400)', path: '/reports?year=abc' },
  { name: 'department directory', path: '/departments' },
  { name: 'department search', path: '/departments?q=%E5%B1%80' },
  { name: 'department', path: '/departments/finance' },
  { name: 'report', path: '/departments/finance/2020' },
  { name: 'corrected report', path: '/departments/market-regulation/2023' },
  { name: 'earlier edition', path: '/departments/market-regulation/2023/editions/1' },
  { name: 'report not yet published', path: '/departments/emergency/2025' },
  { name: 'open data', path: '/open-data' },
  { name: 'sign-in', path: '/login' },
  { name: 'sign-in after an idle session', path: '/login?ended=idle' },
  { name: 'password setup, link not valid', path: '/setup?token=no-such-token' },
  { name: '404', path: '/no-such-page' },
  { name: '404 of a department', path: '/departments/no-such-department' },
];

async function useCareMode(context: BrowserContext) {
  await context.addCookies([{ name: 'nb_mode', value: 'care', url: E2E_BASE_URL }]);
}

/** 关怀版 is an attribute on <html>, set before the first paint; the switch shows the other mode. */
async function expectMode(page: Page, mode: 'std' | 'care') {
  if (mode === 'care') await expect(page.locator('html')).toHaveAttribute('data-mode', 'care');
  else await expect(page.locator('html')).not.toHaveAttribute('data-mode', /./);
}

/** Opens a page and waits for its stylesheets and fonts (not for network idle: Next's link prefetches come and go). */
async function open(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}

for (const mode of ['std', 'care'] as const) {
  test.describe(mode === 'care' ? '关怀版' : '标准版', () => {
    test.beforeEach(async ({ context }) => {
      if (mode === 'care') await useCareMode(context);
    });

    for (const { name, path } of PAGES) {
      test(`${name}: no WCAG 2.1 A/AA violations, a title, lang and landmarks`, async ({ page }) => {
        await open(page, path);
        await expectMode(page, mode);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
        await expect(page).toHaveTitle(/.+｜章贡区政府信息公开工作年度报告$|^章贡区政府信息公开工作年度报告$/);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        await expect(page.getByRole('button', { name: mode === 'care' ? '退出关怀版' : '关怀版' })).toBeVisible();
      });
    }
  });
}

test.describe('关怀版 sizes', () => {
  test.beforeEach(async ({ context }) => useCareMode(context));

  for (const { name, path } of PAGES) {
    test(`${name}: text in <main> at least 18 px with line height 1.5; controls at least 44×44 px`, async ({ page }) => {
      await open(page, path);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const main = document.querySelector('main')!;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const element = node.parentElement!;
          if (!node.textContent?.trim() || element.closest('[aria-hidden="true"], .sr-only')) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const style = getComputedStyle(element);
          const size = parseFloat(style.fontSize);
          const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
          if (size < 18) found.push(`${size}px: ${node.textContent.trim().slice(0, 20)}`);
          if (lineHeight / size < 1.5) found.push(`line height ${(lineHeight / size).toFixed(2)}: ${node.textContent.trim().slice(0, 20)}`);
        }
        // Buttons, form fields and navigation links (links inside running text are exempt).
        for (const control of document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, a:not(.inline-link)')) {
          const box = control.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          if (box.height < 44 || (control.matches('button') && box.width < 44)) found.push(`${Math.round(box.width)}×${Math.round(box.height)}: ${control.tagName} ${control.textContent?.trim().slice(0, 20)}`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const mode of ['std', 'care'] as const) {
    test(`no page scrolls sideways (${mode})`, async ({ page, context }) => {
      if (mode === 'care') await useCareMode(context);
      for (const { path } of PAGES) {
        await open(page, path);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
      }
      // Wide tables scroll inside their own container instead.
      await open(page, '/departments/finance/2020');
      const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
      const container = await table.evaluate((element) => {
        let parent = element.parentElement;
        while (parent && getComputedStyle(parent).overflowX !== 'auto' && getComputedStyle(parent).overflowX !== 'scroll') parent = parent.parentElement;
        return parent ? { scrollable: parent.scrollWidth > parent.clientWidth, focusable: parent.tabIndex >= 0 } : null;
      });
      expect(container).toEqual({ scrollable: true, focusable: true });
    });
  }
});

test('no motion in 关怀版', async ({ page, context }) => {
  await useCareMode(context);
  await open(page, '/');
  const motion = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter((element) => {
      const style = getComputedStyle(element);
      return (style.transitionDuration !== '0s' && style.transitionProperty !== 'none') || style.animationName !== 'none';
    }).length,
  );
  expect(motion).toBe(0);
});
