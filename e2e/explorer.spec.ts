import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { HomePage } from './pages/home';
import { ExplorerPage } from './pages/explorer';
import { DimensionPage } from './pages/dimension';
import { NotFoundPage } from './pages/not-found';

const ALL = [
  'scope', 'time-horizon', 'ambiguity', 'influence', 'leadership', 'decisions', 'impact',
  'communication', 'autonomy', 'risk', 'quality', 'metrics', 'artifacts', 'mentorship',
  'depth-vs-breadth', 'problem-solving',
];

test.describe('home', () => {
  test('offers the explorer and leads to it', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.heading).toBeVisible();
    await expectNoAxeViolations(page);
    await home.exploreLink.click();
    const explorer = new ExplorerPage(page);
    await expect(explorer.root).toBeVisible();
    await expect(page).toHaveURL(/#\/explore$/);
    await expect(explorer.heading).toBeFocused();
  });
});

test.describe('explorer', () => {
  test('shows every dimension side by side with what changes', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    await expect(explorer.rows).toHaveCount(16);
    expect(await explorer.rowIds()).toEqual(ALL);
    await expect(explorer.count).toHaveText('Showing all 16 dimensions');
    for (const row of await explorer.rows.all()) {
      await expect(row.getByTestId('change')).not.toBeEmpty();
    }
    await expect(explorer.table.getByRole('columnheader')).toHaveText(['Dimension', 'What changes', 'Senior', 'Staff']);
    await expectNoAxeViolations(page);
  });

  test('the filter narrows rows as you type and says when nothing matches', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    await explorer.filter.pressSequentially('mentor');
    await expect(explorer.row('mentorship')).toBeVisible();
    const narrowed = await explorer.rowIds();
    expect(narrowed.length).toBeLessThan(16);
    await expect(explorer.count).toHaveText(`Showing ${narrowed.length} of 16 dimensions`);

    await explorer.filter.fill('Depth-VS-breadth');
    await expect(explorer.rows).toHaveCount(1);
    await expect(explorer.row('depth-vs-breadth')).toBeVisible();

    await explorer.filter.fill('zzzxqj');
    await expect(explorer.rows).toHaveCount(0);
    await expect(explorer.empty).toContainText('No dimension matches “zzzxqj”');
    await expect(explorer.count).toHaveText('Showing 0 of 16 dimensions');
    await expectNoAxeViolations(page);

    await explorer.filter.fill('');
    await expect(explorer.rows).toHaveCount(16);
  });

  test('the Principal column toggles on and off', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    await expect(explorer.principalCells).toHaveCount(0);
    await explorer.principalToggle.check();
    await expect(explorer.principalCells).toHaveCount(16);
    await expect(explorer.table.getByRole('columnheader', { name: 'Principal' })).toBeVisible();
    await expectNoAxeViolations(page);
    await explorer.filter.fill('risk');
    await expect(explorer.principalCells).toHaveCount(await explorer.rows.count());
    await explorer.principalToggle.uncheck();
    await expect(explorer.principalCells).toHaveCount(0);
  });

  test('works by keyboard alone, with visible focus', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    // The skip link comes first and moves focus to the page heading.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    expect(await explorer.focusOutlineWidth()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(explorer.heading).toBeFocused();

    await explorer.tabTo(explorer.filter);
    expect(await explorer.focusOutlineWidth()).toBeGreaterThan(0);
    await page.keyboard.type('risk');
    await expect(explorer.row('risk')).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(explorer.principalToggle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(explorer.principalToggle).toBeChecked();
    await expect(explorer.principalCells.first()).toBeVisible();

    const firstLink = explorer.rows.first().getByTestId('dimension-link');
    const firstId = await explorer.rows.first().getAttribute('data-dimension');
    await explorer.tabTo(firstLink);
    expect(await explorer.focusOutlineWidth()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const detail = new DimensionPage(page);
    await expect(detail.root).toHaveAttribute('data-dimension', firstId ?? '');
    await expect(detail.heading).toBeFocused();

    await detail.tabTo(detail.back);
    await page.keyboard.press('Enter');
    await expect(explorer.root).toBeVisible();
  });
});

test.describe('dimension deep links', () => {
  test('open one dimension with all levels, the change and neighbours', async ({ page }) => {
    const detail = new DimensionPage(page);
    await detail.goto('scope');
    await expect(detail.heading).toHaveText('Scope');
    await expect(detail.change).not.toBeEmpty();
    for (const level of ['senior', 'staff', 'principal'] as const) {
      await expect(detail.level(level)).toBeVisible();
    }
    // Each example names its source, or says it is our own illustration.
    await expect(detail.level('staff').getByTestId('example-sourced')).toContainText('The Promotion That Changes Everything');
    await detail.goto('influence');
    await expect(detail.level('senior').getByTestId('example-ours')).toContainText('our illustration');
    await detail.goto('scope');
    await expect(detail.prev).toHaveCount(0);
    await expectNoAxeViolations(page);

    await detail.next.click();
    await expect(page).toHaveURL(/#\/explore\/time-horizon$/);
    await expect(detail.heading).toHaveText('Time horizon');
    await detail.prev.click();
    await expect(page).toHaveURL(/#\/explore\/scope$/);
    await detail.back.click();
    await expect(new ExplorerPage(page).rows).toHaveCount(16);
  });

  test('the last dimension has no next link, and back/forward work', async ({ page }) => {
    const detail = new DimensionPage(page);
    await detail.goto('problem-solving');
    await expect(detail.next).toHaveCount(0);
    await detail.prev.click();
    await expect(detail.root).toHaveAttribute('data-dimension', 'depth-vs-breadth');
    await page.goBack();
    await expect(detail.root).toHaveAttribute('data-dimension', 'problem-solving');
  });

  test('an unknown id shows a helpful not-found page', async ({ page }) => {
    await page.goto('/#/explore/no-such-thing');
    const missing = new NotFoundPage(page);
    await expect(missing.root).toBeVisible();
    await expect(missing.root).toContainText('no-such-thing');
    await expect(missing.links).toHaveCount(16);
    await expectNoAxeViolations(page);
    await missing.links.filter({ hasText: 'Mentorship' }).click();
    await expect(new DimensionPage(page).root).toHaveAttribute('data-dimension', 'mentorship');
  });

  test('an unknown route shows the not-found page too', async ({ page }) => {
    await page.goto('/#/definitely/not/here');
    await expect(new NotFoundPage(page).root).toBeVisible();
  });
});

test.describe('layouts and themes', () => {
  test('at 320 px the table becomes stacked cards with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    await expect(explorer.rows).toHaveCount(16);
    expect(await explorer.rows.first().evaluate((r) => getComputedStyle(r).display)).toBe('block');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    const detail = new DimensionPage(page);
    await detail.goto('depth-vs-breadth');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('follows the system dark preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    await explorer.principalToggle.check();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('honours reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await new HomePage(page).goto();
    const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.button')!).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});

test.describe('week and levels', () => {
  test('a week in the life carries the coding and cross-team figures', async ({ page }) => {
    await page.goto('/#/week');
    await expect(page.getByTestId('week-senior').getByTestId('coding-share')).toHaveText('50–70% of the week');
    await expect(page.getByTestId('week-staff').getByTestId('coding-share')).toHaveText('20–40% of the week');
    await expect(page.getByTestId('week-senior').getByTestId('cross-team-share')).toHaveText('about 5%');
    await expect(page.getByTestId('week-staff').getByTestId('cross-team-share')).toHaveText('about 30%');
    await expectNoAxeViolations(page);
  });

  test('titles and the ladder', async ({ page }) => {
    await page.goto('/#/levels');
    const table = page.getByTestId('company-table');
    await expect(table.getByRole('row', { name: /Google/ })).toContainText('L5');
    await expect(table.getByRole('row', { name: /Meta/ })).toContainText('E6');
    await expect(table.getByRole('row', { name: /Microsoft/ })).toContainText('L63');
    await expect(page.getByTestId('company-notes')).toContainText('principal, L6 or Senior 2');
    await expect(page.getByTestId('ladder').getByRole('listitem')).toHaveCount(4);
    await expect(page.getByTestId('ladder-notes')).toContainText('not a box to tick');
    // What changes, and why the step is hard.
    await expect(page.getByTestId('jump-hard')).toContainText('hardest level change');
    await expect(page.getByTestId('optimise-shifts').getByRole('listitem')).toHaveCount(4);
    // Pay and how long the step takes, each with its source named.
    const pay = page.getByRole('table', { name: 'Pay' });
    await expect(pay.getByRole('row', { name: /Senior Engineer/ })).toContainText('$130K–$200K');
    await expect(pay.getByRole('row', { name: /Staff Engineer/ })).toContainText('$250K–$450K+');
    await expect(page.getByTestId('pay-notes')).toContainText('30 to 50 percent');
    await expect(page.getByTestId('timeline')).toContainText('two to four years');
    // Whether to want it: the source's six reasons each way.
    await expect(page.getByTestId('stay-reasons')).toContainText('love coding');
    await expect(page.getByTestId('pursue-reasons')).toContainText('ambiguous');
    await expect(page.getByTestId('choice-notes')).toContainText('different job');
    // Building the case: the portfolio, what does not count, the pitfalls.
    await expect(page.getByTestId('case-notes')).toContainText('two or three Staff-level projects');
    await expect(page.getByTestId('path-steps').getByRole('listitem')).toHaveCount(7);
    await expect(page.getByTestId('not-counted')).toContainText('strongest coder');
    await expect(page.getByTestId('pitfalls')).toContainText('bottleneck');
    await expect(page.getByTestId('trust-ways')).toContainText('credit');
    await expect(page.getByTestId('artifacts')).toContainText('Migration plans');
    await expect(page.getByTestId('metric-families')).toContainText('paved road');
    await expect(page.getByTestId('metrics-by-role')).toContainText('freshness, correctness and trust');
    await expect(page.getByTestId('business-impacts')).toContainText('infrastructure cost');
    // Every section names its sources: the titles, the ladder, what changes, pay, timeline, the
    // choice, the case, the numbers.
    await expect(page.getByTestId('sources')).toHaveCount(8);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
