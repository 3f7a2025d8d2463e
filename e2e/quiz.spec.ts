import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { QuizPage, allStaff } from './pages/quiz';

test.describe('self-check', () => {
  test('the whole quiz by keyboard alone', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    await expect(quiz.intro).toBeVisible();
    await quiz.tabTo(quiz.start);
    await page.keyboard.press('Enter');
    await expect(quiz.section).toBeVisible();
    await expect(quiz.heading).toBeFocused();

    while (await quiz.section.isVisible()) {
      const part = await quiz.part.textContent();
      for (const group of await quiz.questions.all()) {
        const kind = ((await group.getAttribute('data-item')) ?? '').split('-')[0];
        const radios = group.getByRole('radio');
        const n = await radios.count();
        await quiz.tabTo(radios.first());
        expect(await quiz.focusOutlineWidth()).toBeGreaterThan(0);
        if (kind === 'readiness') {
          await page.keyboard.press('Space');
        } else {
          // Arrow keys move through a radio group and select as they go.
          for (let i = 0; i < n - 1; i++) await page.keyboard.press('ArrowDown');
        }
        const wanted = kind === 'readiness' ? 0 : n - 1;
        await expect(radios.nth(wanted)).toBeChecked();
      }
      // Enter submits the section and moves on.
      await page.keyboard.press('Enter');
      await expect(quiz.part.or(quiz.review)).not.toHaveText(part ?? '');
    }
    await expect(quiz.review).toBeVisible();
    await expect(page.getByTestId('review-complete')).toBeVisible();
    await quiz.tabTo(quiz.finish);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/results$/);
    await expect(page.getByTestId('readiness-count')).toHaveText('12 of 12');
    await expect(page.getByTestId('band')).toContainText('Operating at Staff level');
  });

  test('seven yes gives "not yet" and names the five missing statements', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    const missing: string[] = [];
    await quiz.start.click();
    // Readiness: yes to the first seven, not yet to the rest.
    const groups = await quiz.questions.all();
    expect(groups).toHaveLength(12);
    for (const [i, group] of groups.entries()) {
      if (i < 7) {
        await group.getByRole('radio', { name: 'Yes' }).check();
      } else {
        await group.getByRole('radio', { name: 'Not yet' }).check();
        missing.push((await group.locator('legend').textContent()) ?? '');
      }
    }
    await quiz.next.click();
    while (await quiz.section.isVisible()) {
      const part = await quiz.part.textContent();
      await quiz.answerSection((_k, _i, n) => Math.floor(n / 2));
      await quiz.next.click();
      await expect(quiz.part.or(quiz.review)).not.toHaveText(part ?? '');
    }
    await quiz.finish.click();
    await expect(page.getByTestId('readiness-count')).toHaveText('7 of 12');
    await expect(page.getByTestId('readiness-verdict')).toContainText('Not yet');
    const listed = page.getByTestId('missing-statements').getByRole('listitem');
    await expect(listed).toHaveCount(5);
    for (const text of missing) {
      await expect(page.getByTestId('missing-statements')).toContainText(text);
    }

    // The chart and its table twin carry the same 16 dimensions; every middle answer sits at 50.
    await expect(page.getByTestId('radar')).toBeVisible();
    await expect(page.getByTestId('radar')).toHaveAttribute('role', 'img');
    await expect(page.getByTestId('radar').locator('title').first()).toContainText('16 dimensions');
    await expect(page.getByTestId('score-row')).toHaveCount(16);
    await expect(page.getByTestId('band')).toHaveText('On the Staff path');
    // Gaps, each with an artifact to produce and how to practise it, and the 30/60/90 plan.
    const gaps = page.getByTestId('gap');
    await expect(gaps).toHaveCount(3);
    for (const gap of await gaps.all()) {
      await expect(gap.getByTestId('gap-artifact')).not.toBeEmpty();
      await expect(gap.getByTestId('gap-how')).not.toBeEmpty();
      await expect(gap.getByRole('link')).toHaveAttribute('href', /#\/explore\//);
    }
    await expect(page.getByTestId('plan-phase')).toHaveCount(3);
    await expect(page.getByTestId('plan-outcomes').getByRole('listitem')).toHaveCount(5);
    await expect(page.getByTestId('plan-personal')).toHaveCount(3);
    await expect(page.getByTestId('calibration')).toContainText('quarters');

    // "How is this scored?" and retaking.
    await page.getByTestId('how-scored-link').click();
    await expect(page.getByTestId('how-scored')).toBeVisible();
    await page.goBack();
    await page.getByTestId('retake').click();
    await expect(quiz.section).toHaveAttribute('data-section', 'readiness');
    await expect(quiz.questions.first().getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  });

  test('a reload mid-quiz resumes where you left off', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    await quiz.start.click();
    await quiz.answerSection(() => 0);
    await quiz.next.click();
    await expect(quiz.section).toHaveAttribute('data-section', 'dimensions-1');
    await quiz.questions.first().getByRole('radio').nth(3).check();
    await page.reload();
    await expect(quiz.section).toHaveAttribute('data-section', 'dimensions-1');
    await expect(quiz.questions.first().getByRole('radio').nth(3)).toBeChecked();
    await quiz.back.click();
    await expect(quiz.section).toHaveAttribute('data-section', 'readiness');
    for (const group of await quiz.questions.all()) {
      await expect(group.getByRole('radio', { name: 'Yes' })).toBeChecked();
    }
  });

  test('a note typed just before leaving is kept, though saving waits for a pause in typing', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    await quiz.start.click();
    const first = quiz.questions.first();
    await first.locator('summary').click();
    const note = first.locator('textarea');
    await note.pressSequentially('Led the payments RFC');
    const stored = () => page.evaluate(() => localStorage.getItem('staffcheck:v1') ?? '');
    // Leaving the page right after typing (before the pause that saves it) keeps it.
    await page.reload();
    await expect(quiz.section).toHaveAttribute('data-section', 'readiness');
    await expect(quiz.questions.first().locator('textarea')).toHaveValue('Led the payments RFC');

    await quiz.questions.first().locator('textarea').pressSequentially(', Q3');
    await quiz.questions.nth(1).getByRole('radio', { name: 'Yes' }).focus(); // blur
    await expect.poll(stored).toContain('Led the payments RFC, Q3');
  });

  test('skipping, clearing and the review list of unanswered items', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.goto();
    await quiz.start.click();
    const first = quiz.questions.first();
    await first.getByRole('radio', { name: 'Yes' }).check();
    await first.getByRole('button', { name: /Clear the answer/ }).click();
    await expect(first.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    // Skip everything: straight to the review.
    while (await quiz.section.isVisible()) {
      const part = await quiz.part.textContent();
      await quiz.next.click();
      await expect(quiz.part.or(quiz.review)).not.toHaveText(part ?? '');
    }
    await expect(quiz.unanswered.first()).toBeVisible();
    const total = await quiz.unanswered.count();
    expect(total).toBeGreaterThan(30);
    await expectNoAxeViolations(page);
    // Jump back to a section from the review, answer one, and the list shrinks.
    await page.getByRole('button', { name: /Answer these/ }).first().click();
    await expect(quiz.section).toHaveAttribute('data-section', 'readiness');
    await quiz.questions.first().getByRole('radio', { name: 'Yes' }).check();
  });

  test('axe: intro, a question page, the review and the results', async ({ page }) => {
    test.setTimeout(60_000); // six full axe scans; slow on a busy 2-core machine
    const quiz = new QuizPage(page);
    await quiz.goto();
    await expectNoAxeViolations(page);
    await quiz.start.click();
    await quiz.answerSection(allStaff);
    await expectNoAxeViolations(page);
    await quiz.next.click();
    await expect(quiz.section).toHaveAttribute('data-section', 'dimensions-1');
    await quiz.answerSection(allStaff);
    await expectNoAxeViolations(page);
    while (await quiz.section.isVisible()) {
      const part = await quiz.part.textContent();
      await quiz.answerSection(allStaff);
      await quiz.next.click();
      await expect(quiz.part.or(quiz.review)).not.toHaveText(part ?? '');
    }
    await expectNoAxeViolations(page);
    await quiz.finish.click();
    await expect(page.getByTestId('results')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
