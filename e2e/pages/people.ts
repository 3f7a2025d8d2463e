import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';
import { allSenior, finishQuiz } from './history';

/** `#/people`: everyone a mentor follows. */
export class PeoplePage extends AppShell {
  readonly root: Locator;
  readonly rows: Locator;
  readonly newName: Locator;
  readonly add: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('people-page');
    this.rows = page.getByTestId('person-row');
    this.newName = page.getByTestId('new-person');
    this.add = page.getByTestId('add-person');
  }

  async goto(): Promise<void> {
    await this.open('/people', 'people-page');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openPerson(name: string): Promise<PersonPage> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    const person = new PersonPage(this.page);
    await expect(person.root).toBeVisible();
    return person;
  }
}

/** `#/people/<id>`: one person. */
export class PersonPage extends AppShell {
  readonly root: Locator;
  readonly checkins: Locator;
  readonly trend: Locator;
  readonly selfVsMentor: Locator;
  readonly notes: Locator;
  readonly agendaLink: Locator;

  constructor(page: Page) {
    super(page);
    this.root = page.getByTestId('person-page');
    this.checkins = page.getByTestId('checkin');
    this.trend = page.getByTestId('person-trend');
    this.selfVsMentor = page.getByTestId('person-self-vs-mentor');
    this.notes = page.getByTestId('person-notes');
    this.agendaLink = page.getByTestId('agenda-link');
  }

  /** Rates the newest check-in: every dimension at scale point `point` (0..4). */
  async rateNewest(point: number): Promise<void> {
    await this.rate(0, point);
  }

  /** Rates the `index`-th check-in, newest first: every dimension at scale point `point` (0..4). */
  async rate(index: number, point: number): Promise<void> {
    await this.checkins.nth(index).getByTestId('checkin-rate').click();
    const form = this.page.getByTestId('mentor-form');
    const groups = form.getByTestId('question');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(point).check();
    await this.page.getByTestId('mentor-done').click();
    await expect(form).toHaveCount(0);
  }
}

/** The picker shown by "Save under a person…" (prefix `save`) or "move to a person" (`move`). */
export class PersonPicker {
  readonly root: Locator;
  readonly name: Locator;
  readonly newPerson: Locator;
  readonly select: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly useExisting: Locator;

  constructor(readonly page: Page, prefix: 'save' | 'move') {
    this.root = page.getByTestId(`${prefix}-picker`);
    this.name = page.getByTestId(`${prefix}-name`);
    this.newPerson = page.getByTestId(`${prefix}-new`);
    this.select = page.getByTestId(`${prefix}-select`);
    this.submit = page.getByTestId(`${prefix}-submit`);
    this.error = page.getByTestId(`${prefix}-error`);
    this.useExisting = page.getByTestId(`${prefix}-use-existing`);
  }
}

/**
 * Links mentees handed over (paths only), as `menteeLink` makes them: Priya all Senior, then all
 * Staff; Sam all Staff; someone unnamed all Senior. Share codes are a stable format (old links keep
 * opening), so specs that only need a link start from these instead of taking the whole self-check
 * in a browser of its own; `e2e/people.spec.ts` checks a link made now is still the same.
 */
export const LINKS = {
  priyaSenior: '/#/r/2ARmqqqokkkkkkkkkkkkkwVQcml5YYTvgsA',
  priyaStaff: '/#/r/2ARlVVVW22222222y2222wVQcml5YYTvgAQ',
  samStaff: '/#/r/2ARdVVVW22222222y2222wNTYW2E74PM',
  unnamedSenior: '/#/r/2AROqqqokkkkkkkkkkkkkiE74OQ',
  kemalStaff: '/#/r/2ARlVVVW22222222y2222wVLZW1hbITvgSg',
} as const;

/** The day the self-checks behind LINKS were finished (a link carries it): noon UTC, that day in
 * every time zone the tests run in. */
export const LINKS_DAY = new Date('2026-12-02T12:00:00Z');

/** A mentee finishes the self-check with `pick`, names it, and hands over the link (path only). */
export async function menteeLink(page: Page, name: string, pick = allSenior): Promise<string> {
  await finishQuiz(page, pick);
  await page.getByTestId('share-name').fill(name);
  const link = await page.getByTestId('share-link').inputValue();
  return link.replace(/^https?:\/\/[^/]+/, '');
}

/** Opens a shared link and files it under a person: the name the link carries, or `as`. */
export async function saveShared(page: Page, link: string, as?: { existing?: string; name?: string }): Promise<void> {
  await page.goto(link);
  await page.getByTestId('save-shared').click();
  const picker = new PersonPicker(page, 'save');
  await expect(picker.root).toBeVisible();
  if (as?.existing) {
    await page.getByLabel('Someone you already follow').check();
    await picker.select.selectOption({ label: as.existing });
  } else if (as?.name) {
    if (await picker.newPerson.count()) await picker.newPerson.check();
    await picker.name.fill(as.name);
  }
  await picker.submit.click();
  await expect(page.getByTestId('saved-shared')).toBeVisible();
}
