import { expect, test } from './support/test';
import type { Page } from '@playwright/test';

import { EvidencePage } from './pages/case';
import { CheckPage } from './pages/check';
import { KEY } from './pages/history';
import { FULL, waitForApp, wasmRequests } from './support/boot';

// The reader build reads none of the case (evidence, the entry being written, the plan, people):
// it keeps those members of the stored document as they are and writes them back with its own
// saves (src/storage.rs: carry). Nothing of a case may be lost or changed by a quick check.

const entry = {
  id: 'e1', date: '2026-10-01', title: 'Payments RFC', outcome: 'Adopted by three teams', proof: 'https://example.com/rfc',
  dimensions: ['scope'], statements: [], before: '45 min', after: '15 min', adopted_by: 'Payments', quote: 'Twice as fast.',
  quote_by: 'Ana', strong: true, updated_at: 1.7e12,
};
const draft = {
  editing: null,
  draft: { date: '2026-11-01', title: 'Half-written migration story', outcome: '', proof: '', dimensions: [], statements: [],
    before: '3 days', after: '', adopted_by: '', quote: '', quote_by: '' },
};
const CASE = {
  evidence: [entry],
  evidence_deleted: ['gone'],
  plan: { started: '2026-11-02', started_at: 1.7e12, checks: [] },
  people: [{ id: 'p1', name: 'Priya', notes: 'Private notes', checkins: [], updated_at: 1.7e12 }],
  people_deleted: ['left'],
  evidence_draft: draft,
};
const PACKET_FIELDS = ['before', 'after', 'adopted_by', 'quote', 'quote_by'];

type Stored = Record<string, unknown> & { attempts: { quick?: boolean }[] };

async function stored(page: Page): Promise<Stored> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
}

/** `#/check` with `doc` stored, the quick check answered (9 yes) and its verdict shown. */
async function quickCheckOver(page: Page, doc: object): Promise<CheckPage> {
  const check = new CheckPage(page);
  await check.goto();
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify(doc)]);
  await page.reload();
  await waitForApp(page);
  await check.quick.answer(9);
  await check.quick.submit.click();
  await expect(check.quick.count).toHaveText('9 of 12');
  return check;
}

test('a quick check in the reader build writes the case back as stored, and another tab’s changes to it too', async ({ page, context }) => {
  const wasm = wasmRequests(page);
  const check = await quickCheckOver(page, { schema: 5, attempts: [], ...CASE });
  await expect.poll(async () => (await stored(page)).attempts.length).toBe(1);
  const doc = await stored(page);
  expect(doc.attempts[0].quick).toBe(true);
  for (const [key, value] of Object.entries(CASE)) expect(doc[key], key).toEqual(value);

  // Another tab adds an entry; this tab's next quick check keeps it.
  const other = await context.newPage();
  await other.goto('/#/explore');
  const later = { ...entry, id: 'e2', title: 'On-call playbook', updated_at: 1.8e12 };
  await other.evaluate(([key, text]) => {
    const doc = JSON.parse(localStorage.getItem(key) ?? '{}');
    doc.evidence.push(JSON.parse(text));
    localStorage.setItem(key, JSON.stringify(doc));
  }, [KEY, JSON.stringify(later)]);
  await check.quick.again.click();
  await check.quick.answer(3);
  await check.quick.submit.click();
  await expect(check.quick.count).toHaveText('3 of 12');
  await expect.poll(async () => (await stored(page)).attempts.length).toBe(2);
  expect((await stored(page)).evidence).toEqual([entry, later]);
  expect(wasm.filter((u) => FULL.test(u))).toEqual([]);
});

test('the case goes with the hand-over to the full build, and a schema 4 document’s is migrated as the full build would', async ({ page }) => {
  // Fields of the packet in a schema 4 document were never written by a widget: migrating empties them.
  const check = await quickCheckOver(page, { schema: 4, attempts: [], ...CASE });
  await expect.poll(async () => (await stored(page)).attempts.length).toBe(1);
  const doc = await stored(page);
  expect(doc.schema).toBe(5);
  const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !PACKET_FIELDS.includes(k)));
  expect(doc.evidence).toEqual([strip(entry)]);
  expect(doc.evidence_draft).toEqual({ ...draft, draft: strip(draft.draft) });
  expect(doc.people).toEqual(CASE.people);
  expect(doc.plan).toEqual(CASE.plan);

  // Log evidence: the full build takes over, and shows the log and the entry being written.
  await check.quick.log.click();
  const evidence = new EvidencePage(page);
  await expect(evidence.items).toHaveCount(1);
  await expect(evidence.items.first()).toContainText('Payments RFC');
  await expect(evidence.title).toHaveValue('Half-written migration story');
  await expect(evidence.before).toHaveValue('');
});

test('an evidence log alone is a case: the reader build hands home over to the full build, which shows it', async ({ page }) => {
  await page.goto('/#/explore');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify({ schema: 5, attempts: [], evidence: [entry] })]);
  const seen = wasmRequests(page);
  await page.reload();
  await waitForApp(page);
  expect(seen.filter((u) => FULL.test(u))).toEqual([]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('home-case')).toBeVisible();
  expect(seen.some((u) => FULL.test(u))).toBe(true);
});
