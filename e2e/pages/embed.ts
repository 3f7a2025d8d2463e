import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { blogPort, cspPort } from '../../playwright.config';

/** The widget's origin (dist/), the example blog's origin (examples/), dist/ under a strict CSP. */
export const WIDGET = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
export const BLOG = `http://127.0.0.1:${blogPort}`;
export const CSP_SITE = `http://127.0.0.1:${cspPort}`;

/** What the example blog's placeholder can carry (data-* attributes of the snippet). */
export interface EmbedParams {
  view?: string;
  theme?: 'light' | 'dark' | 'auto' | string;
  accent?: string;
  events?: string;
  'min-height'?: string;
  'max-height'?: string;
  /** The blog's own design. */
  blog?: 'dark';
  /** Where the widget (and embed.js) is served; default WIDGET. */
  widget?: string;
}

/** A `message` event as the example blog logs it. */
export interface HostMessage {
  origin: string;
  data: { type?: string; height?: number };
  managed: boolean;
}

/** The self-check, inside any frame: the same test ids as the full-size quiz. */
export class FrameQuiz {
  readonly intro: Locator;
  readonly start: Locator;
  readonly section: Locator;
  readonly questions: Locator;
  readonly next: Locator;
  readonly review: Locator;
  readonly finish: Locator;
  readonly part: Locator;
  readonly results: Locator;
  readonly notice: Locator;

  constructor(readonly frame: FrameLocator) {
    this.intro = frame.getByTestId('quiz-intro');
    this.start = frame.getByTestId('quiz-start');
    this.section = frame.getByTestId('quiz-section');
    this.questions = frame.getByTestId('question');
    this.next = frame.getByTestId('quiz-next');
    this.review = frame.getByTestId('quiz-review');
    this.finish = frame.getByTestId('quiz-finish');
    this.part = frame.getByTestId('quiz-part');
    this.results = frame.getByTestId('results');
    this.notice = frame.getByTestId('storage-notice');
  }

  /** Answers the current section: `pick(kind, choices)` gives the choice index. */
  async answerSection(pick: (kind: string, choices: number) => number): Promise<void> {
    for (const group of await this.questions.all()) {
      const kind = ((await group.getAttribute('data-item')) ?? '').split('-')[0];
      const radios = group.getByRole('radio');
      await radios.nth(pick(kind, await radios.count())).check();
    }
  }

  /** From the intro through every section to the review; `onStep` runs after each change. */
  async answerAll(pick: (kind: string, choices: number) => number, onStep?: () => Promise<void>): Promise<void> {
    await this.start.click();
    await expect(this.section).toBeVisible();
    while (await this.section.isVisible()) {
      const before = await this.part.textContent();
      await this.answerSection(pick);
      await this.next.click();
      await expect(this.part.or(this.review)).not.toHaveText(before ?? '');
      if (onStep) await onStep();
    }
    await expect(this.review).toBeVisible();
  }
}

/** Yes to every readiness statement, the most Staff-like choice elsewhere. */
export const staffAnswers = (kind: string, n: number): number => (kind === 'readiness' ? 0 : n - 1);
/** "Not yet" to every readiness statement, the middle elsewhere. */
export const notYetAnswers = (kind: string, n: number): number => (kind === 'readiness' ? 1 : Math.floor(n / 2));

/** The example blog post on its own origin, with the embed created by embed.js. */
export class BlogPage {
  readonly placeholder: Locator;
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  readonly quiz: FrameQuiz;

  constructor(readonly page: Page) {
    this.placeholder = page.locator('#staffcheck');
    this.iframe = this.placeholder.locator('iframe');
    this.frame = page.frameLocator('#staffcheck iframe');
    this.quiz = new FrameQuiz(this.frame);
  }

  url(params: EmbedParams = {}): string {
    const q = new URLSearchParams({ widget: `${WIDGET}/`, ...params } as Record<string, string>);
    return `${BLOG}/blog.html?${q}`;
  }

  /** Opens the post, scrolls the embed into view (it loads lazily) and waits for the widget. */
  async goto(params: EmbedParams = {}, ready: (f: FrameLocator) => Locator = (f) => f.locator('#main h1')): Promise<void> {
    await this.page.goto(this.url(params));
    await expect(this.iframe).toHaveCount(1);
    await this.iframe.scrollIntoViewIfNeeded();
    await expect(ready(this.frame)).toBeVisible();
  }

  /** The iframe's height on the host page, in CSS px. */
  async iframeHeight(): Promise<number> {
    return this.iframe.evaluate((el) => el.getBoundingClientRect().height);
  }

  /** The widget's content height, measured inside the frame. */
  async contentHeight(): Promise<number> {
    return this.frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  }

  /** Whether the frame's document could scroll by itself (a vertical scrollbar would show). */
  async frameScrolls(): Promise<boolean> {
    return this.frame.locator('html').evaluate((html) => {
      const y = getComputedStyle(html).overflowY;
      return (y === 'auto' || y === 'scroll') && html.scrollHeight > html.clientHeight + 1;
    });
  }

  /** The iframe follows its content within a few pixels, with no scrollbar of its own. */
  async expectSizedToContent(tolerance = 3): Promise<number> {
    await expect
      .poll(async () => Math.abs((await this.iframeHeight()) - (await this.contentHeight())), {
        message: 'iframe height follows the widget content',
      })
      .toBeLessThanOrEqual(tolerance);
    expect(await this.frameScrolls(), 'the iframe shows no vertical scrollbar').toBe(false);
    // Nothing is clipped either: the frame's viewport holds the whole document.
    const clipped = await this.frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    expect(clipped).toBeLessThanOrEqual(1);
    return this.iframeHeight();
  }

  /** The host page scrolls (the blog is longer than the window). */
  async hostScrolls(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  }

  /** `staffcheck:completed` events the host page received (their `detail`). */
  async completedEvents(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { staffcheckEvents: unknown[] }).staffcheckEvents);
  }

  /** Every `message` the host window received; `managed`: sent by the loader's iframe. */
  async messages(): Promise<HostMessage[]> {
    return this.page.evaluate(() => (window as unknown as { staffcheckMessages: HostMessage[] }).staffcheckMessages);
  }
}

/** The "Embed this" screen. */
export class EmbedThisPage {
  readonly root: Locator;
  readonly view: Locator;
  readonly accent: Locator;
  readonly accentHint: Locator;
  readonly events: Locator;
  readonly loader: Locator;
  readonly iframe: Locator;
  readonly copyLoader: Locator;
  readonly copyIframe: Locator;
  readonly status: Locator;

  constructor(readonly scope: Page | FrameLocator) {
    this.root = scope.getByTestId('embed-this');
    this.view = scope.getByLabel('Screen to show');
    this.accent = scope.getByLabel('Accent colour (optional)');
    this.accentHint = scope.getByTestId('embed-accent-hint');
    this.events = scope.getByTestId('embed-events');
    this.loader = scope.getByTestId('snippet-loader');
    this.iframe = scope.getByTestId('snippet-iframe');
    this.copyLoader = scope.getByTestId('copy-loader');
    this.copyIframe = scope.getByTestId('copy-iframe');
    this.status = scope.getByTestId('copy-status');
  }

  theme(name: RegExp): Locator {
    return this.scope.getByRole('radio', { name });
  }
}

/** Records CSP violations (events and console reports) from the first script on. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return async () => {
    const events: string[] = [];
    for (const frame of page.frames()) {
      try {
        events.push(...(await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
      } catch {
        // A frame that went away.
      }
    }
    return [...events, ...console];
  };
}
