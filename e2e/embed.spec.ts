import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import {
  BLOG,
  BlogPage,
  CSP_SITE,
  EmbedThisPage,
  FrameQuiz,
  WIDGET,
  notYetAnswers,
  staffAnswers,
  watchCsp,
} from './pages/embed';
import { STRICT_CSP } from '../playwright.config';

const DARK_BG = 'rgb(18, 20, 23)';
const LIGHT_BG = 'rgb(255, 255, 255)';

/** WCAG contrast of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('embed mode in the widget', () => {
  test('compact layout without the site chrome; every route reachable and still embedded', async ({ page }) => {
    await page.goto('/?embed=1#/quiz');
    const quiz = page.getByTestId('quiz-intro');
    await expect(quiz).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.locator('.site-footer')).toHaveCount(0);
    const bar = page.getByTestId('embed-bar');
    await expect(bar).toBeVisible();
    const full = bar.getByTestId('open-full-size');
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    await expect(full).toHaveAttribute('href', `${WIDGET}/#/quiz`);
    await expect(full).toHaveAccessibleName(/Open full size.*new tab/);
    // Opened on its own (not in a frame), embed mode scrolls normally.
    await expect(page.locator('html')).toHaveAttribute('data-embed-scroll', '');
    await expectNoAxeViolations(page);

    // The name leads to the start page, which links everywhere; the query stays.
    await bar.getByRole('link', { name: 'staffcheck' }).click();
    await expect(page.getByTestId('home')).toBeVisible();
    await page.getByTestId('home-explore-link').click();
    await expect(page.getByTestId('explorer-row')).toHaveCount(16);
    await expect(page).toHaveURL(/\?embed=1#\/explore$/);
    await expect(full).toHaveAttribute('href', `${WIDGET}/#/explore`);
    await page.locator('[data-dimension="scope"] [data-testid="dimension-link"]').click();
    await expect(page.getByTestId('dimension-detail')).toBeVisible();
    await expect(page).toHaveURL(/\?embed=1#\/explore\/scope$/);
    await expect(page.getByTestId('embed-bar')).toBeVisible();
    await expectNoAxeViolations(page);

    // At 320 px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('theme and accent from the query; bad values fall back to the defaults', async ({ page }) => {
    await page.goto('/?embed=1&theme=dark&accent=0b5cad#/quiz');
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
    // #0b5cad is too dark on the dark page: lightened until links read at 4.5:1.
    const dark = await page.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return { accent: s.getPropertyValue('--sc-accent').trim(), text: s.getPropertyValue('--sc-accent-text').trim() };
    });
    expect(dark.accent).not.toBe('#0b5cad');
    // Set through the CSSOM, not a style attribute in the markup.
    expect(await page.locator('html').getAttribute('style')).toContain('--sc-accent');
    const primary = page.getByTestId('quiz-start');
    const colours = await primary.evaluate((b) => ({ fg: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor }));
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
    await expectNoAxeViolations(page);

    // Light theme even when the system is dark; a yellow accent gets black text or is darkened.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?embed=1&theme=light&accent=%23ffd700#/quiz');
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
    const link = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sc-accent').trim());
    expect(link).not.toBe('#ffd700');
    const c2 = await page.getByTestId('quiz-start').evaluate((b) => ({ fg: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor }));
    expect(contrast(c2.fg, c2.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c2.bg, LIGHT_BG)).toBeGreaterThanOrEqual(4.5);
    await expectNoAxeViolations(page);

    // theme=auto: the accent is recomputed when the reader switches between light and dark.
    await page.goto('/?embed=1&accent=ffd700#/quiz');
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
    const accent = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sc-accent').trim());
    await expect.poll(accent).toBe('#ffd700');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(accent).not.toBe('#ffd700');
    // (Polled: buttons transition their colours.)
    const worst = async () => {
      const c = await page.getByTestId('quiz-start').evaluate((b) => ({ fg: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor }));
      return Math.min(contrast(c.bg, LIGHT_BG), contrast(c.fg, c.bg));
    };
    await expect.poll(worst).toBeGreaterThanOrEqual(4.5);

    // Nonsense never reaches the styles.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/?embed=1&theme=purple&accent=red%3B%7Dbody%7Bdisplay%3Anone#/quiz');
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    expect(await page.locator('html').getAttribute('style')).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sc-accent').trim())).toBe('#0b5cad');
  });

  test('"Embed this" generates both snippets for the current view and theme, and copies them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: WIDGET });
    await page.goto('/?embed=1&theme=dark#/explore/scope');
    await expect(page.getByTestId('dimension-detail')).toBeVisible();
    await page.getByTestId('embed-this-link').click();
    await expect(page).toHaveURL(/#\/embed\?view=explore\/scope$/);
    const embed = new EmbedThisPage(page);
    await expect(embed.root).toBeVisible();
    await expect(embed.view).toHaveValue('explore/scope');
    await expect(embed.theme(/^Dark/)).toBeChecked();
    await expect(embed.loader).toHaveValue(
      `<div data-staffcheck data-view="explore/scope" data-theme="dark">\n` +
        `  <a href="${WIDGET}/#/explore/scope">Open staffcheck, the Senior → Staff engineer self-assessment</a>\n` +
        `</div>\n<script async src="${WIDGET}/embed.js"></script>`,
    );
    await expect(embed.iframe).toHaveValue(new RegExp(`^<iframe src="${WIDGET}/\\?embed=1&amp;theme=dark#/explore/scope" title="[^"]+"`));
    await expectNoAxeViolations(page);

    await embed.view.selectOption({ label: 'Self-check' });
    await embed.theme(/^Automatic/).check();
    await embed.accent.fill('not a colour');
    await expect(embed.accent).toHaveAttribute('aria-invalid', 'true');
    await expect(embed.accentHint).toContainText('Not a colour');
    await expect(embed.loader).not.toHaveValue(/data-accent/);
    await embed.accent.fill('#C2410C');
    await expect(embed.accent).not.toHaveAttribute('aria-invalid', /.*/);
    await embed.events.check();
    await expect(embed.loader).toHaveValue(/data-view="quiz" data-theme="auto" data-accent="c2410c" data-events="completed"/);
    await expect(embed.iframe).toHaveValue(/\?embed=1&amp;theme=auto&amp;accent=c2410c#\/quiz"/);
    await expectNoAxeViolations(page);

    await embed.copyLoader.click();
    await expect(embed.status).toHaveText('Loader snippet copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await embed.loader.inputValue());
    await embed.copyIframe.click();
    await expect(embed.status).toHaveText('Iframe snippet copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await embed.iframe.inputValue());
    await embed.copyIframe.click();
    await expect(embed.status).toHaveText('Iframe snippet copied to the clipboard. (again)');
    await expect(embed.status).toHaveAttribute('role', 'status');
  });

  test('the full site offers the embed screen too, recommending the quick check', async ({ page }) => {
    await page.goto('/#/embed');
    const embed = new EmbedThisPage(page);
    await expect(embed.view).toHaveValue('check');
    await expect(embed.loader).toHaveValue(/data-view="check" data-theme="auto"/);
    await expectNoAxeViolations(page);
  });
});

test.describe('embedded in a blog on another origin', () => {
  test('the loader makes a lazy, titled iframe that follows its content through the quiz', async ({ page }) => {
    const blog = new BlogPage(page);
    await page.goto(blog.url());
    const iframe = blog.iframe;
    await expect(iframe).toHaveCount(1);
    await expect(blog.placeholder.getByRole('link')).toHaveCount(0);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('title', /staffcheck/);
    const src = (await iframe.getAttribute('src')) ?? '';
    expect(src).toBe(`${WIDGET}/?embed=1&theme=auto&origin=${encodeURIComponent(BLOG)}#/quiz`);
    await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
    await expect(iframe).not.toHaveAttribute('sandbox', /allow-top-navigation/);

    await iframe.scrollIntoViewIfNeeded();
    await expect(blog.quiz.intro).toBeVisible();
    const intro = await blog.expectSizedToContent();
    expect(await blog.hostScrolls()).toBe(true);

    const heights = [intro];
    await blog.quiz.answerAll(staffAnswers, async () => {
      heights.push(await blog.expectSizedToContent());
      // Focus moves to the new heading, and the host page scrolls it into view.
      await expect(blog.frame.locator('#main h1')).toBeFocused();
      await expect(blog.frame.locator('#main h1')).toBeInViewport();
    });
    // The readiness page (12 statements) is far taller than the intro.
    expect(Math.max(...heights)).toBeGreaterThan(intro + 300);
    expect(new Set(heights.map(Math.round)).size).toBeGreaterThan(2);

    await blog.quiz.finish.click();
    await expect(blog.quiz.results).toBeVisible();
    const results = await blog.expectSizedToContent();
    expect(results).not.toBe(heights[heights.length - 1]);

    // A narrower column reflows the widget: taller, and the frame follows.
    await page.setViewportSize({ width: 360, height: 700 });
    await expect.poll(() => blog.iframeHeight()).toBeGreaterThan(results);
    await blog.expectSizedToContent();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('dark theme in a dark blog, with no accessibility violations in page or frame', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({ theme: 'dark', blog: 'dark' }, (f) => f.getByTestId('quiz-intro'));
    const html = blog.frame.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-embed', '');
    expect(await blog.frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(DARK_BG);
    await blog.expectSizedToContent();
    await expectNoAxeViolations(page);
    await blog.quiz.start.click();
    await expect(blog.quiz.section).toBeVisible();
    await blog.expectSizedToContent();
    await expectNoAxeViolations(page);
  });

  test('the host gets staffcheck:completed, verdict and count only, when it opted in', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({ events: 'completed' }, (f) => f.getByTestId('quiz-intro'));
    expect(await blog.iframe.getAttribute('src')).toContain('&events=1&origin=');
    await blog.quiz.answerAll(staffAnswers);
    await blog.quiz.finish.click();
    await expect(blog.quiz.results).toBeVisible();
    await expect.poll(() => blog.completedEvents()).toEqual([{ verdict: 'ready', count: 12, total: 12, check: 'full' }]);
    const completed = (await blog.messages()).filter((m) => m.data?.type === 'staffcheck:completed');
    expect(completed).toHaveLength(1);
    expect(completed[0].origin).toBe(WIDGET);
    expect(Object.keys(completed[0].data).sort()).toEqual(['check', 'count', 'total', 'type', 'verdict']);
  });

  test('a "not yet" result is reported as such', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({ events: 'completed' }, (f) => f.getByTestId('quiz-intro'));
    await blog.quiz.answerAll(notYetAnswers);
    await blog.quiz.finish.click();
    await expect(blog.quiz.results).toBeVisible();
    await expect.poll(() => blog.completedEvents()).toEqual([{ verdict: 'not-yet', count: 0, total: 12, check: 'full' }]);
  });

  test('without opting in, nothing about the result reaches the host', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({}, (f) => f.getByTestId('quiz-intro'));
    expect(await blog.iframe.getAttribute('src')).not.toContain('events');
    await blog.quiz.answerAll(staffAnswers);
    await blog.quiz.finish.click();
    await expect(blog.quiz.results).toBeVisible();
    // A completion message would be posted at the finish click, before the height reports of the
    // results page; messages from one frame arrive in order, so once the frame is sized to the
    // results, anything sent at the finish has arrived already.
    await blog.expectSizedToContent();
    expect(await blog.completedEvents()).toEqual([]);
    const types = new Set((await blog.messages()).map((m) => m.data?.type));
    expect([...types]).toEqual(['staffcheck:height']);
  });

  test('messages from other frames or the page itself are ignored', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({ events: 'completed' }, (f) => f.getByTestId('quiz-intro'));
    const before = await blog.expectSizedToContent();

    // Another staffcheck frame on the same page, not made by the loader: same origin, same type.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'other';
      f.title = 'another frame';
      f.src = src;
      document.querySelector('.embed-wrap')?.after(f);
    }, `${WIDGET}/?embed=1#/levels`);
    const other = page.frameLocator('#other');
    await page.locator('#other').scrollIntoViewIfNeeded();
    await expect(other.getByTestId('company-table')).toBeAttached();
    // Its own height reports arrive at the host…
    const otherReports = async () => (await blog.messages()).filter((m) => m.data?.type === 'staffcheck:height' && !m.managed).length;
    await expect.poll(otherReports).toBeGreaterThan(0);
    // …and so do forged ones.
    await other.locator('body').evaluate(() => {
      parent.postMessage({ type: 'staffcheck:height', height: 4321 }, '*');
      parent.postMessage({ type: 'staffcheck:completed', verdict: 'ready', count: 12, total: 12 }, '*');
    });
    await page.evaluate(() => {
      window.postMessage({ type: 'staffcheck:height', height: 4321 }, '*');
      window.postMessage({ type: 'staffcheck:completed', verdict: 'ready', count: 12, total: 12 }, '*');
    });
    // The log and the loader listen to the same message events, and each frame's messages arrive
    // in order: once both forged "completed" messages are logged, the forged heights were handled.
    await expect.poll(async () => (await blog.messages()).filter((m) => m.data?.type === 'staffcheck:completed').length).toBe(2);
    expect(await blog.iframeHeight()).toBeCloseTo(before, 0);
    expect(await blog.completedEvents()).toEqual([]);
  });

  test('min and max height: beyond the max the frame scrolls inside, nothing out of reach', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.goto({ 'max-height': '500', 'min-height': '300' }, (f) => f.getByTestId('quiz-intro'));
    await blog.quiz.start.click();
    await expect(blog.quiz.section).toBeVisible();
    await expect.poll(() => blog.iframeHeight()).toBe(500);
    await expect.poll(() => blog.frameScrolls()).toBe(true);
    await blog.quiz.next.scrollIntoViewIfNeeded();
    await expect(blog.quiz.next).toBeInViewport();
  });

  test('without JavaScript the snippet is a link to the widget', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BLOG}/blog.html`);
    const link = page.locator('#staffcheck').getByRole('link', { name: /Open staffcheck/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /\/#\/quiz$/);
    await expect(page.locator('iframe')).toHaveCount(0);
    await context.close();
  });
});

test.describe('robustness', () => {
  test('in a sandboxed frame without allow-same-origin the quiz runs and says results are not kept', async ({ page }) => {
    // A real page on the blog origin (a page made up by the test would count as public, and
    // Chromium's local network checks would block it from loading 127.0.0.1).
    await page.goto(`${BLOG}/sandboxed.html?widget=${encodeURIComponent(`${WIDGET}/`)}`);
    const frame = page.frameLocator('#staffcheck');
    const quiz = new FrameQuiz(frame);
    await expect(quiz.notice).toBeVisible();
    await expect(quiz.notice).toHaveAttribute('data-kind', 'unavailable');
    await expect(quiz.notice).toContainText('Results will not be kept');
    // Styles loaded too (CORS-enabled requests from an opaque origin).
    expect(await quiz.start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(11, 92, 173)');
    // Form submission is blocked in this sandbox (no allow-forms): Next and Enter still work.
    await quiz.start.click();
    await quiz.answerSection(staffAnswers);
    await quiz.questions.last().getByRole('radio').first().press('Enter');
    await expect(quiz.section).toHaveAttribute('data-section', 'dimensions-1');
    while (await quiz.section.isVisible()) {
      const before = await quiz.part.textContent();
      await quiz.answerSection(staffAnswers);
      await quiz.next.click();
      await expect(quiz.part.or(quiz.review)).not.toHaveText(before ?? '');
    }
    await quiz.finish.click();
    await expect(quiz.results).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`the build runs under a strict CSP (${STRICT_CSP}) with no violations`, async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(`${CSP_SITE}/#/explore`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await expect(page.getByTestId('explorer-row')).toHaveCount(16);
    for (const [route, testid] of [
      ['/', 'home'],
      ['/explore/scope', 'dimension-detail'],
      ['/week', 'week-senior'],
      ['/levels', 'company-table'],
      ['/results', 'results-empty'],
      ['/history', 'history'],
      ['/results/how', 'how-scored'],
      ['/embed?view=quiz', 'embed-this'],
    ]) {
      await page.goto(`${CSP_SITE}/#${route}`);
      await expect(page.getByTestId(testid)).toBeVisible();
    }
    await page.goto(`${CSP_SITE}/?embed=1&theme=dark&accent=ffd700#/quiz`);
    const quiz = page.getByTestId('quiz-start');
    await quiz.click();
    await expect(page.getByTestId('quiz-section')).toBeVisible();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await violations()).toEqual([]);
  });

  test('the CSP build embedded in the blog (frame-ancestors *) sizes itself with no violations', async ({ page }) => {
    const violations = await watchCsp(page);
    const blog = new BlogPage(page);
    await blog.goto({ widget: `${CSP_SITE}/`, events: 'completed' }, (f) => f.getByTestId('quiz-intro'));
    await blog.expectSizedToContent();
    await blog.quiz.answerAll(staffAnswers);
    await blog.quiz.finish.click();
    await expect(blog.quiz.results).toBeVisible();
    await blog.expectSizedToContent();
    await expect.poll(() => blog.completedEvents()).toHaveLength(1);
    expect(await violations()).toEqual([]);
  });

  test('the loader is served next to the widget, as written, within its size budget', async ({ request }) => {
    const res = await request.get(`${WIDGET}/embed.js`);
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-type']).toMatch(/javascript/);
    const { minifyJs, LOADER_BUDGET } = await import('../embed/size.mjs');
    const minified: string = minifyJs(await res.text());
    expect(Buffer.byteLength(minified)).toBeLessThanOrEqual(LOADER_BUDGET);
  });
});
