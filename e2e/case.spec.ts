import { expect, test } from './support/test';
import { checkScreen } from './support/screen';
import { allStaff } from './pages/quiz';
import { allSenior, finishQuiz, HistoryPage } from './pages/history';
import { EvidencePage, PacketPage, PlanPage } from './pages/case';
import { LINKS } from './pages/people';
import type { Page } from '@playwright/test';
import { blockStorage } from './support/boot';

/** The browser's local day, shifted by `days`, as YYYY-MM-DD. */
async function localDay(page: Page, days = 0): Promise<string> {
  return page.evaluate((d) => {
    const t = new Date();
    t.setDate(t.getDate() + d);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  }, days);
}


test.describe('after the verdict', () => {
  test('evidence: what is answered yes and not backed up is listed; "Log evidence for this" starts a draft', async ({ page }) => {
    // A whole self-check and three scans: twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    await finishQuiz(page, allStaff);
    // Every statement answered yes, none backed up yet: results list them as next to write down.
    await expect(page.getByTestId('results-unbacked').getByRole('listitem')).toHaveCount(12);
    const log = new EvidencePage(page);
    await log.goto();
    await expect(log.unbacked).toHaveCount(12);
    // Where the log starts: what to collect along the way.
    await expect(page.getByTestId('evidence-collect').getByRole('listitem')).toHaveCount(4);
    await checkScreen(page);
    await log.add({ title: 'RFC: new CI template', dimensions: ['artifacts'], statements: ['org-problem'] });
    await expect(log.unbacked).toHaveCount(11);

    // "Log evidence for this" starts an entry for that statement (and its dimension), kept as a draft.
    const statement = await log.unbacked.first().getAttribute('data-statement');
    await log.unbacked.first().getByTestId('log-for').click();
    await expect(page.locator(`#ev-st-${statement}`)).toBeChecked();
    await page.reload();
    await expect(page.locator(`#ev-st-${statement}`)).toBeChecked();
  });

  test('evidence: bad input is named and nothing typed is lost', async ({ page }) => {
    // A whole self-check or three scans (light, dark, 320 px): twice the default timeout keeps
    // the run within half of it on a busy 2-core machine.
    test.setTimeout(60_000);
    const log = new EvidencePage(page);
    await log.goto();
    await log.outcome.fill('Release failures halved');
    await log.date.fill(await localDay(page, 1));
    await log.proof.fill('javascript:alert(1)');
    await log.save.click();
    await expect(log.problems).toBeVisible();
    await expect(log.problems).toContainText('3 things to fix');
    await expect(page.getByTestId('ev-date-error')).toContainText('future');
    await expect(page.getByTestId('ev-title-error')).toBeVisible();
    await expect(page.getByTestId('ev-proof-error')).toContainText('http');
    await expect(log.outcome).toHaveValue('Release failures halved');
    await expect(log.title).toHaveAttribute('aria-invalid', 'true');
    await expect(log.items).toHaveCount(0);
    await checkScreen(page);
  });

  test('evidence: add, edit, delete with undo, reload', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({
      date: await localDay(page),
      title: 'RFC: new CI template',
      proof: 'https://example.com/rfc/42',
      dimensions: ['artifacts'],
      statements: ['org-problem'],
    });
    await expect(log.items).toHaveCount(1);
    await expect(log.item('RFC: new CI template').getByRole('link', { name: 'https://example.com/rfc/42' })).toBeVisible();
    await page.reload();
    await expect(log.items).toHaveCount(1);
    await expect(log.outcome).toHaveValue('');

    await log.item('RFC: new CI template').getByTestId('evidence-edit').click();
    await expect(log.title).toHaveValue('RFC: new CI template');
    await log.title.fill('RFC: paved-road CI template');
    await log.save.click();
    await expect(log.status).toContainText('Saved your changes');
    expect(await log.titles()).toEqual(['RFC: paved-road CI template']);

    await log.item('paved-road').getByTestId('evidence-delete').click();
    await expect(log.items).toHaveCount(0);
    await page.getByTestId('evidence-undo').click();
    await expect(log.items).toHaveCount(1);
    await page.reload();
    expect(await log.titles()).toEqual(['RFC: paved-road CI template']);
    await log.item('paved-road').getByTestId('evidence-delete').click();
    await page.reload();
    await expect(log.items).toHaveCount(0);
  });

  test('an entry being written survives leaving the page and a reload, until it is saved', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.title.fill('Half-written RFC');
    await log.outcome.fill('Not measured yet');
    await page.locator('#ev-dim-scope').check();
    await page.getByRole('link', { name: 'Compare levels' }).click();
    await expect(page.getByTestId('explorer')).toBeVisible();
    await page.goBack();
    await expect(log.title).toHaveValue('Half-written RFC');
    await expect(log.outcome).toHaveValue('Not measured yet');
    await expect(page.locator('#ev-dim-scope')).toBeChecked();
    await log.outcome.fill('Release failures halved');
    await page.reload();
    await expect(log.outcome).toHaveValue('Release failures halved');
    await log.save.click();
    await expect(log.items).toHaveCount(1);
    await page.reload();
    await expect(log.title).toHaveValue('');
  });

  test('evidence shows on results, the explorer and the dimension page', async ({ page }) => {
    // A whole self-check or three scans (light, dark, 320 px): twice the default timeout keeps
    // the run within half of it on a busy 2-core machine.
    test.setTimeout(60_000);
    await finishQuiz(page, allStaff);
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'Migration playbook', outcome: '5 teams adopted in Q1', dimensions: ['scope', 'artifacts'] });
    await log.add({ title: 'Error budget policy', dimensions: ['scope'] });
    await page.goto('/#/explore');
    await expect(page.locator('[data-dimension=scope] [data-testid=row-evidence]')).toContainText('2');
    await expect(page.locator('[data-dimension=artifacts] [data-testid=row-evidence]')).toContainText('1');
    await expect(page.getByTestId('row-evidence')).toHaveCount(2);
    await page.goto('/#/explore/scope');
    await expect(page.getByTestId('dimension-evidence')).toContainText('2 entries');
    await page.goto('/#/results');
    await expect(page.locator('[data-testid=evidence-counts] tr[data-dimension=scope] td')).toHaveText('2', { useInnerText: false });
  });

  test('two tabs: an entry added in one shows in the other, and neither loses one', async ({ page, context }) => {
    const a = new EvidencePage(page);
    await a.goto();
    const other = await context.newPage();
    const b = new EvidencePage(other);
    await b.goto();
    await a.add({ title: 'Written in tab A' });
    await expect(b.item('Written in tab A')).toHaveCount(1);
    await other.bringToFront();
    await b.add({ title: 'Written in tab B' });
    await expect(a.item('Written in tab B')).toHaveCount(1);
    await page.bringToFront();
    await page.reload();
    await expect(a.items).toHaveCount(2);
    await other.reload();
    await expect(b.items).toHaveCount(2);
  });

  test('plan: check-offs persist, a new self-check keeps them, home shows progress', async ({ page }) => {
    // Two whole self-checks: twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    await finishQuiz(page, allSenior);
    const plan = new PlanPage(page);
    // The results' plan leads to the tracker.
    await page.getByTestId('track-plan').click();
    await expect(plan.root).toBeVisible();
    await expect(plan.gapSteps()).toHaveCount(3);
    await checkScreen(page);
    await plan.start.click();
    await expect(plan.day).toContainText('Day 1 of 90');
    await plan.step('define:0').check();
    const gap = await plan.gapSteps().first().getAttribute('data-step');
    await plan.gapSteps().first().locator('input').check();
    await expect(plan.progress).toContainText('2 of ');
    await page.reload();
    await expect(plan.step('define:0')).toBeChecked();
    await expect(plan.gapSteps().first().locator('input')).toBeChecked();

    await page.goto('/#/');
    await expect(page.getByTestId('home-plan')).toContainText('day 1 of 90, 2 of');

    // All Staff now: no gaps, so no gap steps; what was done stays.
    await finishQuiz(page, allStaff);
    await plan.goto();
    await expect(plan.gapSteps()).toHaveCount(0);
    await expect(plan.step('define:0')).toBeChecked();
    await expect(plan.earlier).toBeVisible();
    await expect(plan.progress).toContainText('1 of ');
    expect(gap).toContain(':gap:');
  });

  test('packet: download holds each entry, nothing from a saved shared result', async ({ page }) => {
    // A whole self-check and a page of checks: twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    // Someone else's result (all Senior), shared by link.
    const link = LINKS.unnamedSenior;

    await finishQuiz(page, allStaff);
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'RFC: paved road for CI', outcome: 'Release failures cut 50%', dimensions: ['artifacts'] });
    await log.add({ title: 'Migration playbook', outcome: '5 teams adopted in Q1', proof: 'Team drive, Q1 folder', dimensions: ['scope'] });
    await log.item('RFC: paved road').getByTestId('evidence-strong').check();

    // Saved from a link (now filed under a person): it never reaches the packet.
    await page.goto(link);
    await page.getByTestId('save-shared').click();
    await page.getByTestId('save-name').fill('Mentee');
    await page.getByTestId('save-submit').click();
    await expect(page.getByTestId('saved-shared')).toBeVisible();
    const history = new HistoryPage(page);
    await history.goto();
    await expect(history.attempts).toHaveCount(1);

    const packet = new PacketPage(page);
    await packet.goto();
    await expect(page.getByTestId('packet-readiness')).toContainText('12 of 12');
    await expect(page.getByTestId('packet-trend')).toHaveCount(0);
    await expect(page.getByTestId('packet-projects').getByTestId('packet-entry')).toHaveCount(1);
    // The questions for a manager, and why to ask them.
    await expect(page.getByTestId('packet-questions')).toContainText('where do you see the gaps');
    await expect(page.getByTestId('packet-reasons').getByRole('listitem')).toHaveCount(3);
    await checkScreen(page);
    const md = await packet.markdown();
    for (const text of ['RFC: paved road for CI', 'Release failures cut 50%', 'Migration playbook', '5 teams adopted in Q1', 'Team drive, Q1 folder', '12 of 12']) {
      expect(md).toContain(text);
    }
    expect(md).not.toContain('0 of 12');
    expect(md).not.toContain('0 / 12');
  });

  test('packet: an entry without a dimension, not among the strongest, has a heading of its own', async ({ page }) => {
    // A whole self-check or three scans (light, dark, 320 px): twice the default timeout keeps
    // the run within half of it on a busy 2-core machine.
    test.setTimeout(60_000);
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'Mentoring two new leads', outcome: 'Onboarding down to 2 days' });
    await log.add({ title: 'Error budget policy', dimensions: ['scope'] });
    const packet = new PacketPage(page);
    await packet.goto();
    const own = page.getByTestId('packet-undimensioned');
    await expect(own.getByRole('heading', { name: 'Evidence not tied to a dimension' })).toBeVisible();
    await expect(own.getByTestId('packet-entry')).toHaveCount(1);
    await expect(own.getByTestId('packet-entry')).toContainText('Mentoring two new leads');
    await checkScreen(page);
    const md = await packet.markdown();
    expect(md).toMatch(/## Evidence not tied to a dimension\n\n- \*\*Mentoring two new leads\*\* \(\d{4}-\d\d-\d\d\): Onboarding down to 2 days\n/);
  });

  test('keyboard only: an entry is written, saved and chosen for the packet without a mouse', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    // The date field (its day, month and year take the arrow keys) starts at today.
    await expect(log.date).toHaveValue(await localDay(page));
    await log.tabTo(log.title, 60);
    await page.keyboard.type('Error budget policy');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Incidents down from 6 to 2 a quarter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('https://example.com/ops-report');
    await page.keyboard.press('Tab');
    const firstDimension = page.locator('[data-testid=evidence-dimensions] input').first();
    await expect(firstDimension).toBeFocused();
    await page.keyboard.press('Space');
    await expect(firstDimension).toBeChecked();
    await log.tabTo(log.save, 60);
    await page.keyboard.press('Enter');
    await expect(log.items).toHaveCount(1);
    await expect(log.item('Error budget policy')).toContainText('Incidents down');
    const strong = log.item('Error budget policy').getByTestId('evidence-strong');
    await log.tabTo(strong, 80);
    await page.keyboard.press('Space');
    await expect(strong).toBeChecked();
  });

  test('keyboard only: after "Add to the log" focus is on the form\'s heading, the next Tab on its first field', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.tabTo(log.title, 60);
    await page.keyboard.type('Error budget policy');
    await log.tabTo(log.save, 60);
    await page.keyboard.press('Enter');
    await expect(log.items).toHaveCount(1);
    await expect(log.formHeading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(log.date).toBeFocused();
  });

  test('keyboard only: a refused save moves focus to the first field named; the count agrees with its noun', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    // Nothing typed: only the title is missing (the date starts at today).
    await log.tabTo(log.save, 60);
    await page.keyboard.press('Enter');
    await expect(log.problems).toHaveText('1 thing to fix before this can be saved; nothing you typed is lost.');
    await expect(log.title).toBeFocused();
    // A link that is not a web link as well: two problems, the title (first in the form) has focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(log.proof).toBeFocused();
    await page.keyboard.type('javascript:alert(1)');
    await log.tabTo(log.save, 60);
    await page.keyboard.press('Enter');
    await expect(log.problems).toHaveText('2 things to fix before this can be saved; nothing you typed is lost.');
    await expect(log.title).toBeFocused();
    // The title written, the link still refused: focus goes past the title to the link.
    await page.keyboard.type('Error budget policy');
    await log.tabTo(log.save, 60);
    await page.keyboard.press('Enter');
    await expect(log.problems).toHaveText('1 thing to fix before this can be saved; nothing you typed is lost.');
    await expect(log.proof).toBeFocused();
    await expect(log.items).toHaveCount(0);
  });

  test('blocked storage: the log works in memory and says so; export and import carry the log', async ({ page, browser }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'Kept entry', outcome: 'Lead time down 30%' });
    await page.getByTestId('evidence-strong').check();
    const history = new HistoryPage(page);
    await history.goto();
    const download = page.waitForEvent('download');
    await history.exportButton.click();
    const file = await (await download).path();

    const blocked = await browser.newContext();
    const other = await blocked.newPage();
    await blockStorage(other);
    const fresh = new HistoryPage(other);
    await fresh.goto();
    await expect(fresh.notice).toHaveAttribute('data-kind', 'unavailable');
    await fresh.importInput.setInputFiles(file);
    await expect(fresh.message).toHaveText('Imported 1 evidence entry.');
    const memory = new EvidencePage(other);
    await other.getByRole('link', { name: 'Your case' }).click();
    await expect(memory.root).toBeVisible();
    await expect(other.getByTestId('evidence-memory-only')).toBeVisible();
    await expect(memory.item('Kept entry')).toContainText('Lead time down 30%');
    await expect(memory.item('Kept entry').getByTestId('evidence-strong')).toBeChecked();
    await memory.add({ title: 'Written while blocked' });
    await expect(memory.items).toHaveCount(2);
    await blocked.close();
  });
});
