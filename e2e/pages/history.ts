import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';
import { QuizPage } from './quiz';

export const KEY = 'staffcheck:v1';

export class HistoryPage extends AppShell {
  readonly root: Locator;
  readonly attempts: Locator;
  readonly empty: Locator;
  readonly compareButton: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly message: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('history');
    this.attempts = page.getByTestId('attempt');
    this.empty = page.getByTestId('history-empty');
    this.compareButton = page.getByTestId('compare-selected');
    this.exportButton = page.getByTestId('export');
    this.importInput = page.getByTestId('import');
    this.message = page.getByTestId('history-message');
    this.notice = page.getByTestId('storage-notice');
  }

  async goto(): Promise<void> {
    await this.open('/history', 'history');
  }

  async attemptIds(): Promise<string[]> {
    return this.attempts.evaluateAll((els) => els.map((e) => e.getAttribute('data-attempt') ?? ''));
  }

  async stored(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), KEY);
  }
}

/** Takes the whole self-check with `pick` and lands on the results. */
export async function finishQuiz(page: Page, pick: (kind: string, i: number, n: number) => number): Promise<void> {
  // A background tab gets no animation frames, which Playwright's actions wait for.
  await page.bringToFront();
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.answerAll(pick);
  await quiz.finish.click();
  await expect(page.getByTestId('results')).toBeVisible();
}

/** Not-yet on every readiness statement, the Senior end everywhere else. */
export const allSenior = (kind: string): number => (kind === 'readiness' ? 1 : 0);
