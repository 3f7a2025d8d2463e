import { expect, test } from '@playwright/test';

import { BlogPage } from './pages/embed';
import { expectNoAxeViolations } from './support/axe';
import {
  blockWasm,
  canonicalApp,
  canonicalTemplate,
  holdWasm,
  prerenderedKeys,
  WASM,
  waitForApp,
} from './support/boot';

/** '' when equal, else both texts around the first character where they differ. */
function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 160), i + 160);
  return `at ${i}:\n  app:         …${around(actual)}…\n  prerendered: …${around(expected)}…`;
}

// The page before the WebAssembly arrives: prerendered at build time by the app's own components
// (src/prerender.rs), picked by boot/pick.js; then the app takes over (src/boot.rs).

test.describe('before the app runs', () => {
  test('the prerendered explorer is there and its links work with the WebAssembly blocked', async ({ page }) => {
    await blockWasm(page);
    await page.goto('/#/explore');
    const rows = page.getByTestId('explorer-row');
    await expect(rows).toHaveCount(16);
    // Controls that need the app say so: disabled, not silently dead.
    await expect(page.getByTestId('explorer-filter')).toBeDisabled();
    await expect(page.getByTestId('toggle-principal')).toBeDisabled();

    await page.locator('[data-dimension="scope"] [data-testid="dimension-link"]').click();
    await expect(page).toHaveURL(/#\/explore\/scope$/);
    await expect(page.getByTestId('dimension-detail')).toBeVisible();
    await expect(page.locator('#main h1')).toBeFocused();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-check' }).click();
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
    await expect(page.getByTestId('quiz-start')).toBeDisabled();
    // An unknown dimension's page names the id from the link, as text.
    await page.goto('/#/explore/%3Cb%3Enope');
    await expect(page.locator('#main h1')).toHaveText('That page does not exist');
    await expect(page.locator('#main code')).toHaveText('<b>nope');
    // A route no view matches gets the not-found page.
    await page.goto('/#/no/such/page');
    await expect(page.locator('#main h1')).toHaveText('That page does not exist');
  });

  test('the views kept out of index.html are fetched for the screens that need them only', async ({ page }) => {
    await blockWasm(page);
    // The boot script is told which routes' views are in that file (the rule that picks them,
    // R.early, is pinned to the manifest by tests/boot_vectors.rs), so it fetches it from the head.
    await page.goto('/#/explore/scope');
    await expect(page.getByTestId('dimension-detail')).toBeVisible();
    // Only its own view's file (a few kB), not the file of them all: that one waits for the app.
    const views = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/views[-.][^/]*\.html$/.test(n)));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatch(/\/views\.full\.explore\.scope-[0-9a-f]{16}\.html$/);
    const routes = (await page.locator('script[data-views-routes]').getAttribute('data-views-routes')) ?? '';
    expect(routes.split(' ')).toEqual(expect.arrayContaining(['/explore/scope', '/levels']));
    expect(routes.split(' ')).not.toContain('/explore');
    // A deferred screen without a pattern in index.html shows its own view, never not-found.
    await page.goto('about:blank');
    await page.goto('/#/levels');
    await expect(page.getByTestId('levels')).toBeVisible();
    await expect(page.getByTestId('not-found')).toHaveCount(0);
    // A screen whose view is in index.html does not fetch the file before the app runs.
    await page.goto('about:blank');
    await page.goto('/#/week');
    await expect(page.getByTestId('week')).toBeVisible();
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /\/views[-.][^/]*\.html$/.test(e.name)));
    expect(fetched).toBe(false);
  });

  test('the WebAssembly is requested only once the route\'s own view has been painted, a deferred one too', async ({ page }) => {
    // A slow views file: the page shows nothing of its own for a while (longer than the bound for a
    // frame that renders nothing), and the app must not start meanwhile, nor compete with the view.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/views[-.][^/]*\.html$/, async (route) => {
      await released;
      await route.continue();
    });
    const wasm: number[] = [];
    page.on('request', (r) => {
      if (WASM.test(r.url())) wasm.push(Date.now());
    });
    await page.goto('/#/levels');
    await page.waitForTimeout(1000);
    expect(wasm).toHaveLength(0);
    const shown = Date.now();
    release();
    await expect(page.getByTestId('levels')).toBeVisible();
    await waitForApp(page);
    expect(wasm.length).toBeGreaterThan(0);
    expect(wasm[0]).toBeGreaterThanOrEqual(shown);
    const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    expect(painted).not.toBeNull();
    const requestedAt = await page.evaluate(() =>
      performance.getEntriesByType('resource').find((e) => /_bg\.wasm$/.test(e.name))?.startTime ?? null);
    expect(requestedAt).toBeGreaterThan(painted ?? Infinity);
  });

  test('screens that depend on storage or the link show their heading and a skeleton', async ({ page }) => {
    await blockWasm(page);
    for (const [route, heading] of [
      ['/results', 'Your results'],
      ['/history', 'Your history'],
      ['/r/abc', 'A shared staffcheck result'],
    ]) {
      await page.goto(`/#${route}`);
      await expect(page.locator('#main h1')).toHaveText(heading);
      await expect(page.getByTestId('skeleton')).toBeVisible();
    }
    await expect(page.getByText('Loading staffcheck')).toHaveCount(0);
  });

  test('when the WebAssembly cannot load, the page says so and offers the widget in a new tab', async ({ page }) => {
    await blockWasm(page);
    await page.goto('/#/explore/scope');
    const notice = page.getByTestId('boot-failed');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    const open = notice.getByTestId('boot-failed-open');
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('href', /\/#\/explore\/scope$/);
    // What still works stays: the prerendered text.
    await expect(page.getByTestId('dimension-detail')).toBeVisible();
    // What does not is visibly unavailable, not silently dead.
    await page.goto('/#/explore');
    const filter = page.getByTestId('explorer-filter');
    await expect(filter).toBeDisabled();
    expect(Number(await filter.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
    await expectNoAxeViolations(page);
  });

  test('an embed has its theme, accent and embed layout on the first paint', async ({ page }) => {
    // A dark blue on the dark theme: too dark to read, so both the boot script and the app lighten it.
    const query = '?embed=1&theme=dark&accent=0b5cad#/quiz';
    const tokens = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.documentElement);
        return ['--sc-accent', '--sc-accent-text', '--sc-accent-soft', '--sc-bg'].map((p) => s.getPropertyValue(p).trim());
      });
    // The first paint, before any WebAssembly …
    const held = await holdWasm(page);
    await page.goto(`/${query}`);
    await held.requested;
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.getByTestId('embed-bar')).toBeVisible();
    await expect(page.locator('.site-footer')).toHaveCount(0);
    const firstPaint = await tokens();
    // … already has what the app itself sets (src/domain/embed.rs).
    held.release();
    await waitForApp(page);
    expect(firstPaint).toEqual(await tokens());
    expect(firstPaint[0]).not.toBe('#0b5cad');
  });
});

test.describe('embedded in a blog, before the app runs', () => {
  test('the loader\'s iframe is sized to the prerendered view, then says the app could not start', async ({ page }) => {
    await blockWasm(page);
    const blog = new BlogPage(page);
    await page.goto(blog.url());
    await blog.iframe.scrollIntoViewIfNeeded();
    await expect(blog.frame.getByTestId('quiz-intro')).toBeVisible();
    await expect(blog.frame.getByTestId('quiz-start')).toBeDisabled();
    await expect(blog.frame.getByTestId('boot-failed')).toBeVisible();
    await expect(blog.frame.locator('html')).toHaveAttribute('data-app', 'failed');
    // Sized by the boot script's height messages alone (the app never ran): the intro and the
    // notice fit, with no inner scrollbar.
    expect(await blog.expectSizedToContent()).toBeGreaterThan(250);
    expect(await blog.frameScrolls()).toBe(false);
  });
});

test.describe('the take-over', () => {
  test('no layout shift, no scroll jump, focus stays where it was', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const held = await holdWasm(page);
    await page.goto('/#/explore');
    await held.requested;
    await page.evaluate(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) {
          (window as unknown as { __shift: number }).__shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const link = page.locator('[data-dimension="influence"] [data-testid="dimension-link"]');
    await link.focus();
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);

    held.release();
    await waitForApp(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(link).toBeFocused();
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThanOrEqual(0.02);
    // The controls work now.
    await expect(page.getByTestId('explorer-filter')).toBeEnabled();
  });

  for (const mode of ['full', 'embed'] as const) {
    test(`every prerendered view is what the app renders for its route (${mode})`, async ({ page }) => {
      test.setTimeout(120_000);
      const search = mode === 'embed' ? '?embed=1' : '';
      await page.goto(`/${search}#/`);
      await waitForApp(page);
      // The dimension pages' views arrive in a file of their own, after the first paint.
      await expect(page.locator('html')).toHaveAttribute('data-views', 'all');
      const keys = (await prerenderedKeys(page, mode)).filter((k) => !k.skeleton);
      expect(keys.length).toBeGreaterThan(20);
      for (const { key } of keys) {
        // Patterns are opened with a value that matches nothing (`/explore/no-such-id`).
        const param = key.includes(':') ? 'no-such-id' : '';
        const path = key.replace(/:[a-z]+/g, param);
        // A new document each time: the app's first render, as a visitor arriving on this route.
        await page.goto('about:blank');
        await page.goto(`/${search}#${path}`);
        await waitForApp(page);
        await expect(page.getByTestId('skeleton')).toHaveCount(0);
        const expected = await canonicalTemplate(page, key, mode, param);
        expect(firstDifference(await canonicalApp(page), expected), `the prerendered view of ${key} (${mode})`).toBe('');
      }
    });
  }
});
