import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

export class ExplorerPage extends AppShell {
  readonly root: Locator;
  readonly filter: Locator;
  readonly principalToggle: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly empty: Locator;
  readonly principalCells: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('explorer');
    this.filter = page.getByLabel('Filter dimensions');
    this.principalToggle = page.getByLabel('Show Principal');
    this.rows = page.getByTestId('explorer-row');
    this.count = page.getByTestId('explorer-count');
    this.empty = page.getByTestId('explorer-empty');
    this.principalCells = page.getByTestId('principal-cell');
    this.table = page.getByTestId('explorer-table');
  }

  async goto(): Promise<void> {
    await this.open('/explore', 'explorer');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="explorer-row"][data-dimension="${id}"]`);
  }

  async rowIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dimension') ?? ''));
  }
}
