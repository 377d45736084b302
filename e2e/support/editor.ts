// The report editor, as the specs drive it.
import { expect, type Page } from '@playwright/test';

/** Waits for the autosave (or explicit save) to finish: "已保存 HH:MM". */
export async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText(/^已保存 \d{2}:\d{2}$/, { timeout: 15_000 });
}

/** A table cell of the editor by its accessible name, e.g. "（一）予以公开 自然人". */
export function cell(page: Page, name: string) {
  return page.getByLabel(name, { exact: true });
}
