import { expect, test } from './support/test';
import { checkScreen } from './support/screen';
import { EvidencePage, PacketPage } from './pages/case';

const FULL = {
  title: 'RFC: new CI template',
  outcome: 'Release failures halved',
  proof: 'https://example.com/rfc/42',
  dimensions: ['artifacts'],
  before: '45 min',
  after: '15 min',
  adoptedBy: 'Payments, Search',
  quote: 'We ship twice as often now.',
  quoteBy: 'Ana, Payments lead',
};

test.describe('the packet\'s one-page summary', () => {
  test('evidence: figures, adoption and a testimonial are logged, shown and kept; half a testimonial is named', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    // Words without who said them: the missing half is named, nothing typed is lost.
    await log.title.fill('Error budget policy');
    await log.quote.fill('This saved us a week.');
    await log.save.click();
    await expect(log.problems).toContainText('1 thing to fix');
    await expect(page.getByTestId('ev-quote-by-error')).toBeVisible();
    await expect(log.quoteBy).toBeFocused();
    await expect(log.quote).toHaveValue('This saved us a week.');
    await log.quote.fill('');
    await log.save.click();
    await expect(log.items).toHaveCount(1);

    await log.add(FULL);
    const item = log.item(FULL.title);
    await expect(item.getByTestId('evidence-figures')).toContainText('45 min → 15 min');
    await expect(item.getByTestId('evidence-adopted')).toContainText('Payments, Search');
    await expect(item.getByTestId('evidence-quote')).toContainText('We ship twice as often now.');
    await expect(item.getByTestId('evidence-quote')).toContainText('Ana, Payments lead');
    await page.reload();
    await item.getByTestId('evidence-edit').click();
    await expect(log.before).toHaveValue('45 min');
    await expect(log.quoteBy).toHaveValue('Ana, Payments lead');
    await checkScreen(page);
  });

  test('packet: the one-pager leads, over the strongest project, then the appendix, the verdict and the plan', async ({ page }) => {
    const log = new EvidencePage(page);
    await log.goto();
    await log.add({ title: 'Design review rota', proof: 'Team drive, reviews folder' });
    await log.add(FULL);
    await log.item(FULL.title).getByTestId('evidence-strong').check();
    const packet = new PacketPage(page);
    await packet.goto();
    const summary = page.getByTestId('packet-summary');
    await expect(summary.getByRole('heading', { level: 3 })).toHaveText(['Problem', 'Outcomes', 'Artifacts', 'Adoption', 'Testimonials']);
    await expect(page.getByTestId('packet-problem')).toContainText(FULL.title);
    await expect(page.getByTestId('packet-problem')).not.toContainText('Design review rota');
    await expect(page.getByTestId('packet-outcomes')).toContainText('45 min → 15 min; Release failures halved');
    await expect(page.getByTestId('packet-artifacts').getByRole('link', { name: FULL.proof })).toBeVisible();
    await expect(page.getByTestId('packet-adoption')).toContainText('Payments, Search');
    await expect(page.getByTestId('packet-testimonials')).toContainText('“We ship twice as often now.” — Ana, Payments lead');
    // The appendix holds every entry's proof, picked or not.
    await expect(page.getByTestId('packet-appendix').getByRole('listitem')).toHaveCount(2);
    const headings = await page.getByTestId('packet-sheet').getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['The one-page summary', 'Appendix: where the proof lives', 'Where I stand']);
    await checkScreen(page);
    const md = await packet.markdown();
    expect(md.indexOf('## The one-page summary')).toBeLessThan(md.indexOf('## Where I stand'));
    expect(md).toContain('- **RFC: new CI template**: “We ship twice as often now.” — Ana, Payments lead');
    expect(md).toContain('- Design review rota: Team drive, reviews folder');
  });

  test('packet: with nothing logged yet, each section of the one-pager says what to log', async ({ page }) => {
    const packet = new PacketPage(page);
    await packet.goto();
    for (const s of ['problem', 'outcomes', 'artifacts', 'adoption', 'testimonials']) {
      await expect(page.getByTestId(`packet-${s}-none`)).toBeVisible();
    }
    await expect(page.getByTestId('packet-summary-lead').getByRole('link', { name: 'Open the evidence log' })).toBeVisible();
  });
});
