import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { allStaff } from './pages/quiz';
import { HistoryPage, KEY, allSenior, finishQuiz } from './pages/history';
import { blockStorage, fillQuota } from './support/boot';

test.describe('history', () => {
  test('two attempts survive a reload, compare, delete with undo, clear with confirmation', async ({ page }) => {
    await finishQuiz(page, allSenior);
    await finishQuiz(page, allStaff);
    const history = new HistoryPage(page);
    await history.goto();
    await page.reload();
    await expect(history.attempts).toHaveCount(2);
    // Newest first.
    await expect(history.attempts.first().getByTestId('attempt-count')).toHaveText('12 of 12');
    await expect(history.attempts.nth(1).getByTestId('attempt-count')).toHaveText('0 of 12');
    await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await expect(history.compareButton).toBeDisabled();
    for (const a of await history.attempts.all()) await a.getByRole('checkbox').check();
    await history.compareButton.click();
    await expect(page.getByTestId('compare')).toBeVisible();
    const moves = page.getByTestId('compare-moves');
    await expect(moves.getByTestId('pair-row')).toHaveCount(16);
    await expect(moves.getByTestId('pair-gap').first()).toHaveText('+100');
    await expect(page.getByTestId('gained').getByRole('listitem')).toHaveCount(12);
    await expectNoAxeViolations(page);

    await history.goto();
    const [newest] = await history.attemptIds();
    await history.attempts.first().getByTestId('attempt-delete').click();
    await expect(history.attempts).toHaveCount(1);
    expect(await history.stored()).not.toContain(`"id":"${newest}","finished_at"`);
    await page.getByTestId('undo').click();
    await expect(history.attempts).toHaveCount(2);
    await page.reload();
    await expect(history.attempts).toHaveCount(2);

    await page.getByTestId('clear-all').click();
    await expect(page.getByTestId('confirm-clear')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(history.attempts).toHaveCount(2);
    await page.getByTestId('clear-all').click();
    await page.getByTestId('confirm-clear-yes').click();
    await expect(history.empty).toBeVisible();
    await page.reload();
    await expect(history.empty).toBeVisible();
  });

  test('an attempt opens its own results page', async ({ page }) => {
    await finishQuiz(page, allStaff);
    const history = new HistoryPage(page);
    await history.goto();
    await history.attempts.first().getByRole('link').click();
    await expect(page.getByTestId('attempt-results')).toBeVisible();
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
  });

  test('the latest attempt as Markdown, and a print view without the site chrome', async ({ page }) => {
    await finishQuiz(page, allStaff);
    const history = new HistoryPage(page);
    await history.goto();
    const download = page.waitForEvent('download');
    await page.getByTestId('markdown').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('staffcheck-summary.md');
    const md = readFileSync(await file.path(), 'utf8');
    expect(md).toMatch(/^# staffcheck self-check, \d{4}-\d{2}-\d{2}/);
    expect(md).toContain('**Readiness:** 12 of 12 (meets the bar; the bar is 8).');
    expect(md).toContain('| Scope | 100 |');

    await page.goto('/#/results');
    await expect(page.getByTestId('results')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByTestId('share-panel')).toBeHidden();
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expect(page.getByTestId('score-table')).toBeVisible();
  });

  test('corrupt data is moved to a backup key, the visitor is told, the widget works', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"schema": 2, "attempts": [oops'), KEY);
    await page.reload();
    const history = new HistoryPage(page);
    await expect(history.notice).toHaveAttribute('data-kind', 'corrupt');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('staffcheck:backup:')).map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual(['{"schema": 2, "attempts": [oops']);
    const download = page.waitForEvent('download');
    await page.getByTestId('notice-download-raw').click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"schema": 2, "attempts": [oops');
    await expectNoAxeViolations(page);
    await finishQuiz(page, allStaff);
    await history.goto();
    await expect(history.attempts).toHaveCount(1);
  });

  test('storage that throws: a notice, and the quiz still works in memory', async ({ page }) => {
    await blockStorage(page);
    await finishQuiz(page, allStaff);
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
    const history = new HistoryPage(page);
    await expect(history.notice).toHaveAttribute('data-kind', 'unavailable');
    await expect(page.getByTestId('notice-export')).toBeVisible();
    await history.goto();
    await expect(history.attempts).toHaveCount(1);
  });

  test('a full quota: notice, earlier data intact, the new attempt offered as a download', async ({ page }) => {
    await finishQuiz(page, allSenior);
    const history = new HistoryPage(page);
    const before = await history.stored();
    expect(before).toContain('"attempts":[{');
    await fillQuota(page, KEY);
    // Finish a second attempt without reloading (the stub lives in this page).
    await page.goto('/#/quiz');
    const quizStart = page.getByTestId('quiz-start');
    await quizStart.click();
    await expect(history.notice).toHaveAttribute('data-kind', 'quota');
    expect(await history.stored()).toBe(before);
    const download = page.waitForEvent('download');
    await page.getByTestId('notice-export').click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(saved.attempts).toHaveLength(1);
    expect(saved.in_progress.step).toBe(1);
  });

  test('two tabs: a save in one shows up in the other, neither loses an attempt', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    const historyB = new HistoryPage(b);
    await historyB.goto();
    await expect(historyB.empty).toBeVisible();
    await finishQuiz(a, allStaff);
    await expect(historyB.attempts).toHaveCount(1);
    await finishQuiz(b, allSenior);
    const historyA = new HistoryPage(a);
    await historyA.goto();
    await expect(historyA.attempts).toHaveCount(2);
    const stored = JSON.parse((await historyA.stored()) ?? '{}');
    expect(stored.attempts).toHaveLength(2);
  });

  test('export, then import into a clean browser gives the same history', async ({ page, browser }) => {
    await finishQuiz(page, allSenior);
    await finishQuiz(page, allStaff);
    const history = new HistoryPage(page);
    await history.goto();
    const ids = await history.attemptIds();
    const download = page.waitForEvent('download');
    await history.exportButton.click();
    const file = await (await download).path();

    const clean = await browser.newContext();
    const other = await clean.newPage();
    const fresh = new HistoryPage(other);
    await fresh.goto();
    await expect(fresh.empty).toBeVisible();
    await fresh.importInput.setInputFiles(file);
    await expect(fresh.message).toHaveText('Imported 2 attempts.');
    expect(await fresh.attemptIds()).toEqual(ids);
    await fresh.importInput.setInputFiles(file);
    await expect(fresh.message).toContainText('already here');
    await expect(fresh.attempts).toHaveCount(2);
    await fresh.importInput.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(fresh.message).toContainText('not a staffcheck history export');
    await expect(fresh.attempts).toHaveCount(2);
    await other.reload();
    await expect(fresh.attempts).toHaveCount(2);
    expect(await fresh.attemptIds()).toEqual(ids);
    await clean.close();
  });
});
