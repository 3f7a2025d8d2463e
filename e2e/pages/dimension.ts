import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

export class DimensionPage extends AppShell {
  readonly root: Locator;
  readonly change: Locator;
  readonly prev: Locator;
  readonly next: Locator;
  readonly back: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('dimension-detail');
    this.change = this.root.getByTestId('change');
    this.prev = page.getByTestId('dimension-prev');
    this.next = page.getByTestId('dimension-next');
    this.back = page.getByTestId('dimension-back');
  }

  async goto(id: string): Promise<void> {
    await this.open(`/explore/${id}`, 'dimension-detail');
  }

  level(id: 'senior' | 'staff' | 'principal'): Locator {
    return this.page.getByTestId(`level-${id}`);
  }
}
