// The bench's browser: Debian's Chromium driven by Playwright, the errors a page reports, and
// one cold load of a page (discovery and the local cold loads).

import fs from 'node:fs';
import { executablePath } from '../chromium.mjs';
import { servedFile } from './serve.mjs';

/** Playwright's Chromium, once both the package and the browser are known to be there. */
export async function playwrightChromium() {
  let chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch (err) {
    throw new Error(`cannot import @playwright/test (run 'npm ci' or source scripts/setup.sh): ${err.message}`);
  }
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  return chromium;
}

/** A headless Chromium with `args` (the host's `browserArgs`). */
export async function launchBrowser(args) {
  const chromium = await playwrightChromium();
  return chromium.launch({ executablePath, args, headless: true });
}

/** Records `page`'s uncaught errors, console errors, HTTP errors and failed requests in `errors`. */
export function watchErrors(page, errors, where) {
  page.on('pageerror', (e) => errors.add(`pageerror: ${e.message}`, where));
  page.on('console', (m) => {
    // "Failed to load resource" carries no URL; the response handler reports those.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.add(`console.error: ${m.text()}`, where);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.add(`HTTP ${r.status()} ${new URL(r.url()).pathname}`, where);
  });
  page.on('requestfailed', (req) => errors.add(`request failed: ${new URL(req.url()).pathname} ${req.failure()?.errorText ?? ''}`, where));
}

/** Init script: records performance.now() when the route's element first exists ("content"),
 * when the app has taken over ("interactive"), and first contentful paint. */
function probe({ selector, mode }) {
  const b = (window.__bench = { content: null, interactive: null, marker: false, fcp: null });
  const check = () => {
    const now = performance.now();
    const el = document.querySelector(selector);
    if (b.content === null && el) b.content = now;
    if (b.interactive === null) {
      if (document.documentElement?.dataset.app === 'ready') {
        b.interactive = now;
        b.marker = true;
      } else if (mode === 'fallback' && el && !document.getElementById('boot')) {
        b.interactive = now;
      }
    }
    if (b.content !== null && b.interactive !== null) obs.disconnect();
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
  document.addEventListener('DOMContentLoaded', check);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && b.fcp === null) b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // no paint timing
  }
}

/**
 * One cold load: fresh context, cache disabled. `mode`: 'marker' (interactive = data-app=ready),
 * 'fallback' (element exists and #boot gone), 'static' (interactive = content), or 'discover'
 * (wait for the network to settle, then report whether the marker appeared, the rendered HTML
 * and the encoding each response came with).
 */
export async function coldLoad(browser, url, page0, mode, opts, errors, where) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    watchErrors(page, errors, where);
    const requests = [];
    const encodings = {};
    page.on('requestfinished', (req) => requests.push(req.url()));
    if (mode === 'discover') page.on('response', (r) => (encodings[servedFile(r.url())] = r.headers()['content-encoding'] ?? 'identity'));
    await page.addInitScript(probe, { selector: page0.selector, mode: mode === 'static' ? 'marker' : mode === 'discover' ? 'fallback' : mode });
    await page.goto(url, { waitUntil: 'commit', timeout: opts.timeoutMs });
    const wait = async (fn, what) => {
      try {
        await page.waitForFunction(fn, null, { timeout: opts.timeoutMs });
      } catch {
        throw new Error(`${what} never happened at ${url} within ${opts.timeoutMs / 1000}s`);
      }
    };
    await wait(() => window.__bench?.content != null, `${page0.selector} appearing`);
    if (mode === 'marker' || mode === 'fallback') await wait(() => window.__bench.interactive != null, `the app taking over (${mode})`);
    await wait(() => window.__bench.fcp != null, 'first contentful paint');
    let html = null;
    let marker = false;
    if (mode === 'discover') {
      // Not timed: let everything load, the app mount, and see whether it sets the marker.
      await page.waitForLoadState('networkidle', { timeout: opts.timeoutMs });
      await wait(() => window.__bench.interactive != null, 'the app taking over');
      marker = await page.evaluate(() => document.documentElement.dataset.app === 'ready');
      // The page as rendered: no scripts, and none of the boot machinery's inert <template>s
      // (prerendered views of other routes), so the snapshot is what a static page would be.
      html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true);
        copy.querySelectorAll('script, template, link[rel="modulepreload"], link[rel="preload"]').forEach((el) => el.remove());
        return copy.outerHTML;
      });
    }
    const b = await page.evaluate(() => window.__bench);
    return {
      content: b.content,
      interactive: mode === 'static' ? b.content : b.interactive,
      fcp: b.fcp,
      marker: marker || b.marker,
      html,
      requests,
      encodings,
    };
  } finally {
    await context.close();
  }
}
