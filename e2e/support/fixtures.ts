// `test` with one more fixture: `openPage(user?)` opens a page in a browser
// context of its own (signed in as `user` when given), closed after the test.
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './session';

export const test = base.extend<{ openPage: (username?: string) => Promise<Page> }>({
  openPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (username) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      if (username) await signIn(page, username);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from '@playwright/test';
