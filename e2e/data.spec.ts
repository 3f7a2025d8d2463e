import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { checkScreen } from './support/screen';
import { blockStorage, fillQuota } from './support/boot';
import { DataPage, peopleExport } from './pages/data';
import { EvidencePage } from './pages/case';
import { HistoryPage, KEY } from './pages/history';
import { LINKS, PeoplePage, saveShared } from './pages/people';

/** What a mentor of Priya and Sam (one self-check each) sees kept. */
const PRIYA_AND_SAM = ['2 people you mentor, with 2 self-checks of theirs and your ratings of them'];

test.describe('data', () => {
  test('a mentor with only people: export, delete everything, import; nothing lost, nothing doubled', async ({ page }) => {
    await saveShared(page, LINKS.priyaSenior);
    await saveShared(page, LINKS.samStaff);
    // The history page's export is not disabled for a mentor without self-checks of their own.
    const history = new HistoryPage(page);
    await history.goto();
    await expect(history.exportButton).toBeEnabled();
    await page.getByTestId('data-link').click();
    const data = new DataPage(page);
    await expect(data.root).toBeVisible();
    expect(await data.keptLines()).toEqual(PRIYA_AND_SAM);
    await expect(data.status).toHaveAttribute('data-kind', 'working');
    await expect(data.ownSize).toContainText(/\d+(\.\d)? (bytes|kB)/);
    const file = await data.download();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.people.map((p: { name: string }) => p.name)).toEqual(['Priya', 'Sam']);

    await data.deleteButton.click();
    await expect(data.confirm).toBeVisible();
    await expect(data.confirmCancel).toBeFocused();
    expect(await data.confirmWhat.allInnerTexts()).toEqual(PRIYA_AND_SAM);
    await data.confirmYes.click();
    await expect(data.message).toHaveText('Everything staffcheck kept in this browser is deleted.');
    await expect(data.nothing).toBeVisible();
    await page.reload();
    await expect(data.nothing).toBeVisible();
    expect(JSON.parse((await history.stored()) ?? '{}').people ?? []).toEqual([]);

    await data.importInput.setInputFiles(file);
    await expect(data.message).toHaveText('Imported 4 people and check-ins.');
    expect(await data.keptLines()).toEqual(PRIYA_AND_SAM);
    await data.importInput.setInputFiles(file);
    await expect(data.message).toContainText('already here');
    await page.reload();
    expect(await data.keptLines()).toEqual(PRIYA_AND_SAM);
    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.rows).toHaveCount(2);
    await expect(people.row('Priya').getByTestId('person-checkins')).toHaveText('1 self-check');
  });

  test('delete everything after a last export, then import it: everything is back', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'Led the migration', outcome: 'Lead time down 30%' });
    const people = new PeoplePage(page);
    await people.goto();
    await people.newName.fill('Priya');
    await people.add.click();
    await expect(people.rows).toHaveCount(1);
    const data = new DataPage(page);
    await data.viaFooter();
    const kept = ['1 evidence entry', '1 person you mentor'];
    expect(await data.keptLines()).toEqual(kept);

    // Cancelled: nothing goes, and focus is back on the button.
    await data.deleteButton.click();
    await data.confirmCancel.click();
    await expect(data.confirm).toHaveCount(0);
    await expect(data.deleteButton).toBeFocused();
    expect(await data.keptLines()).toEqual(kept);

    await data.deleteButton.click();
    expect(await data.confirmWhat.allInnerTexts()).toEqual(kept);
    const file = await data.download(data.confirmExport);
    await expect(data.confirm).toBeVisible();
    await data.confirmYes.click();
    await expect(data.nothing).toBeVisible();
    await expect(data.exportButton).toBeDisabled();
    await expect(data.deleteButton).toHaveCount(0);

    await data.importInput.setInputFiles(file);
    await expect(data.message).toHaveText('Imported 1 evidence entry and 1 person or check-in.');
    await page.reload();
    expect(await data.keptLines()).toEqual(kept);
  });

  test('a copy of unreadable data set aside is listed, and delete everything removes it too', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"schema": 2, "attempts": [oops'), KEY);
    const data = new DataPage(page);
    await data.goto();
    const backups = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('staffcheck:backup:')));
    expect(await backups()).toHaveLength(1);
    const line = '1 copy of saved data this version could not read, set aside when it was found';
    expect(await data.keptLines()).toEqual([line]);
    await data.deleteButton.click();
    expect(await data.confirmWhat.allInnerTexts()).toEqual([line]);
    await data.confirmYes.click();
    await expect(data.nothing).toBeVisible();
    expect(await backups()).toEqual([]);
  });

  test('the data screen passes axe in light and dark and at 320 px, with the confirmation open too', async ({ page }) => {
    // Three scans twice: twice the default timeout keeps the run within half of it.
    test.setTimeout(60_000);
    const data = new DataPage(page);
    await data.goto();
    await data.importInput.setInputFiles(peopleExport([{ id: 'p1', name: 'Priya', notes: 'private' }]));
    await expect(data.message).toHaveText('Imported 1 person or check-in.');
    await expect(data.persisted).toBeVisible();
    await checkScreen(page);
    await data.deleteButton.click();
    await checkScreen(page);
  });

  test('storage blocked: the screen says nothing is saved; import and export still work in memory', async ({ page }) => {
    await blockStorage(page);
    const data = new DataPage(page);
    await data.goto();
    await expect(data.status).toHaveAttribute('data-kind', 'blocked');
    await expect(data.ownSize).toHaveText('The size of staffcheck’s entry cannot be read here.');
    await expect(data.ask).toHaveCount(0);
    await data.importInput.setInputFiles(peopleExport([{ id: 'p1', name: 'Priya' }]));
    await expect(data.message).toHaveText('Imported 1 person or check-in.');
    const file = await data.download();
    expect(JSON.parse(readFileSync(file, 'utf8')).people).toHaveLength(1);
  });

  test('newer data: shown read-only, with export but no import or delete', async ({ page }) => {
    const data = new DataPage(page);
    await data.goto();
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ schema: 99, people: [{ id: 'p1', name: 'Priya', checkins: [], updated_at: 1 }] })),
      KEY,
    );
    await page.reload();
    await expect(data.status).toHaveAttribute('data-kind', 'read-only');
    await expect(data.status).toContainText('format 99');
    expect(await data.keptLines()).toEqual(['1 person you mentor']);
    await expect(data.exportButton).toBeEnabled();
    await expect(data.importInput).toBeDisabled();
    await expect(data.deleteButton).toHaveCount(0);
  });

  test('a full quota: the screen says the latest change was not saved', async ({ page }) => {
    const people = new PeoplePage(page);
    await people.goto();
    await fillQuota(page, KEY);
    await people.newName.fill('Priya');
    await people.add.click();
    await expect(people.rows).toHaveCount(1);
    await page.getByTestId('notice-data-link').click();
    const data = new DataPage(page);
    await expect(data.status).toHaveAttribute('data-kind', 'full');
    expect(await data.keptLines()).toEqual(['1 person you mentor']);
  });

  test('keeping a first person asks the browser to keep the data; the screen says it refused', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { persistCalls: string[] }).persistCalls = calls;
      StorageManager.prototype.persist = async () => {
        calls.push('persist');
        return false;
      };
      StorageManager.prototype.persisted = async () => false;
    });
    const people = new PeoplePage(page);
    await people.goto();
    await people.newName.fill('Priya');
    await people.add.click();
    await expect(people.rows).toHaveCount(1);
    await people.newName.fill('Sam');
    await people.add.click();
    await expect(people.rows).toHaveCount(2);
    const data = new DataPage(page);
    await data.viaFooter();
    await expect(data.asked).toHaveAttribute('data-answer', 'no');
    await expect(data.persisted).toHaveAttribute('data-persisted', 'no');
    await expect(data.ask).toHaveCount(0);
    // Asked once, for the first person only.
    expect(await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist']);
  });

  test('asked from the screen, the browser agrees, and the screen says so', async ({ page }) => {
    await page.addInitScript(() => {
      let granted = false;
      StorageManager.prototype.persist = async () => (granted = true);
      StorageManager.prototype.persisted = async () => granted;
    });
    const data = new DataPage(page);
    await data.goto();
    await expect(data.persisted).toHaveAttribute('data-persisted', 'no');
    await data.ask.click();
    await expect(data.asked).toHaveAttribute('data-answer', 'yes');
    await expect(data.persisted).toHaveAttribute('data-persisted', 'yes');
    await expect(data.siteRoom).toContainText(/ of the .* the browser allows/);
  });
});
