import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1 A+AA and 2.2 AA rule tags checked on every page. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Limit the scan to these selectors (default: whole document). */
  include?: string[];
  /** Skip these selectors. */
  exclude?: string[];
  /** Rule ids to disable (use sparingly, with a reason in the test). */
  disableRules?: string[];
}

/**
 * Runs axe-core against the current page and fails with a readable list of
 * violations: rule id, impact, help text, and the target selectors of each node.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const sel of options.include ?? []) builder = builder.include(sel);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  // Colours mid-transition (e.g. right after a theme switch) are not what a reader sees: let
  // running CSS transitions and finite animations finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await builder.analyze();
  const report = formatViolations(results.violations);
  expect(results.violations.length, `axe found accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(', ');
          const why = (n.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).join('; ');
          return `    - ${target}${why ? `\n      ${why}` : ''}`;
        })
        .join('\n');
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}
