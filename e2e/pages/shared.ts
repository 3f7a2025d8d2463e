import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

export class SharedPage extends AppShell {
  readonly root: Locator;
  readonly error: Locator;
  readonly errorMessage: Locator;
  readonly save: Locator;
  readonly compareMine: Locator;
  readonly rate: Locator;
  readonly mentorForm: Locator;
  readonly mentorDone: Locator;
  readonly selfVsMentor: Locator;
  readonly pairRows: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('shared-result');
    this.error = page.getByTestId('share-error');
    this.errorMessage = page.getByTestId('share-error-message');
    this.save = page.getByTestId('save-shared');
    this.compareMine = page.getByTestId('compare-mine');
    this.rate = page.getByTestId('rate-person');
    this.mentorForm = page.getByTestId('mentor-form');
    this.mentorDone = page.getByTestId('mentor-done');
    this.selfVsMentor = page.getByTestId('self-vs-mentor');
    this.pairRows = this.selfVsMentor.getByTestId('pair-row');
  }
}

/** The results page's numbers: readiness and every dimension's position. */
export async function resultNumbers(page: Page): Promise<{ count: string; rows: string[] }> {
  const count = (await page.getByTestId('readiness-count').first().textContent()) ?? '';
  const rows = await page
    .getByTestId('score-row')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-dimension')}=${e.textContent}`));
  return { count, rows };
}
