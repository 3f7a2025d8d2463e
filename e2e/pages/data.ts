import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

/** `#/data`: everything this browser keeps; export, import, delete everything. */
export class DataPage extends AppShell {
  readonly root: Locator;
  readonly kept: Locator;
  readonly nothing: Locator;
  readonly status: Locator;
  readonly ownSize: Locator;
  readonly siteRoom: Locator;
  readonly persisted: Locator;
  readonly asked: Locator;
  readonly ask: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly message: Locator;
  readonly deleteButton: Locator;
  readonly confirm: Locator;
  readonly confirmWhat: Locator;
  readonly confirmExport: Locator;
  readonly confirmYes: Locator;
  readonly confirmCancel: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('data-page');
    this.kept = page.getByTestId('data-kept-item');
    this.nothing = page.getByTestId('data-nothing');
    this.status = page.getByTestId('data-status');
    this.ownSize = page.getByTestId('data-own-size');
    this.siteRoom = page.getByTestId('data-site-room');
    this.persisted = page.getByTestId('data-persisted');
    this.asked = page.getByTestId('data-asked');
    this.ask = page.getByTestId('data-persist-ask');
    this.exportButton = page.getByTestId('data-export');
    this.importInput = page.getByTestId('data-import');
    this.message = page.getByTestId('data-message');
    this.deleteButton = page.getByTestId('delete-everything');
    this.confirm = page.getByTestId('delete-confirm');
    this.confirmWhat = this.confirm.getByTestId('delete-what').getByRole('listitem');
    this.confirmExport = page.getByTestId('delete-export');
    this.confirmYes = page.getByTestId('delete-yes');
    this.confirmCancel = page.getByTestId('delete-cancel');
    this.notice = page.getByTestId('storage-notice');
  }

  async goto(): Promise<void> {
    await this.open('/data', 'data-page');
  }

  /** Follows the footer's link (no reload: what the page holds in memory stays). */
  async viaFooter(): Promise<void> {
    await this.page.locator('.site-footer').getByRole('link', { name: 'Your data in this browser' }).click();
    await expect(this.root).toBeVisible();
  }

  /** What the screen says is kept, line by line. */
  async keptLines(): Promise<string[]> {
    return this.kept.allInnerTexts();
  }

  /** Downloads what `button` exports and returns the file's path. */
  async download(button: Locator = this.exportButton): Promise<string> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('staffcheck-data.json');
    return file.path();
  }
}

/** An export file (format 3) holding `people`, each `{ id, name }` without check-ins. */
export function peopleExport(people: { id: string; name: string; notes?: string }[]): { name: string; mimeType: string; buffer: Buffer } {
  const file = {
    format: 'staffcheck-history',
    version: 3,
    exported_at: 0,
    attempts: [],
    evidence: [],
    people: people.map((p) => ({ id: p.id, name: p.name, notes: p.notes ?? '', checkins: [], updated_at: 1 })),
  };
  return { name: 'people.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}
