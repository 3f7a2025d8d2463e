import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

export class HomePage extends AppShell {
  readonly root: Locator;
  readonly exploreLink: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('home');
    this.exploreLink = page.getByTestId('home-explore-link');
  }

  async goto(): Promise<void> {
    await this.open('/', 'home');
  }
}
