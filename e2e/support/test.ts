import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/**
 * Pages show a prerendered view before the app runs (see e2e/prerender.spec.ts, which tests that
 * moment and imports Playwright's own `test`). Every other spec acts on the running app, so with
 * this `test` a navigation or reload of a widget page resolves once the app has taken over (or
 * has said it cannot). Pages without `#app` (the example blog) are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('app') || !!document.documentElement.dataset.app);
}

function patch(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await settled(page);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await settled(page);
    return response;
  };
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.on('page', patch);
    await use(context);
  },
  page: async ({ page }, use) => {
    patch(page);
    await use(page);
  },
});
