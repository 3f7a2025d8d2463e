import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

/** `#/evidence`: the evidence log and its form. */
export class EvidencePage extends AppShell {
  readonly root: Locator;
  readonly form: Locator;
  readonly formHeading: Locator;
  readonly date: Locator;
  readonly title: Locator;
  readonly outcome: Locator;
  readonly proof: Locator;
  readonly before: Locator;
  readonly after: Locator;
  readonly adoptedBy: Locator;
  readonly quote: Locator;
  readonly quoteBy: Locator;
  readonly save: Locator;
  readonly problems: Locator;
  readonly items: Locator;
  readonly status: Locator;
  readonly unbacked: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('evidence-page');
    this.form = page.getByTestId('evidence-form');
    this.formHeading = page.locator('#evidence-form-title');
    this.date = page.locator('#ev-date');
    this.title = page.locator('#ev-title');
    this.outcome = page.locator('#ev-outcome');
    this.proof = page.locator('#ev-proof');
    this.before = page.locator('#ev-before');
    this.after = page.locator('#ev-after');
    this.adoptedBy = page.locator('#ev-adopted');
    this.quote = page.locator('#ev-quote');
    this.quoteBy = page.locator('#ev-quote-by');
    this.save = page.getByTestId('evidence-save');
    this.problems = page.getByTestId('evidence-problems');
    this.items = page.getByTestId('evidence-item');
    this.status = page.getByTestId('evidence-status');
    this.unbacked = page.getByTestId('unbacked').getByRole('listitem');
  }

  async goto(): Promise<void> {
    await this.open('/evidence', 'evidence-page');
  }

  /** Fills the form and saves; `dimensions` and `statements` are ids to tick. */
  async add(entry: {
    title: string; date?: string; outcome?: string; proof?: string; dimensions?: string[]; statements?: string[];
    before?: string; after?: string; adoptedBy?: string; quote?: string; quoteBy?: string;
  }): Promise<void> {
    if (entry.date) await this.date.fill(entry.date);
    await this.title.fill(entry.title);
    if (entry.outcome) await this.outcome.fill(entry.outcome);
    if (entry.proof) await this.proof.fill(entry.proof);
    if (entry.before) await this.before.fill(entry.before);
    if (entry.after) await this.after.fill(entry.after);
    if (entry.adoptedBy) await this.adoptedBy.fill(entry.adoptedBy);
    if (entry.quote) await this.quote.fill(entry.quote);
    if (entry.quoteBy) await this.quoteBy.fill(entry.quoteBy);
    for (const d of entry.dimensions ?? []) await this.page.locator(`#ev-dim-${d}`).check();
    for (const s of entry.statements ?? []) await this.page.locator(`#ev-st-${s}`).check();
    await this.save.click();
    await expect(this.status).toContainText(entry.title);
  }

  item(title: string): Locator {
    return this.items.filter({ hasText: title });
  }

  async titles(): Promise<string[]> {
    return this.items.evaluateAll((els) => els.map((e) => e.querySelector('h3 bdi')?.textContent ?? ''));
  }
}

/** `#/plan`: the 30 / 60 / 90-day checklist. */
export class PlanPage extends AppShell {
  readonly root: Locator;
  readonly steps: Locator;
  readonly day: Locator;
  readonly progress: Locator;
  readonly start: Locator;
  readonly earlier: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('plan-page');
    this.steps = page.getByTestId('plan-step');
    this.day = page.getByTestId('plan-day');
    this.progress = page.getByTestId('plan-progress');
    this.start = page.getByTestId('plan-start');
    this.earlier = page.getByTestId('plan-done-earlier');
  }

  async goto(): Promise<void> {
    await this.open('/plan', 'plan-page');
  }

  step(id: string): Locator {
    return this.page.locator(`[data-step="${id}"] input`);
  }

  gapSteps(): Locator {
    return this.page.locator('[data-step*=":gap:"]');
  }
}

/** `#/packet`: the promotion packet. */
export class PacketPage extends AppShell {
  readonly root: Locator;
  readonly sheet: Locator;
  readonly download: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('packet-page');
    this.sheet = page.getByTestId('packet-sheet');
    this.download = page.getByTestId('packet-download');
  }

  async goto(): Promise<void> {
    await this.open('/packet', 'packet-page');
  }

  /** Downloads the Markdown and returns its text. */
  async markdown(): Promise<string> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
