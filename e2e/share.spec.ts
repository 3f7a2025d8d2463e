import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { allStaff } from './pages/quiz';
import { finishQuiz, HistoryPage } from './pages/history';
import { SharedPage, resultNumbers } from './pages/shared';

/** Mixed answers: yes to every other statement, scale points cycling through 1..5. */
const mixed = (kind: string, i: number, n: number): number => (kind === 'readiness' ? i % 2 : i % n);

test.describe('sharing', () => {
  test('a shared link shows the same result in a fresh browser without touching its storage', async ({ page, browser }) => {
    await finishQuiz(page, mixed);
    const mine = await resultNumbers(page);
    await page.getByTestId('share-name').fill('Ada');
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.length).toBeLessThanOrEqual(200);
    expect(link).toMatch(/#\/r\/[0-9A-Za-z_-]+$/);
    await expectNoAxeViolations(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    const shared = new SharedPage(other);
    await expect(shared.root).toBeVisible();
    await expect(shared.heading).toContainText('Ada');
    expect(await resultNumbers(other)).toEqual(mine);
    expect(await other.evaluate(() => localStorage.length)).toBe(0);
    await expectNoAxeViolations(other);

    // Saving files it under a person (the name the link carries), never in "my history".
    await shared.save.click();
    await expect(other.getByTestId('save-name')).toHaveValue('Ada');
    await other.getByTestId('save-submit').click();
    await expect(other.getByTestId('saved-shared')).toContainText('Ada');
    const history = new HistoryPage(other);
    await history.goto();
    await expect(history.empty).toBeVisible();
    await other.goto('/#/people');
    await other.getByRole('link', { name: 'Ada', exact: true }).click();
    await expect(other.getByTestId('checkin-count')).toHaveText(mine.count);
    await fresh.close();
  });

  test('copy uses the clipboard, or falls back to a selectable link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await finishQuiz(page, allStaff);
    const link = await page.getByTestId('share-link').inputValue();
    await page.getByTestId('share-copy').click();
    await expect(page.getByTestId('share-status')).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByTestId('share-copy').click();
    await expect(page.getByTestId('share-status')).toContainText('select the link');
    await page.getByTestId('share-link').focus();
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).value.slice(
      (document.activeElement as HTMLInputElement).selectionStart ?? 0, (document.activeElement as HTMLInputElement).selectionEnd ?? 0))).toBe(link);
  });

  test('compare with mine overlays the viewer’s latest attempt', async ({ page, browser }) => {
    await finishQuiz(page, mixed);
    const link = await page.getByTestId('share-link').inputValue();
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await finishQuiz(other, allStaff);
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    const shared = new SharedPage(other);
    await shared.compareMine.click();
    const table = other.getByTestId('compare-with-mine').getByTestId('pair-row');
    await expect(table).toHaveCount(16);
    await expect(table.first().getByTestId('pair-second')).toHaveText('100');
    await expectNoAxeViolations(other);
    await ctx.close();
  });

  test('a mentor rates the mentee, sees the biggest disagreements first, and shares it back', async ({ page, browser }) => {
    await finishQuiz(page, allStaff);
    await page.getByTestId('share-name').fill('Grace');
    const link = await page.getByTestId('share-link').inputValue();

    const ctx = await browser.newContext();
    const mentor = await ctx.newPage();
    await mentor.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    const shared = new SharedPage(mentor);
    await shared.rate.click();
    await expect(shared.mentorForm).toBeVisible();
    await expectNoAxeViolations(mentor);
    // The mentor sees the first dimension at the Senior end, the second in the middle, the rest as the mentee does.
    const groups = shared.mentorForm.getByTestId('question');
    await expect(groups).toHaveCount(16);
    await groups.nth(0).getByRole('radio').nth(0).check();
    await groups.nth(1).getByRole('radio').nth(2).check();
    for (let i = 2; i < 16; i++) await groups.nth(i).getByRole('radio').nth(4).check();
    await shared.mentorForm.getByLabel('Your name (optional)').fill('Mentor M');
    await shared.mentorDone.click();

    await expect(shared.selfVsMentor).toBeVisible();
    await expect(shared.pairRows).toHaveCount(16);
    await expect(shared.pairRows.nth(0)).toHaveAttribute('data-dimension', 'scope');
    await expect(shared.pairRows.nth(0).getByTestId('pair-gap')).toHaveText('-100');
    await expect(shared.pairRows.nth(1)).toHaveAttribute('data-dimension', 'time-horizon');
    await expect(shared.pairRows.nth(1).getByTestId('pair-gap')).toHaveText('-50');
    await expect(shared.pairRows.nth(2).getByTestId('pair-gap')).toHaveText('+0');
    await expectNoAxeViolations(mentor);

    const back = await mentor.getByTestId('share-link').inputValue();
    expect(back.length).toBeLessThanOrEqual(200);
    const ctx2 = await browser.newContext();
    const mentee = await ctx2.newPage();
    await mentee.goto(back.replace(/^https?:\/\/[^/]+/, ''));
    const combined = new SharedPage(mentee);
    await expect(combined.selfVsMentor).toContainText('Mentor M');
    const rows = await combined.pairRows.evaluateAll((els) => els.map((e) => e.textContent));
    expect(rows).toEqual(await shared.pairRows.evaluateAll((els) => els.map((e) => e.textContent)));
    await ctx.close();
    await ctx2.close();
  });

  for (const [name, code, message] of [
    ['garbled', '1AQIDBAUGBwgJ', /damaged|garbled|not a valid/i],
    ['truncated', null, /cut off|incomplete|truncated/i],
    ['from a newer version', 'zAAAAAAAAAAAA', /newer/i],
    ['empty', '', null],
  ] as const) {
    test(`a ${name} link shows a friendly error page`, async ({ page }) => {
      let target = code;
      if (target === null) {
        await finishQuiz(page, mixed);
        const link = await page.getByTestId('share-link').inputValue();
        target = link.split('#/r/')[1].slice(0, 12);
      }
      await page.goto(`/#/r/${target}`);
      const shared = new SharedPage(page);
      if (message === null) {
        await expect(page.getByTestId('not-found').or(shared.error)).toBeVisible();
        return;
      }
      await expect(shared.error).toBeVisible();
      await expect(shared.errorMessage).toHaveText(message);
      await expect(page.getByRole('link', { name: 'Take the self-check yourself' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
