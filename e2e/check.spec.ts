import { expect, test } from './support/test';
import { checkScreen } from './support/screen';
import { expectNoAxeViolations } from './support/axe';
import { CheckPage, QuickParts } from './pages/check';
import { HistoryPage, KEY, finishQuiz } from './pages/history';
import { QuizPage, allStaff } from './pages/quiz';
import { SharedPage } from './pages/shared';
import { BlogPage, CSP_SITE, watchCsp } from './pages/embed';
import { FULL, READER, wasmRequests } from './support/boot';
import type { Page } from '@playwright/test';

/** What storage holds (the envelope), parsed. */
async function stored(page: Page): Promise<{ schema: number; attempts: { quick?: boolean }[]; in_progress?: { step: number; answers: { readiness?: Record<string, boolean> } } }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}

test.describe('the quick check', () => {
  test('by keyboard only: 8 yes meets the bar, the verdict at once, in the reader build', async ({ page }) => {
    test.setTimeout(60_000);
    const seen = wasmRequests(page);
    const check = new CheckPage(page);
    await check.goto();
    await checkScreen(page);
    await check.answerByKeyboard(8);
    const q = check.quick;
    await expect(q.verdict).toBeVisible();
    await expect(q.verdict).toHaveAttribute('data-meets', 'true');
    await expect(q.verdictHeading).toBeFocused();
    await expect(q.count).toHaveText('8 of 12');
    await expect(q.bar).toHaveText('Meets the bar of 8 of 12.');
    // What decided it: the eight statements answered yes; the four others each with their
    // dimension and one thing to practise.
    await expect(q.decided).toContainText('8 statements answered yes');
    await expect(q.yes).toHaveCount(8);
    await expect(q.notYet).toHaveCount(4);
    for (const item of await q.notYet.all()) {
      await expect(item.getByRole('link')).toHaveAttribute('href', /#\/explore\/[a-z-]+$/);
      await expect(item.locator('.quick-practise')).not.toBeEmpty();
    }
    await expect(q.verdict).toContainText('wrong axis');
    await expect(q.verdict).toContainText('two to four years');
    await checkScreen(page);
    // Kept as a quick check (schema 5); only the reader build was ever fetched.
    await expect.poll(async () => (await stored(page)).attempts?.map((a) => a.quick === true)).toEqual([true]);
    expect((await stored(page)).schema).toBe(5);
    expect(seen.length).toBe(1);
    expect(seen[0]).toMatch(READER);
  });

  test('7 yes is not yet at the bar; "go deeper" carries all 12 answers into the self-check', async ({ page }) => {
    const check = new CheckPage(page);
    await check.goto();
    await check.quick.answer(7);
    await check.quick.submit.click();
    const q = check.quick;
    await expect(q.verdict).toHaveAttribute('data-meets', 'false');
    await expect(q.count).toHaveText('7 of 12');
    await expect(q.bar).toContainText('1 more yes');
    await expect(q.decided).toContainText('5 statements not yet true');
    await expect(q.notYet).toHaveCount(5);

    await q.deeper.click();
    const quiz = new QuizPage(page);
    await expect(quiz.section).toHaveAttribute('data-section', 'dimensions-1');
    await expect.poll(async () => Object.keys((await stored(page)).in_progress?.answers.readiness ?? {}).length).toBe(12);
    const progress = (await stored(page)).in_progress;
    expect(Object.values(progress?.answers.readiness ?? {})).toEqual(expect.arrayContaining([true, false]));
    expect(Object.keys(progress?.answers.readiness ?? {})).toHaveLength(12);
    // Back to the statements: every one is answered as in the quick check, none asked again.
    await quiz.back.click();
    await expect(quiz.section).toHaveAttribute('data-section', 'readiness');
    const groups = await quiz.questions.all();
    expect(groups).toHaveLength(12);
    for (const [i, group] of groups.entries()) {
      await expect(group.getByRole('radio', { name: i < 7 ? 'Yes' : 'Not yet' })).toBeChecked();
    }
  });

  test('kept in history and the trend beside full attempts; its link opens as a quick check in a fresh browser', async ({ page, browser }) => {
    test.setTimeout(90_000);
    await finishQuiz(page, allStaff);
    const check = new CheckPage(page);
    await check.goto();
    await check.quick.answer(9);
    await check.quick.submit.click();
    await expect(check.quick.verdict).toBeVisible();

    const history = new HistoryPage(page);
    await history.goto();
    await expect(history.attempts).toHaveCount(2);
    const quick = history.attempts.and(page.locator('[data-kind="quick"]'));
    await expect(quick).toHaveCount(1);
    await expect(quick.getByTestId('attempt-kind')).toHaveText('Quick check');
    await expect(quick.getByTestId('attempt-count')).toHaveText('9 of 12');
    // The trend: a readiness point for each, an overall position only for the full self-check.
    const rows = page.getByTestId('trend-table').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.and(page.locator('[data-kind="quick"]')).locator('td').first()).toHaveText('none (a quick check)');
    await expect(rows.and(page.locator('[data-kind="full"]')).locator('td').first()).toHaveText(/^\d+$/);
    await expect(page.locator('.trend-dot.readiness')).toHaveCount(2);
    await expect(page.locator('.trend-dot.overall')).toHaveCount(1);
    await checkScreen(page);

    await quick.locator('.attempt-date').click();
    await expect(page.getByTestId('attempt-results')).toHaveAttribute('data-kind', 'quick');
    await expect(page.getByTestId('quick-verdict')).toBeVisible();
    await page.getByTestId('share-name').fill('Priya');
    const link = await page.getByTestId('share-link').inputValue();
    const full = await page.evaluate(() => location.href);
    expect(link).toMatch(/#\/r\/3[0-9A-Za-z_-]+$/);
    // A shorter code than a full result's: digit, 10 characters and the name.
    expect(link.split('#/r/')[1].length).toBeLessThan(24);
    expect(full).toContain('#/history/');
    await checkScreen(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    const shared = new SharedPage(other);
    await expect(shared.root).toHaveAttribute('data-kind', 'quick');
    await expect(shared.heading).toHaveText('Priya’s quick readiness check');
    const theirs = new QuickParts(other);
    await expect(theirs.count).toHaveText('9 of 12');
    await expect(theirs.verdict).toHaveAttribute('data-meets', 'true');
    await expect(other.getByTestId('shared-banner')).toContainText('readiness statements only');
    // No dimension scores to pretend to: no radar, no score table, no rating.
    await expect(other.getByTestId('score-row')).toHaveCount(0);
    await expect(shared.rate).toHaveCount(0);
    expect(await other.evaluate(() => localStorage.length)).toBe(0);
    await checkScreen(other);
    await fresh.close();
  });

  test('home offers it first; embedded in a blog it is sized to its content and says which check was completed', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/#/');
    const first = page.locator('.home-actions a').first();
    await expect(first).toHaveAttribute('data-testid', 'home-check-link');
    await expect(first).toContainText('two minutes');
    await expect(page.getByTestId('home-quiz-link')).toContainText('ten minutes');

    const seen = wasmRequests(page);
    const blog = new BlogPage(page);
    await blog.goto({ view: 'check', events: 'completed' }, (f) => f.getByTestId('quick-form'));
    const q = new QuickParts(blog.frame);
    const form = await blog.expectSizedToContent();
    await q.answer(8);
    await q.submit.click();
    await expect(q.verdict).toBeVisible();
    const verdict = await blog.expectSizedToContent();
    expect(verdict).not.toBe(form);
    await expect.poll(() => blog.completedEvents()).toEqual([{ verdict: 'ready', count: 8, total: 12, check: 'quick' }]);
    expect(seen.filter((u) => FULL.test(u))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('runs under the strict CSP, full size and embedded, with no violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${CSP_SITE}/#/check`);
    const q = new QuickParts(page);
    await q.answer(3);
    await q.submit.click();
    await expect(q.verdict).toHaveAttribute('data-meets', 'false');
    await page.goto(`${CSP_SITE}/?embed=1&theme=dark&accent=ffd700#/check`);
    await q.answer(12);
    await q.submit.click();
    await expect(q.verdict).toHaveAttribute('data-meets', 'true');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await checkScreen(page);
    expect(await violations()).toEqual([]);
  });
});
