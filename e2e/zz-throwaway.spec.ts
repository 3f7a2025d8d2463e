import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
test('loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('x')).toHaveText('ok');
});
test('axe reports', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});
