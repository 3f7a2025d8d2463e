// (3) Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU) on the `perf` pages and their
// static snapshots: LCP, TBT, TTI, CLS, performance score; then the four category scores of the
// `categories` pages on mobile and desktop. Runs its own Chromium (chrome-launcher), so the
// Playwright browser is closed first (one browser at a time on 2 cores).

import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { executablePath } from '../chromium.mjs';
import { pageLabel, pagePath } from './pages.mjs';
import { snapshotFile } from './snapshot.mjs';
import { fmtMs, fmtRatio, fmtScore, median, pad, padEnd } from './util.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The Lighthouse row of page `id` of `kind` ('app' | 'static') on mobile. */
export const mobileRow = (lh, id, kind) => lh.find((r) => r.page === id && r.kind === kind && r.formFactor === 'mobile');

/** Every Lighthouse run the pages ask for: mobile app and snapshot, then desktop. */
function lighthouseTargets(appUrl, twinUrl, pages) {
  const targets = [];
  for (const p of pages) {
    if (p.perf || p.categories) {
      targets.push({ kind: 'app', page: p.id, label: pageLabel(p), url: appUrl + pagePath(p), formFactor: 'mobile', categories: p.categories ? [...CATEGORIES] : ['performance'] });
    }
    if (p.perf) targets.push({ kind: 'static', page: p.id, label: `static ${pageLabel(p)}`, url: `${twinUrl}/${snapshotFile(p)}`, formFactor: 'mobile', categories: ['performance'] });
  }
  for (const p of pages.filter((x) => x.categories)) {
    targets.push({ kind: 'app', page: p.id, label: pageLabel(p), url: appUrl + pagePath(p), formFactor: 'desktop', categories: [...CATEGORIES] });
  }
  return targets;
}

/** Runs and prints the Lighthouse stage; returns `result.lighthouse`. */
export async function lighthouseStage(appUrl, twinUrl, browserArgs, opts, errors) {
  const targets = lighthouseTargets(appUrl, twinUrl, opts.pages);
  const lhVersion = JSON.parse(await fsp.readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8').catch(() => '{}')).version ?? '';
  console.log(`\n== Lighthouse ${lhVersion}: ${targets.length} runs${opts.lhRuns > 1 ? ` x ${opts.lhRuns} (medians)` : ''}`);
  const lh = await lighthouseRuns(targets, browserArgs, opts, errors);
  printLighthouse(lh, opts.pages);
  return lh;
}

async function lighthouseRuns(targets, browserArgs, opts, errors) {
  let lighthouse;
  let chromeLauncher;
  let desktopConfig;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
    desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
  } catch (err) {
    throw new Error(`cannot import lighthouse / chrome-launcher (run 'npm ci'): ${err.message}`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: [...browserArgs, '--headless=new'],
    logLevel: 'silent',
  });
  const out = [];
  try {
    // Round by round, every target once a round: each run of a page falls in the same round as a
    // run of the pages it is compared with (its static copy, noWorseThan), so a machine that gets
    // busier or quieter during the stage moves them alike.
    const lhrs = targets.map(() => []);
    for (let i = 0; i < opts.lhRuns; i++) {
      for (const [k, t] of targets.entries()) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: t.categories };
        const res = await lighthouse(t.url, flags, t.formFactor === 'desktop' ? desktopConfig : undefined);
        if (!res?.lhr) throw new Error(`Lighthouse returned nothing for ${t.url}`);
        lhrs[k].push(res.lhr);
        if (opts.lhrDir) {
          await fsp.mkdir(opts.lhrDir, { recursive: true });
          await fsp.writeFile(path.join(opts.lhrDir, `${t.kind}-${t.page}-${t.formFactor}-${i + 1}.json`), res.report);
        }
      }
    }
    for (const [k, t] of targets.entries()) {
      const row = summariseLhr(t, lhrs[k], errors);
      out.push(row);
      const cats = Object.entries(row.scores).map(([c, v]) => `${c} ${fmtScore(v)}`).join(', ');
      console.log(`  ${padEnd(t.formFactor, 8)}${padEnd(t.label, 28)} LCP ${pad(fmtMs(row.lcp), 7)}  TTI ${pad(fmtMs(row.tti), 7)}  ${cats}`);
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  for (const it of items) {
    const node = it.node ?? it.items?.[0]?.node;
    if (node) return `${node.selector ?? node.snippet ?? '?'} "${(node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 50)}"`;
  }
  return null;
}

function summariseLhr(t, lhrs, errors) {
  // An audit's figure in each run, round by round (null where a run has none), and its median.
  const each = (id) => lhrs.map((l) => l.audits[id]?.numericValue ?? null);
  const num = (id) => median(each(id).filter((v) => typeof v === 'number'));
  const scores = {};
  for (const c of t.categories) scores[c] = median(lhrs.map((l) => l.categories[c]?.score).filter((v) => typeof v === 'number'));
  const lhr = lhrs[0];
  for (const l of lhrs) {
    if (l.runtimeError) errors.add(`lighthouse runtime error: ${l.runtimeError.code} ${l.runtimeError.message}`, `lighthouse ${t.formFactor} ${t.label}`);
    for (const it of l.audits['errors-in-console']?.details?.items ?? []) {
      const url = it.sourceLocation?.url ?? it.url;
      const where = url ? ` (${url.startsWith('http') ? new URL(url).pathname : url})` : '';
      errors.add(`console (lighthouse): ${it.source ?? ''} ${it.description ?? ''}${where}`.trim(), `lighthouse ${t.formFactor} ${t.label}`);
    }
  }
  const failed = {};
  for (const c of t.categories) {
    if (c === 'performance' || scores[c] === 1) continue;
    failed[c] = lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
      .map((r) => r.id);
  }
  return {
    label: t.label,
    kind: t.kind,
    page: t.page,
    formFactor: t.formFactor,
    url: t.url,
    finalDisplayedUrl: lhr.finalDisplayedUrl,
    fragmentKept: !t.url.includes('#') || (lhr.finalDisplayedUrl ?? '').includes('#'),
    lcpElement: lcpElement(lhr),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    tti: num('interactive'),
    cls: num('cumulative-layout-shift'),
    // Each run's figures (the runs of one round were taken together): how far a page and the page
    // it is compared with were apart in each round.
    runs: { lcp: each('largest-contentful-paint'), tti: each('interactive') },
    scores,
    failedAudits: failed,
    warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings ?? []))],
    benchmarkIndex: median(lhrs.map((l) => l.environment?.benchmarkIndex)),
  };
}

function printLighthouse(lh, pages) {
  const perfRows = pages.filter((p) => p.perf).map((p) => ({ p, app: mobileRow(lh, p.id, 'app'), stat: mobileRow(lh, p.id, 'static') }));
  console.log('\nLighthouse mobile (simulated slow 4G, 4x CPU), app | static snapshot | ratio:');
  console.log(`  ${padEnd('page', 18)}${padEnd('LCP', 30)}${padEnd('TBT', 20)}${padEnd('TTI', 20)}${padEnd('CLS', 14)}perf score`);
  for (const { p, app, stat } of perfRows) {
    if (!app) continue;
    const trio = (a, s, f) => `${f(a)} | ${f(s)}`;
    const lcp = `${trio(app.lcp, stat?.lcp, fmtMs)} | ${fmtRatio(stat ? app.lcp / stat.lcp : null)}`;
    const cls = (v) => (v == null ? '—' : v.toFixed(3));
    console.log(
      `  ${padEnd(pageLabel(p), 18)}${padEnd(lcp, 30)}${padEnd(trio(app.tbt, stat?.tbt, fmtMs), 20)}${padEnd(trio(app.tti, stat?.tti, fmtMs), 20)}` +
        `${padEnd(trio(app.cls, stat?.cls, cls), 14)}${trio(app.scores.performance, stat?.scores.performance, fmtScore)}`,
    );
  }
  for (const { p, app, stat } of perfRows) {
    for (const r of [app, stat]) {
      if (r?.lcpElement) console.log(`    LCP element, ${padEnd(r.kind, 6)} ${padEnd(pageLabel(p), 18)} ${r.lcpElement}`);
    }
  }
  console.log('\nLighthouse category scores (app):');
  console.log(`  ${padEnd('page', 18)}${padEnd('form', 9)}${CATEGORIES.map((c) => pad(c, 16)).join('')}`);
  for (const r of lh.filter((x) => x.kind === 'app' && x.scores.seo !== undefined)) {
    console.log(`  ${padEnd(r.label, 18)}${padEnd(r.formFactor, 9)}${CATEGORIES.map((c) => pad(fmtScore(r.scores[c]), 16)).join('')}`);
    for (const [c, ids] of Object.entries(r.failedAudits)) if (ids.length) console.log(`      ${c} below 1: ${ids.join(', ')}`);
  }
  const bi = median(lh.map((r) => r.benchmarkIndex));
  if (bi != null) console.log(`  (Lighthouse benchmarkIndex median ${Math.round(bi)}: lower means a busier or slower machine, and the simulated times grow with the CPU time observed)`);
  const dropped = lh.filter((r) => !r.fragmentKept);
  if (dropped.length) {
    console.log(`  note: Lighthouse dropped the #fragment for: ${dropped.map((r) => `${r.label} -> ${r.finalDisplayedUrl}`).join('; ')}`);
  } else {
    console.log('  (every Lighthouse run kept its #route: finalDisplayedUrl carries the fragment)');
  }
  const warnings = [...new Set(lh.flatMap((r) => r.warnings))];
  for (const w of warnings) console.log(`  Lighthouse warning: ${w.replace(/\s+/g, ' ').slice(0, 200)}`);
}
