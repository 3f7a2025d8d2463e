import { expect, test } from '@playwright/test';

import { ResultCard } from './pages/card';
import { CheckPage } from './pages/check';
import { CSP_SITE, watchCsp } from './pages/embed';
import { finishQuiz } from './pages/history';
import { allStaff } from './pages/quiz';
import { checkScreen } from './support/screen';
import { READER, wasmRequests } from './support/boot';

// The result card: a 1200×630 PNG of the verdict, made in the browser.

test.describe('under the strict Content-Security-Policy', () => {
  test.use({ baseURL: CSP_SITE });

  test('the card is a 1200×630 PNG, not blank, in the colours of the theme', async ({ page }) => {
    const csp = await watchCsp(page);
    await finishQuiz(page, allStaff);
    const card = new ResultCard(page);
    await expect(card.root).toBeVisible();
    // Its text is on the page: the count, the bar, the verdict; no notes, no answers.
    await expect(card.alt).toContainText('12 of 12');
    await expect(card.alt).toContainText('The bar is 8 of 12');
    await expect(card.alt).toContainText('Full self-check');

    const light = await card.downloaded();
    expect(light.name).toBe('staffcheck-result.png');
    expect(ResultCard.size(light.bytes)).toEqual({ width: 1200, height: 630 });
    await expect(card.status).toHaveText('The image is in your downloads.');
    const lightPixels = await card.pixels(light.bytes, 600, 620);
    // Text, marks and the radar: far more than a blank or one-colour image.
    expect(lightPixels.colours).toBeGreaterThan(20);

    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await card.downloaded();
    expect(ResultCard.size(dark.bytes)).toEqual({ width: 1200, height: 630 });
    const darkPixels = await card.pixels(dark.bytes, 600, 620);
    // The background follows the theme: light is brighter than dark.
    const brightness = (c: number[]) => c[0] + c[1] + c[2];
    expect(brightness(lightPixels.at)).toBeGreaterThan(brightness(darkPixels.at) + 300);
    expect(await csp()).toEqual([]);
  });
});

test('Share… hands the image to the share sheet where files can be shared, else downloads it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: { name: string; type: string; size: number }[]; allowFiles: boolean };
    w.shared = [];
    w.allowFiles = true;
    Object.defineProperty(navigator, 'canShare', { value: (d: { files?: File[] }) => w.allowFiles && !!d.files?.length });
    Object.defineProperty(navigator, 'share', {
      value: async (d: { files: File[] }) => {
        for (const f of d.files) w.shared.push({ name: f.name, type: f.type, size: f.size });
      },
    });
  });
  await finishQuiz(page, allStaff);
  const card = new ResultCard(page);
  await card.share.click();
  await expect(card.status).toHaveText('Shared.');
  const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string; size: number }[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]).toMatchObject({ name: 'staffcheck-result.png', type: 'image/png' });
  expect(shared[0].size).toBeGreaterThan(5000);

  // A browser that cannot share this file: the image is downloaded instead.
  await page.evaluate(() => { (window as unknown as { allowFiles: boolean }).allowFiles = false; });
  const [file] = await Promise.all([page.waitForEvent('download'), card.share.click()]);
  expect(file.suggestedFilename()).toBe('staffcheck-result.png');
});

test('the results with the card pass axe in light and dark and at 320 px', async ({ page }) => {
  await finishQuiz(page, allStaff);
  await expect(new ResultCard(page).root).toBeVisible();
  await checkScreen(page);
});

test("a quick check: the reader build makes the card on the verdict, downloads and shares it, no second build", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: { name: string; type: string }[] };
    w.shared = [];
    Object.defineProperty(navigator, 'canShare', { value: (d: { files?: File[] }) => !!d.files?.length });
    Object.defineProperty(navigator, 'share', {
      value: async (d: { files: File[] }) => {
        for (const f of d.files) w.shared.push({ name: f.name, type: f.type });
      },
    });
  });
  const wasm = wasmRequests(page);
  const check = new CheckPage(page);
  await check.goto();
  await check.quick.answer(9);
  await check.quick.submit.click();
  await expect(check.quick.count).toHaveText('9 of 12');
  const card = new ResultCard(page);
  await expect(card.alt).toContainText('Quick check: the 12 readiness statements');
  await expect(card.alt).toContainText('9 of 12');
  await expect(card.alt).not.toContainText('radar');
  const image = await card.downloaded();
  expect(image.name).toBe('staffcheck-result.png');
  expect(ResultCard.size(image.bytes)).toEqual({ width: 1200, height: 630 });
  expect((await card.pixels(image.bytes, 600, 620)).colours).toBeGreaterThan(10);
  await expect(card.status).toHaveText('The image is in your downloads.');
  await card.share.click();
  await expect(card.status).toHaveText('Shared.');
  const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string }[] }).shared);
  expect(shared).toEqual([{ name: 'staffcheck-result.png', type: 'image/png' }]);
  // All of it in the reader build: the verdict, the image and the share never fetch the full one.
  expect(wasm.filter((u) => !READER.test(u))).toEqual([]);
  await expect(check.quick.verdict).toBeVisible();
});
