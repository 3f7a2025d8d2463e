import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

/** The quick check's statements and verdict, in the page or inside an embed's frame. */
export class QuickParts {
  readonly root: Locator;
  readonly form: Locator;
  readonly statements: Locator;
  readonly submit: Locator;
  readonly verdict: Locator;
  readonly verdictHeading: Locator;
  readonly count: Locator;
  readonly bar: Locator;
  readonly decided: Locator;
  readonly yes: Locator;
  readonly notYet: Locator;
  readonly deeper: Locator;
  readonly log: Locator;
  readonly again: Locator;

  constructor(scope: Page | FrameLocator) {
    this.root = scope.getByTestId('quick-check');
    this.form = scope.getByTestId('quick-form');
    this.statements = this.form.getByTestId('question');
    this.submit = scope.getByTestId('quick-submit');
    this.verdict = scope.getByTestId('quick-verdict');
    this.verdictHeading = this.verdict.locator('h2');
    this.count = scope.getByTestId('quick-count');
    this.bar = scope.getByTestId('quick-bar');
    this.decided = scope.getByTestId('quick-decided');
    this.yes = scope.getByTestId('quick-yes').getByRole('listitem');
    this.notYet = scope.getByTestId('quick-not-yet').getByRole('listitem');
    this.deeper = scope.getByTestId('quick-deeper');
    this.log = scope.getByTestId('quick-log');
    this.again = scope.getByTestId('quick-again');
  }

  /** Answers the first `yes` statements yes and the rest not yet, by clicking. */
  async answer(yes: number): Promise<void> {
    await expect(this.statements).toHaveCount(12);
    for (const [i, group] of (await this.statements.all()).entries()) {
      await group.getByRole('radio', { name: i < yes ? 'Yes' : 'Not yet' }).check();
    }
  }
}

/** `#/check`: the quick check. */
export class CheckPage extends AppShell {
  readonly quick: QuickParts;

  constructor(page: Page) {
    super(page);
    this.quick = new QuickParts(page);
  }

  async goto(): Promise<void> {
    await this.open('/check', 'quick-form');
  }

  /** Answers with the keyboard only: Tab to each statement's first radio, Space for yes or the
   * arrow key for "Not yet", then Tab to the button and Enter. */
  async answerByKeyboard(yes: number): Promise<void> {
    for (const [i, group] of (await this.quick.statements.all()).entries()) {
      await this.tabTo(group.getByRole('radio').first());
      await this.page.keyboard.press(i < yes ? 'Space' : 'ArrowRight');
      await expect(group.getByRole('radio', { name: i < yes ? 'Yes' : 'Not yet' })).toBeChecked();
    }
    await this.tabTo(this.quick.submit);
    await this.page.keyboard.press('Enter');
  }
}
