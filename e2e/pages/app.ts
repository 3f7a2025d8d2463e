import { expect, type Locator, type Page } from '@playwright/test';

/** Things every screen shares: the heading, the main navigation, the focused element. */
export class AppShell {
  readonly heading: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('#main h1');
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  /** Opens a hash route (`/explore/scope`) and waits for the app to render it. */
  async open(route: string, testid: string): Promise<void> {
    await this.page.goto(`/#${route}`);
    await expect(this.page.getByTestId(testid)).toBeVisible();
  }

  /** Presses Tab until `target` has focus (at most `limit` times). */
  async tabTo(target: Locator, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** The outline of the focused element: visible focus means a non-zero outline. */
  async focusOutlineWidth(): Promise<number> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return 0;
      const style = getComputedStyle(el);
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    });
  }
}
