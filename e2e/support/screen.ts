import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** axe on the current screen in light and dark, and at 320 px with nothing scrolling sideways. */
export async function checkScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  if (size) await page.setViewportSize(size);
}
