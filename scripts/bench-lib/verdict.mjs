// (5) Finish-to-verdict: the self-check taken in the reader build on a throttled phone, from the
// click on "Finish" to the verdict's heading on screen (the full build shows the results), and
// whether a loading placeholder (the skeleton of a screen waiting for the app) was ever in the
// page on the way. Lighthouse's mobile throttling, applied for real through CDP: its DevTools
// equivalents of simulated slow 4G (562.5 ms round trip, 1,474.6 kbps down, 675 kbps up) and 4x
// CPU slowdown. The questions are answered by clicking, as fast as the page takes the clicks.

import { watchErrors } from './browser.mjs';
import { fmtMs, median } from './util.mjs';

export const THROTTLING = { latencyMs: 562.5, downKbps: 1474.56, upKbps: 675, cpu: 4 };

/** Init script: records when "Finish" is pressed, when the verdict heading is first on screen,
 * and every loading placeholder seen in between (`window.__verdict`). */
function verdictProbe() {
  const v = (window.__verdict = { finish: null, verdict: null, placeholder: false });
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const check = () => {
    if (v.finish === null) return;
    if (document.querySelector('[data-testid="skeleton"]')) v.placeholder = true;
    if (v.verdict === null && visible(document.querySelector('[data-testid="verdict"] #verdict-title'))) {
      v.verdict = performance.now();
    }
  };
  addEventListener(
    'click',
    (e) => {
      if (v.finish === null && e.target instanceof Element && e.target.closest('[data-testid="quiz-finish"]')) {
        v.finish = performance.now();
      }
    },
    true,
  );
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** One run: a fresh context, throttled, `#/quiz` answered through the page, then Finish. */
async function oneRun(browser, url, opts, errors, where) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs * 2);
    watchErrors(page, errors, where);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: (THROTTLING.downKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.upKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
    await page.addInitScript(verdictProbe);
    await page.goto(`${url}#/quiz`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.getByTestId('quiz-start').click();
    const section = page.getByTestId('quiz-section');
    const review = page.getByTestId('quiz-review');
    for (let guard = 0; guard < 50 && !(await review.isVisible()); guard++) {
      const current = await section.getAttribute('data-section');
      for (const group of await page.getByTestId('question').all()) {
        const kind = ((await group.getAttribute('data-item')) ?? '').split('-')[0];
        const radios = group.getByRole('radio');
        await radios.nth(kind === 'readiness' ? 0 : (await radios.count()) - 1).check();
      }
      await page.getByTestId('quiz-next').click();
      await page.waitForFunction(
        (prev) => document.querySelector('[data-testid="quiz-review"]') || document.querySelector('[data-testid="quiz-section"]')?.dataset.section !== prev,
        current,
      );
    }
    await page.getByTestId('quiz-finish').click();
    await page.locator('[data-testid="verdict"] #verdict-title').waitFor({ state: 'visible' });
    await page.waitForFunction(() => window.__verdict.verdict !== null);
    const v = await page.evaluate(() => window.__verdict);
    return { ms: v.verdict - v.finish, placeholder: v.placeholder };
  } finally {
    await context.close();
  }
}

/** `runs` runs against each `{ label, url }` build, in turn. */
export async function finishToVerdict(browser, builds, runs, opts, errors) {
  console.log(
    `\n== finish-to-verdict: #/quiz in the reader build, "Finish" to the verdict heading on screen ` +
      `(${THROTTLING.latencyMs} ms RTT, ${THROTTLING.downKbps} kbps down, ${THROTTLING.cpu}x CPU; ${runs} run${runs === 1 ? '' : 's'})`,
  );
  const out = {};
  for (const { label, url } of builds) {
    const list = [];
    for (let i = 0; i < runs; i++) list.push(await oneRun(browser, url, opts, errors, `finish-to-verdict ${label}`));
    const ms = list.map((r) => r.ms);
    out[label] = { median: median(ms), runs: ms, placeholder: list.filter((r) => r.placeholder).length };
    console.log(
      `  ${label.padEnd(10)} median ${fmtMs(out[label].median)}  (${ms.map(fmtMs).join(', ')}); ` +
        `loading placeholder seen in ${out[label].placeholder} of ${runs}`,
    );
  }
  return out;
}
