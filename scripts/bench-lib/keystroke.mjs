// (4) Keystroke: input-to-paint per key (keydown in a capture listener -> next frame ->
// MessageChannel tick) typing a note into the self-check of the `keystroke` page, with 1 and
// with 500 attempts in localStorage, next to the same typing in a bare <textarea> (the floor).

import { watchErrors } from './browser.mjs';
import { PAGES, pagePath } from './pages.mjs';
import { fmtKB, median, pad } from './util.mjs';

const KEY = 'staffcheck:v1';
export const NOTE_TEXT = 'Led the cross-team API review.'; // 30 characters

/** Answers the whole self-check through the UI (Staff-like answers) and returns the stored envelope. */
async function makeAttempt(browser, url, opts, errors) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs);
    watchErrors(page, errors, 'keystroke: taking the self-check');
    await page.goto(url);
    await page.getByTestId('quiz-start').click();
    const section = page.getByTestId('quiz-section');
    const review = page.getByTestId('quiz-review');
    for (let guard = 0; guard < 50 && (await section.or(review).first().getAttribute('data-testid')) !== 'quiz-review'; guard++) {
      const current = await section.getAttribute('data-section');
      for (const group of await page.getByTestId('question').all()) {
        const kind = ((await group.getAttribute('data-item')) ?? '').split('-')[0];
        const radios = group.getByRole('radio');
        const n = await radios.count();
        await radios.nth(kind === 'readiness' ? 0 : n - 1).check();
      }
      await page.getByTestId('quiz-next').click();
      await page.waitForFunction(
        (prev) => document.querySelector('[data-testid="quiz-review"]') || document.querySelector('[data-testid="quiz-section"]')?.dataset.section !== prev,
        current,
      );
    }
    await page.getByTestId('quiz-finish').click();
    await page.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) ?? '{}').attempts ?? []).length === 1, KEY);
    return JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  } finally {
    await context.close();
  }
}

/** The envelope with its one attempt cloned `n` times, an hour apart, each with its own id. */
export function cloneAttempts(envelope, n) {
  const base = envelope.attempts[0];
  const fingerprint = base.id.split('-')[1] ?? '00000000';
  const attempts = [];
  for (let i = 0; i < n; i++) {
    const finished_at = base.finished_at - (n - 1 - i) * 3_600_000;
    attempts.push({ ...structuredClone(base), id: `${Math.floor(finished_at).toString(16)}-${fingerprint}`, finished_at });
  }
  return { ...envelope, attempts, in_progress: null, deleted: [] };
}

function keystrokeProbe() {
  const k = (window.__keys = { times: [], waiters: [] });
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          k.times.push(performance.now() - t0);
          for (const w of k.waiters.splice(0)) w();
        };
        ch.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/** Types NOTE_TEXT into the focused field one key at a time, each after the last one painted;
 * returns the input-to-paint times. */
async function typeMeasured(page) {
  await page.evaluate(keystrokeProbe);
  for (let i = 0; i < NOTE_TEXT.length; i++) {
    const painted = page.evaluate(
      (n) => new Promise((resolve) => {
        const k = window.__keys;
        const tick = () => (k.times.length >= n ? resolve() : k.waiters.push(tick));
        tick();
      }),
      i + 1,
    );
    await page.keyboard.type(NOTE_TEXT[i]);
    await painted;
  }
  const times = await page.evaluate(() => window.__keys.times);
  return { times, median: median(times), max: Math.max(...times) };
}

async function typeNote(browser, url, envelope, opts, errors, where) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const json = JSON.stringify(envelope);
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('bench:seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('bench:seeded', '1');
        }
      },
      [KEY, json],
    );
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs);
    watchErrors(page, errors, where);
    await page.goto(url);
    await page.getByTestId('quiz-start').click();
    const details = page.locator('[data-testid="quiz-section"] details.note').first();
    await details.locator('summary').click();
    const area = details.locator('textarea');
    await area.click();
    const typed = await typeMeasured(page);
    const value = await area.inputValue();
    const stored = await page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, KEY);
    return { ...typed, typedOk: value === NOTE_TEXT, value, storedChars: stored };
  } finally {
    await context.close();
  }
}

/** The same measurement on a bare textarea: the floor (waiting for the next frame) on this machine. */
async function typeBare(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><textarea aria-label="floor"></textarea>');
    await page.locator('textarea').click();
    return await typeMeasured(page);
  } finally {
    await context.close();
  }
}

/** Runs and prints the keystroke stage; returns `result.keystroke`. */
export async function keystrokes(browser, appUrl, opts, errors) {
  console.log(`\n== keystroke: input-to-paint typing ${NOTE_TEXT.length} characters into a self-check note (keydown -> next frame -> task)`);
  const url = appUrl + pagePath(PAGES.find((p) => p.keystroke));
  const one = await makeAttempt(browser, url, opts, errors);
  const out = {};
  const floor = await typeBare(browser);
  out.floor = floor;
  console.log(`  bare <textarea> (the floor: next frame on this machine): median ${floor.median.toFixed(1)} ms, max ${floor.max.toFixed(1)} ms`);
  for (const n of [1, 500]) {
    const env = n === 1 ? { ...one, in_progress: null } : cloneAttempts(one, n);
    const r = await typeNote(browser, url, env, opts, errors, `keystroke, ${n} attempt(s)`);
    out[n] = { attempts: n, ...r };
    console.log(
      `  ${pad(n, 3)} attempt${n === 1 ? ' ' : 's'} stored (${fmtKB(r.storedChars)} of JSON): input-to-paint median ${r.median.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over ${r.times.length} keys` +
        (r.typedOk ? '' : `   WARNING: the note reads ${JSON.stringify(r.value)}`),
    );
  }
  return out;
}
