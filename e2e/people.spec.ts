import { expect, test } from './support/test';
import { checkScreen } from './support/screen';
import { allStaff } from './pages/quiz';
import { allSenior, finishQuiz, HistoryPage } from './pages/history';
import { LINKS, LINKS_DAY, PeoplePage, PersonPage, PersonPicker, menteeLink, saveShared } from './pages/people';
import { axeViolations } from './support/axe';

test.describe('people', () => {
  test('the links specs start from are the links mentees make now', async ({ page }) => {
    // A whole self-check or three scans (light, dark, 320 px): twice the default timeout keeps
    // the run within half of it on a busy 2-core machine.
    test.setTimeout(60_000);
    // A link carries the day its self-check was finished: finish it on the day LINKS were made.
    await page.clock.setFixedTime(LINKS_DAY);
    expect(await menteeLink(page, 'Priya', allStaff)).toBe(LINKS.priyaStaff);
  });

  test('axe scans check that a control\'s name contains the text it shows (WCAG 2.5.3)', async ({ page }) => {
    await page.setContent('<main><h1>Check</h1><button type="button" aria-label="Rate the self-check of 2026-12-01">Rate again</button></main>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('label-content-name-mismatch');
  });

  test('the shared view speaks about the person who sent it, never to "you"', async ({ page }) => {
    // A whole self-check or three scans (light, dark, 320 px): twice the default timeout keeps
    // the run within half of it on a busy 2-core machine.
    test.setTimeout(60_000);
    await page.goto(LINKS.priyaSenior);
    await expect(page.getByRole('heading', { name: 'Priya’s strengths' })).toBeVisible();
    const words = (await page.getByTestId('result-view').innerText()).toLowerCase();
    expect(words).not.toMatch(/\byou(r|rs|rself)?\b/);
    await checkScreen(page);
  });

  test('two links for one person and one for another: two people, a trend of two, my history unchanged', async ({ page }) => {
    // Three mentees took the whole self-check and sent their links.
    test.slow();
    const [priya1, priya2, sam] = [LINKS.priyaSenior, LINKS.priyaStaff, LINKS.samStaff];
    await finishQuiz(page, allSenior);
    const history = new HistoryPage(page);
    await history.goto();
    const mine = await history.attemptIds();

    await saveShared(page, priya1);
    // The second link carries the same name: Priya is picked.
    await page.goto(priya2);
    await page.getByTestId('save-shared').click();
    await expect(page.getByTestId('save-select')).toHaveValue(/.+/);
    await expect(page.getByLabel('Someone you already follow')).toBeChecked();
    await page.getByTestId('save-submit').click();
    await expect(page.getByTestId('saved-shared')).toContainText('Priya');
    await saveShared(page, sam);

    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.rows).toHaveCount(2);
    await expect(people.row('Priya').getByTestId('person-checkins')).toHaveText('2 self-checks');
    await expect(people.row('Sam').getByTestId('person-checkins')).toHaveText('1 self-check');
    await checkScreen(page);
    const priya = await people.openPerson('Priya');
    await expect(priya.checkins).toHaveCount(2);
    await expect(priya.trend).toBeVisible();
    await checkScreen(page);

    await history.goto();
    expect(await history.attemptIds()).toEqual(mine);
  });

  test('rate, reload, the rating is there; self vs mentor per check-in; notes stay after a reload', async ({ page }) => {
    test.slow();
    const [earlier, link] = [LINKS.priyaSenior, LINKS.priyaStaff];
    await saveShared(page, earlier);
    await saveShared(page, link);
    await page.getByTestId('saved-person-link').click();
    const priya = new PersonPage(page);
    await expect(priya.root).toBeVisible();
    await expect(priya.selfVsMentor).toHaveCount(0);
    await priya.rateNewest(0);
    await expect(priya.selfVsMentor).toBeVisible();
    await expect(priya.checkins.first().getByTestId('checkin-rated')).toHaveText('Rated by you');
    await priya.notes.fill('PRIVATE: wants to lead the migration');
    await page.getByTestId('notes-save').click();
    await expect(page.getByTestId('notes-status')).toHaveText('Notes saved.');
    await page.reload();
    await expect(priya.selfVsMentor).toBeVisible();
    await expect(priya.selfVsMentor.getByTestId('pair-row').first().getByTestId('pair-gap')).toHaveText('-100');
    await expect(priya.notes).toHaveValue('PRIVATE: wants to lead the migration');

    // Rate the earlier self-check too (the Senior end, where Priya put herself then): the gap moved
    // from 0 to 100, and each check-in's self vs mentor can be shown.
    await priya.rate(1, 0);
    await expect(page.getByTestId('gap-moved')).toContainText('0 points apart last time, and 100 points apart now');
    await priya.checkins.nth(1).getByTestId('checkin-show').click();
    await expect(priya.checkins.nth(1).getByTestId('checkin-show')).toHaveAttribute('aria-pressed', 'true');
    await expect(priya.selfVsMentor.getByTestId('pair-row').first().getByTestId('pair-gap')).toHaveText('+0');
    await checkScreen(page);
  });

  test('the agenda downloads, without the private notes', async ({ page }) => {
    // Three scans (light, dark, 320 px): twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    await saveShared(page, LINKS.priyaStaff);
    await page.getByTestId('saved-person-link').click();
    const priya = new PersonPage(page);
    await priya.rateNewest(0);
    await priya.notes.fill('PRIVATE: wants to lead the migration');
    await page.getByTestId('notes-save').click();
    await expect(page.getByTestId('notes-status')).toHaveText('Notes saved.');
    await priya.agendaLink.click();
    await expect(page.getByTestId('agenda-page')).toBeVisible();
    await checkScreen(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-download').click()]);
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    const md = Buffer.concat(chunks).toString('utf8');
    expect(md).toMatch(/^# 1:1 with Priya, \d{4}-\d\d-\d\d/);
    expect(md).toContain('## Biggest disagreements');
    expect(md).toContain('| Scope |');
    expect(md).toContain('## Questions to ask');
    expect(md).not.toContain('PRIVATE');
  });

  test('a rating made on the shared page after saving is kept with that check-in', async ({ page }) => {
    const link = LINKS.priyaStaff;
    await saveShared(page, link);
    await page.getByTestId('rate-person').click();
    const form = page.getByTestId('mentor-form');
    const groups = form.getByTestId('question');
    for (let i = 0; i < 16; i++) await groups.nth(i).getByRole('radio').nth(2).check();
    await page.getByTestId('mentor-done').click();
    await page.getByTestId('saved-person-link').click();
    const priya = new PersonPage(page);
    await page.reload();
    await expect(priya.checkins.first().getByTestId('checkin-rated')).toHaveText('Rated by you');
    await expect(priya.selfVsMentor.getByTestId('pair-row').first().getByTestId('pair-gap')).toHaveText('-50');
  });

  test('names: empty and too long are refused, and what was typed stays', async ({ page }) => {
    await page.goto(LINKS.unnamedSenior);
    await page.getByTestId('save-shared').click();
    // No one followed yet: the picker asks for a name only.
    const picker = new PersonPicker(page, 'save');
    await expect(picker.newPerson).toHaveCount(0);
    await picker.submit.click();
    await expect(picker.error).toContainText('name');
    await picker.name.fill('x'.repeat(200));
    await picker.submit.click();
    await expect(picker.error).toContainText('40');
    await expect(picker.name).toHaveValue('x'.repeat(200));
  });

  test('names: a duplicate offers the existing person', async ({ page }) => {
    // Three scans (light, dark, 320 px): twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    await saveShared(page, LINKS.priyaStaff);
    await page.goto(LINKS.unnamedSenior);
    await page.getByTestId('save-shared').click();
    const picker = new PersonPicker(page, 'save');
    await picker.newPerson.check();
    await picker.name.fill('priya');
    await picker.submit.click();
    await expect(picker.error).toContainText('already');
    await checkScreen(page);
    await picker.useExisting.click();
    await expect(page.getByTestId('saved-shared')).toContainText('Priya');
    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.rows).toHaveCount(1);
    await expect(people.row('Priya').getByTestId('person-checkins')).toHaveText('2 self-checks');
  });

  test('a history entry that was someone else’s moves to a person; delete a person and undo', async ({ page }) => {
    // Two whole self-checks of one's own: twice the default timeout keeps the run within half.
    test.setTimeout(60_000);
    await finishQuiz(page, allSenior);
    await finishQuiz(page, allStaff);
    const history = new HistoryPage(page);
    await history.goto();
    const [newest, oldest] = await history.attemptIds();
    await history.attempts.first().getByTestId('attempt-move').click();
    const picker = new PersonPicker(page, 'move');
    await picker.name.fill('Old mentee');
    await picker.submit.click();
    await expect(page.getByTestId('moved-notice')).toContainText('Old mentee');
    expect(await history.attemptIds()).toEqual([oldest]);
    await page.reload();
    expect(await history.attemptIds()).toEqual([oldest]);
    expect(newest).not.toEqual(oldest);

    const people = new PeoplePage(page);
    await people.goto();
    const person = await people.openPerson('Old mentee');
    await expect(person.checkins).toHaveCount(1);
    await expect(person.checkins.first().getByTestId('day-is-saved')).toBeVisible();
    await page.getByTestId('delete-person').click();
    await expect(people.root).toBeVisible();
    await expect(people.rows).toHaveCount(0);
    await page.getByTestId('person-undo').click();
    await expect(people.rows).toHaveCount(1);
    await page.reload();
    await expect(people.rows).toHaveCount(1);
  });

  test('merging two people asks first, says whose self-checks move where, and can be undone', async ({ page }) => {
    // Different answers: Sam's self-check stays one of its own in Priya's list.
    await saveShared(page, LINKS.priyaSenior);
    await saveShared(page, LINKS.samStaff);
    const people = new PeoplePage(page);
    await people.goto();
    const priya = await people.openPerson('Priya');
    await page.getByTestId('merge-with').selectOption({ label: 'Sam' });
    await page.getByTestId('merge').click();
    const confirm = page.getByTestId('merge-confirm');
    await expect(confirm).toHaveText(/Move Sam’s 1 self-check, your ratings of them and your notes to Priya, and remove Sam\?/);
    await expect(page.getByTestId('merge-cancel')).toBeFocused();
    await page.getByTestId('merge-cancel').click();
    await expect(confirm).toHaveCount(0);
    await expect(priya.checkins).toHaveCount(1);

    await page.getByTestId('merge').click();
    await page.getByTestId('merge-yes').click();
    await expect(page.getByTestId('merge-done')).toContainText('Merged Sam into Priya.');
    await expect(priya.checkins).toHaveCount(2);
    await page.getByTestId('merge-undo').click();
    await expect(page.getByTestId('merge-done')).toHaveCount(0);
    await expect(priya.checkins).toHaveCount(1);
    // Saved as undone: after a reload Sam is back with his self-check, and Priya does not have it too.
    await page.reload();
    await expect(priya.checkins).toHaveCount(1);
    await people.goto();
    await expect(people.rows).toHaveCount(2);
    await expect(people.row('Sam').getByTestId('person-checkins')).toHaveText('1 self-check');
    await expect(people.row('Priya').getByTestId('person-checkins')).toHaveText('1 self-check');
  });

  test('keyboard only: a link is filed under a new person without a mouse', async ({ page }) => {
    const link = LINKS.kemalStaff;
    await page.goto(link);
    const save = page.getByTestId('save-shared');
    const shell = new PeoplePage(page);
    await shell.tabTo(save, 80);
    await page.keyboard.press('Enter');
    const picker = new PersonPicker(page, 'save');
    await expect(picker.name).toHaveValue('Kemal');
    await shell.tabTo(picker.submit, 40);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('saved-shared')).toContainText('Kemal');
    await shell.tabTo(page.getByTestId('saved-person-link'), 40);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('person-page')).toBeVisible();
  });
});
