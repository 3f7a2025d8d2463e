import { expect, test } from './support/test';
import type { BrowserContext, Page } from '@playwright/test';

import { HistoryPage, KEY, finishQuiz } from './pages/history';
import { QuizPage, allStaff } from './pages/quiz';
import { FULL, READER, blockStorage, fillQuota, wasmRequests } from './support/boot';

// Two builds of the app (scripts/postbuild.mjs): the reader build carries what a first visit and
// an embed need; the full build everything. boot/pick.js starts the one the route needs, and the
// reader build hands over to the full one in the same page (src/boot.rs: hand_off).

/** Types `text` into the first question's note and goes to `hash` in one go: no pause in typing
 * and no blur, either of which would save the note by itself. */
async function typeNoteAndLeave(page: Page, text: string, hash: string): Promise<void> {
  await page.evaluate(
    ([value, to]) => {
      const note = document.querySelector<HTMLTextAreaElement>('[data-testid="question"] textarea');
      if (!note) throw new Error('no note field');
      note.value = value;
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      location.hash = to;
    },
    [text, hash],
  );
}

/** A first visit of `route` in a new tab of this browser, and the WebAssembly files it fetches. */
async function firstVisit(context: BrowserContext, route: string): Promise<{ tab: Page; seen: string[] }> {
  const tab = await context.newPage();
  const seen = wasmRequests(tab);
  await tab.goto(route);
  return { tab, seen };
}

test.describe('the reader build and the full build', () => {
  test('a first visit fetches only the build its route needs', async ({ context }) => {
    const { tab, seen } = await firstVisit(context, '/?embed=1#/quiz');
    await expect(tab.getByTestId('quiz-start')).toBeEnabled();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(READER);

    const { tab: other, seen: seenThere } = await firstVisit(context, '/#/history');
    await expect(other.getByTestId('history')).toBeVisible();
    expect(seenThere).toHaveLength(1);
    expect(seenThere[0]).toMatch(FULL);
  });

  test('going on to a screen the reader build does not carry hands over, keeping what was done', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const seen = wasmRequests(page);
    const quiz = new QuizPage(page);
    await quiz.goto();
    // The results are in the full build: it is fetched while the questions are answered.
    const prefetch = page.waitForRequest(FULL);
    await quiz.start.click();
    await prefetch;
    // A note typed just before leaving: saving waits for a pause, so only the hand-over's own
    // save keeps it (typed and left in one go: no pause, and no blur, which would save it too).
    await quiz.questions.first().locator('summary').click();
    await typeNoteAndLeave(page, 'Led the payments RFC', '#/history');
    const history = new HistoryPage(page);
    await expect(history.empty).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('#main h1')).toBeFocused();
    const builds = seen.map((u) => (READER.test(u) ? 'reader' : FULL.test(u) ? 'full' : u));
    expect(builds[0]).toBe('reader');
    expect([...new Set(builds)]).toEqual(['reader', 'full']);

    // The full build carries the reader's screens too: the self-check goes on where it was.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-check' }).click();
    await expect(quiz.questions.first().locator('textarea')).toHaveValue('Led the payments RFC');
    expect(errors).toEqual([]);
  });

  test('finishing the self-check in the reader build shows the results with no loading placeholder on the way', async ({ page }) => {
    const seen = wasmRequests(page);
    const quiz = new QuizPage(page);
    await quiz.goto();
    await quiz.answerAll(allStaff);
    expect(seen.filter((u) => FULL.test(u))).toHaveLength(1);
    // Every placeholder put into the page from the click on, painted or not.
    await page.evaluate(() => {
      const w = window as unknown as { placeholders: number };
      w.placeholders = 0;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="skeleton"]')) w.placeholders++;
      }).observe(document, { childList: true, subtree: true });
    });
    await quiz.finish.click();
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('#main h1')).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { placeholders: number }).placeholders)).toBe(0);
    // The full build's WebAssembly was fetched once, while the questions were answered.
    expect(seen.filter((u) => FULL.test(u))).toHaveLength(1);
  });

  test('with storage blocked, what the reader build kept in memory goes with it', async ({ page }) => {
    await blockStorage(page);
    // The self-check is answered in the reader build; its results are shown by the full build.
    await finishQuiz(page, allStaff);
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const history = new HistoryPage(page);
    await expect(history.attempts).toHaveCount(1);
    await expect(history.notice).toHaveAttribute('data-kind', 'unavailable');
  });

  test('a visitor with a case gets the full build where the case shows: home and the dimension pages', async ({ page }) => {
    await page.goto('/#/explore');
    await page.evaluate(() =>
      localStorage.setItem('staffcheck:v1', JSON.stringify({ schema: 4, attempts: [], plan: { started: '2026-11-02', started_at: 1 } })),
    );
    const seen = wasmRequests(page);
    await page.reload();
    await expect(page.getByTestId('explorer-filter')).toBeEnabled();
    expect(seen.filter((u) => FULL.test(u))).toEqual([]);
    // Home shows the plan's progress: the reader build hands over there.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByTestId('home-plan')).toBeVisible();
    expect(seen.some((u) => FULL.test(u))).toBe(true);

    // A first visit of home with a case starts the full build at once.
    const { tab: other, seen: seenThere } = await firstVisit(page.context(), '/#/');
    await expect(other.getByTestId('home-plan')).toBeVisible();
    expect(seenThere).toHaveLength(1);
    expect(seenThere[0]).toMatch(FULL);
  });

  test('a save that failed in the reader build (a full quota) is not lost by the hand-over', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    await fillQuota(page, KEY);
    // Answered and finished in the reader build (nothing can be saved); the results are the full
    // build's: it shows them from what the reader build held, and says they are not kept.
    await quiz.answerAll(allStaff);
    await quiz.finish.click();
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
    await expect(new HistoryPage(page).notice).toHaveAttribute('data-kind', 'quota');
    expect((await page.evaluate(() => localStorage.getItem('staffcheck:v1'))) ?? '').not.toContain('"attempts":[{');
  });

  test('if the full build cannot start, what was typed before the hand-over is already saved', async ({ page }) => {
    await page.route(FULL, (route) => route.abort('failed'));
    const quiz = new QuizPage(page);
    await quiz.goto();
    await quiz.start.click();
    await quiz.questions.first().locator('summary').click();
    await typeNoteAndLeave(page, 'Led the payments RFC', '#/history');
    // The page says the widget cannot start here; the note is in storage for the next visit.
    await expect(page.getByTestId('boot-failed')).toBeVisible();
    expect((await page.evaluate(() => localStorage.getItem('staffcheck:v1'))) ?? '').toContain('Led the payments RFC');
  });
});
