import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1 A+AA and 2.2 AA rule tags checked on every page. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules axe-core marks experimental (so no tag selects them) that every scan runs as well:
 * `label-content-name-mismatch` (WCAG 2.5.3, Label in Name): a control's accessible name must
 * contain the text it shows, or speech users cannot say what they see.
 */
export const AXE_EXPERIMENTAL_RULES = ['label-content-name-mismatch'];

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
  const violations = await axeViolations(page, options);
  const report = formatViolations(violations);
  expect(violations.length, `axe found accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}

/** What axe-core finds on the current page: the tags above and the experimental rules. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<Violation[]> {
  // One options object: AxeBuilder's withTags / disableRules each overwrite part of it. A rule
  // switched on by id runs whatever its tags (axe-core's ruleShouldRun), so the tag list and the
  // experimental rules combine.
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of AXE_EXPERIMENTAL_RULES) rules[id] = { enabled: true };
  for (const id of options.disableRules ?? []) rules[id] = { enabled: false };
  let builder = new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: AXE_TAGS }, rules });
  for (const sel of options.include ?? []) builder = builder.include(sel);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);

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
  return (await builder.analyze()).violations;
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
