import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

export class NotFoundPage extends AppShell {
  readonly root: Locator;
  readonly links: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('not-found');
    this.links = page.getByTestId('dimension-list').getByRole('link');
  }
}
