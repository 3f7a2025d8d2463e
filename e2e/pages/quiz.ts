import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

/** The self-check: intro, sections, review. */
export class QuizPage extends AppShell {
  readonly intro: Locator;
  readonly start: Locator;
  readonly section: Locator;
  readonly questions: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly review: Locator;
  readonly unanswered: Locator;
  readonly finish: Locator;
  readonly part: Locator;

  constructor(page: Page) {
    super(page);
    this.intro = page.getByTestId('quiz-intro');
    this.start = page.getByTestId('quiz-start');
    this.section = page.getByTestId('quiz-section');
    this.questions = page.getByTestId('question');
    this.next = page.getByTestId('quiz-next');
    this.back = page.getByTestId('quiz-back');
    this.review = page.getByTestId('quiz-review');
    this.unanswered = page.getByTestId('review-unanswered');
    this.finish = page.getByTestId('quiz-finish');
    this.part = page.getByTestId('quiz-part');
  }

  async goto(): Promise<void> {
    await this.open('/quiz', 'quiz');
  }

  async sectionId(): Promise<string> {
    return (await this.section.getAttribute('data-section')) ?? '';
  }

  /** Answers every question of the current section by clicking: `pick(kind, index, count)` gives
   * the choice index for each question (kind is readiness | scale | figure | motivation). */
  async answerSection(pick: (kind: string, index: number, choices: number) => number): Promise<void> {
    const groups = await this.questions.all();
    for (const [i, group] of groups.entries()) {
      const kind = ((await group.getAttribute('data-item')) ?? '').split('-')[0];
      const radios = group.getByRole('radio');
      const n = await radios.count();
      await radios.nth(pick(kind, i, n)).check();
    }
  }

  /** Goes through every section answering with `pick`, then lands on the review. Each Next must
   * show the following section or the review, nothing else: a click that went astray fails at
   * the step it happened, not as a missing review. */
  async answerAll(pick: (kind: string, index: number, choices: number) => number): Promise<void> {
    await this.start.click();
    await expect(this.section).toBeVisible();
    for (;;) {
      const id = await this.sectionId();
      await this.answerSection(pick);
      await this.next.click();
      const following = this.page.locator(`[data-testid="quiz-section"]:not([data-section="${id}"])`);
      await expect(this.review.or(following)).toBeVisible();
      if (await this.review.isVisible()) return;
    }
  }
}

/** Index of the most Staff-like choice: Yes for readiness (first), the last option otherwise. */
export const allStaff = (kind: string, _i: number, n: number): number => (kind === 'readiness' ? 0 : n - 1);
