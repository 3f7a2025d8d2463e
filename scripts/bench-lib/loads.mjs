// (2) Local cold loads: each timed page and its static snapshot, loaded N times in turn (fresh
// context, cache disabled); medians of "content ready", "interactive" and first contentful paint.

import { coldLoad } from './browser.mjs';
import { pagePath } from './pages.mjs';
import { snapshotFile } from './snapshot.mjs';
import { fmtMs, fmtRatio, median, pad, padEnd } from './util.mjs';

/** The timed pages, app and snapshot in turn; prints a line per page, returns `result.local`. */
export async function localLoads(browser, appUrl, twinUrl, pages, discovered, interactiveMarker, opts, errors) {
  console.log(`\n== local cold loads: ${opts.runs} each of app and static snapshot, fresh context, cache disabled, brotli (medians)`);
  console.log(`   interactive = ${interactiveMarker ? '<html data-app="ready">' : 'the element exists and #boot is gone (this build sets no data-app marker)'}`);
  const results = [];
  for (const p of pages) {
    const d = discovered[p.id];
    const mode = d.marker ? 'marker' : 'fallback';
    const app = appUrl + pagePath(p);
    const stat = `${twinUrl}/${snapshotFile(p)}`;
    // One untimed warm-up each so process start-up is not in run 1.
    await coldLoad(browser, stat, p, 'static', opts, errors, `local ${p.id} static`);
    await coldLoad(browser, app, p, mode, opts, errors, `local ${p.id}`);
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      // Alternate the order so drift affects both equally.
      const order = i % 2 ? ['static', 'app'] : ['app', 'static'];
      const run = {};
      for (const which of order) {
        run[which] = which === 'app'
          ? await coldLoad(browser, app, p, mode, opts, errors, `local ${p.id}`)
          : await coldLoad(browser, stat, p, 'static', opts, errors, `local ${p.id} static`);
      }
      runs.push({
        app: { content: run.app.content, interactive: run.app.interactive, fcp: run.app.fcp },
        static: { content: run.static.content, fcp: run.static.fcp },
      });
    }
    const m = (f) => median(runs.map(f));
    const r = {
      page: p.id,
      route: pagePath(p),
      selector: p.selector,
      interactiveBy: mode === 'marker' ? 'html[data-app=ready]' : `${p.selector} exists and #boot is gone (no data-app marker in this build)`,
      runs,
      app: { content: m((x) => x.app.content), interactive: m((x) => x.app.interactive), fcp: m((x) => x.app.fcp) },
      static: { content: m((x) => x.static.content), fcp: m((x) => x.static.fcp) },
    };
    r.contentRatio = r.app.content / r.static.content;
    r.interactiveRatio = r.app.interactive / r.static.content;
    results.push(r);
    console.log(
      `  ${padEnd(pagePath(p), 18)} app: content ${pad(fmtMs(r.app.content), 7)}, interactive ${pad(fmtMs(r.app.interactive), 7)}   ` +
        `static: ${pad(fmtMs(r.static.content), 7)}   content ${fmtRatio(r.contentRatio)}, interactive ${fmtRatio(r.interactiveRatio)}`,
    );
  }
  return results;
}

/** The local cold loads' table, printed after the sizes. */
export function printLocalLoads(local, runs, chromiumVersion) {
  console.log(`\n== local cold loads (median of ${runs}; Chromium ${chromiumVersion}, headless)`);
  console.log(`  ${padEnd('page', 18)}${padEnd('content ready', 30)}${padEnd('interactive', 30)}${padEnd('first contentful paint', 22)}`);
  console.log(`  ${padEnd('', 18)}${padEnd('app | static | ratio', 30)}${padEnd('app | vs static content', 30)}${padEnd('app | static', 22)}`);
  for (const r of local) {
    console.log(
      `  ${padEnd(r.route.slice(1), 18)}${padEnd(`${fmtMs(r.app.content)} | ${fmtMs(r.static.content)} | ${fmtRatio(r.contentRatio)}`, 30)}` +
        `${padEnd(`${fmtMs(r.app.interactive)} | ${fmtRatio(r.interactiveRatio)}`, 30)}${fmtMs(r.app.fcp)} | ${fmtMs(r.static.fcp)}`,
    );
  }
}
