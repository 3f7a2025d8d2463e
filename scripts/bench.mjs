#!/usr/bin/env node
// staffcheck benchmark: how fast the widget gets to the reader, next to a static page.
//
//   node scripts/bench.mjs [--dist dist] [--runs 7] [--lh-runs 3] [--quick] [--no-lighthouse]
//                          [--no-keystroke] [--sizes-only] [--strict] [--json out.json] [--http1]
//                          [--route /#/explore --selector '[data-testid="explorer-row"]']
//
// Normally run through `scripts/bench`, which builds dist/ first. In one run it prints:
//
// (1) Sizes: every file of dist/ with raw, gzip -9 and brotli q11 bytes, totals, the first-load
//     set (what the browser fetched for #/explore) and embed.js (budget: 2 kB minified).
// (2) Local cold loads: N loads each (fresh context, cache disabled) of #/explore,
//     #/explore/scope and ?embed=1#/quiz, and of a static snapshot of each (the app's rendered
//     DOM saved as HTML, scripts and <template>s removed, same CSS); medians of "content ready" (the route's
//     first element exists) and "interactive" (<html data-app="ready">; builds without that
//     marker: the element exists and #boot is gone), as app/static ratios.
// (3) Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU) on the same three pages and
//     their snapshots: LCP, TBT, TTI, CLS, performance score; then the four category scores of
//     #/, #/explore and ?embed=1#/quiz on mobile and desktop.
// (4) Keystroke: input-to-paint per key (keydown in a capture listener -> next frame ->
//     MessageChannel tick) typing 30 characters into a self-check note, with 1 and with 500
//     attempts in localStorage; median and max.
// (5) Console errors, HTTP errors and failed requests seen on the way; then the targets.
//
// dist/ is served by scripts/static-server.mjs from a copy precompressed by
// scripts/compress.mjs, as a real host would send it: brotli, immutable hashed files, over HTTPS
// with HTTP/2 (a throwaway certificate made with openssl; the browsers are told to accept it).
// GitHub Pages, Netlify and Cloudflare Pages all serve HTTP/2: every request of a page shares one
// connection. --http1 serves plain HTTP/1.1 instead (node's http): there
// each request after the first opens a connection of its own, which Lighthouse's simulation
// charges a round trip each, and the app makes more requests than its static snapshot.
// --quick = --no-lighthouse and 3 runs. --strict exits 1 when a target is missed.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer } from './static-server.mjs';
import { compressDir } from './compress.mjs';
import { LOADER_BUDGET, minifyJs } from '../embed/size.mjs';
import { chromiumArgs, executablePath } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const TARGETS = {
  lcpRatio: 1.3, // Lighthouse mobile LCP, app / static snapshot: #/explore and the embedded quiz
  ttiMs: 2000, // Lighthouse mobile "interactive", every app page measured
  readyRatio: 1.2, // local content ready, app / static snapshot
  wasmBrotli: 150_000, // bytes, the .wasm a first visit of #/explore fetches
  lighthouseScore: 0.95, // every category, mobile and desktop
  keystrokeMs: 16, // median input-to-paint at 500 attempts
};

/** Pages measured. `timed`: local cold loads; `perf`: Lighthouse perf next to a snapshot;
 * `categories`: the four Lighthouse categories, mobile and desktop. */
const PAGES = [
  { id: 'home', route: '/#/', selector: '[data-testid="home"]', timed: false, perf: false, categories: true },
  { id: 'explore', route: '/#/explore', selector: '[data-testid="explorer-row"]', timed: true, perf: true, categories: true, lcpTarget: true },
  { id: 'scope', route: '/#/explore/scope', selector: '[data-testid="dimension-detail"]', timed: true, perf: true, categories: false },
  { id: 'quiz-embed', route: '/?embed=1#/quiz', selector: '[data-testid="quiz-intro"]', timed: true, perf: true, categories: true, lcpTarget: true },
];

const KEY = 'staffcheck:v1';
const NOTE_TEXT = 'Led the cross-team API review.'; // 30 characters

function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'dist'),
    runs: 7,
    lhRuns: 3,
    lighthouse: true,
    keystroke: true,
    sizesOnly: false,
    strict: false,
    json: null,
    timeoutMs: 30_000,
    route: null,
    selector: null,
    http2: true,
  };
  let runsGiven = false;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    switch (a) {
      case '--dist': opts.dist = path.resolve(next()); break;
      case '--runs': opts.runs = Number(next()); runsGiven = true; break;
      case '--lh-runs': opts.lhRuns = Number(next()); break;
      case '--quick': quick = true; break;
      case '--no-lighthouse': opts.lighthouse = false; break;
      case '--no-keystroke': opts.keystroke = false; break;
      case '--route': opts.route = next(); break;
      case '--selector': opts.selector = next(); break;
      case '--sizes-only': opts.sizesOnly = true; break;
      case '--strict': opts.strict = true; break;
      case '--http1': opts.http2 = false; break;
      case '--json': opts.json = path.resolve(next()); break;
      case '--timeout': opts.timeoutMs = Number(next()) * 1000; break;
      case '-h':
      case '--help':
        console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 28).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  if (quick) {
    opts.lighthouse = false;
    if (!runsGiven) opts.runs = 3;
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(opts.lhRuns) || opts.lhRuns < 1) throw new Error('--lh-runs must be a positive integer');
  if (opts.route !== null) {
    if (!opts.route.startsWith('/')) opts.route = '/' + opts.route;
    const known = PAGES.find((p) => p.route === opts.route);
    opts.timedPages = [{ id: 'custom', route: opts.route, selector: opts.selector ?? known?.selector ?? 'main', timed: true }];
  } else {
    opts.timedPages = PAGES.filter((p) => p.timed);
  }
  return opts;
}

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtBytes = (n) => n.toLocaleString('en-US');
const fmtKB = (n) => (n < 1000 ? `${n} B` : `${(n / 1000).toFixed(1)} kB`);
const fmtMs = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
const fmtRatio = (n) => (n == null || !Number.isFinite(n) ? '—' : `${n.toFixed(2)}x`);
const fmtScore = (n) => (n == null ? '—' : n.toFixed(2));
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);

async function walk(dir, base = dir) {
  const out = [];
  for (const ent of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await walk(full, base)));
    else if (ent.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Errors seen anywhere in the run, de-duplicated, with where they were seen. */
class ErrorLog {
  constructor() {
    this.map = new Map();
  }
  add(message, where) {
    const key = message.length > 400 ? message.slice(0, 400) + '…' : message;
    const e = this.map.get(key) ?? { message: key, count: 0, where: new Set() };
    e.count++;
    e.where.add(where);
    this.map.set(key, e);
  }
  list() {
    return [...this.map.values()].map((e) => ({ message: e.message, count: e.count, where: [...e.where] }));
  }
}

// ---------------------------------------------------------------- sizes

const TEXT_EXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.md', '.xml', '.map', '.webmanifest']);

function compressedSizes(buf, name) {
  const gzip = zlib.gzipSync(buf, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [zlib.constants.BROTLI_PARAM_MODE]: TEXT_EXT.has(path.extname(name).toLowerCase())
        ? zlib.constants.BROTLI_MODE_TEXT
        : zlib.constants.BROTLI_MODE_GENERIC,
    },
  }).length;
  return { raw: buf.length, gzip, brotli };
}

async function measureSizes(dist) {
  const files = await walk(dist);
  const all = new Set(files);
  const rows = [];
  for (const name of files) {
    // Precompressed siblings (scripts/compress.mjs) are the same bytes again: not listed.
    if (/\.(br|gz)$/.test(name) && all.has(name.replace(/\.(br|gz)$/, ''))) continue;
    const buf = await fsp.readFile(path.join(dist, name));
    rows.push({ name, ...compressedSizes(buf, name) });
  }
  return rows;
}

function sum(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

function printSizeTable(rows, firstLoadNames) {
  const nameW = Math.max(20, ...rows.map((r) => r.name.length + 2));
  const line = (name, r, mark = '') =>
    `${padEnd(name + mark, nameW + 2)}${pad(fmtBytes(r.raw), 12)}${pad(fmtBytes(r.gzip), 12)}${pad(fmtBytes(r.brotli), 12)}`;
  console.log(`${padEnd('file', nameW + 2)}${pad('raw', 12)}${pad('gzip -9', 12)}${pad('brotli 11', 12)}`);
  console.log('-'.repeat(nameW + 2 + 36));
  for (const r of rows) console.log(line(r.name, r, firstLoadNames?.has(r.name) ? ' *' : ''));
  console.log('-'.repeat(nameW + 2 + 36));
  console.log(line('total', sum(rows)));
  if (firstLoadNames) console.log(line('first load (*)', sum(rows.filter((r) => firstLoadNames.has(r.name)))));
}

// ---------------------------------------------------------------- serving

/** A copy of `dir` with brotli/gzip siblings, as a host serving precompressed files has it. */
async function stagePrecompressed(dir) {
  const out = await fsp.mkdtemp(path.join(os.tmpdir(), 'staffcheck-bench-'));
  await fsp.cp(dir, out, { recursive: true });
  await compressDir(out);
  return out;
}

// ---------------------------------------------------------------- browser (Playwright)

async function loadPlaywright() {
  try {
    return await import('@playwright/test');
  } catch (err) {
    throw new Error(`cannot import @playwright/test (run 'npm ci' or source scripts/setup.sh): ${err.message}`);
  }
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

function watchErrors(page, errors, where) {
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

/**
 * One cold load: fresh context, cache disabled. `mode`: 'marker' (interactive = data-app=ready),
 * 'fallback' (element exists and #boot gone), 'static' (interactive = content), or 'discover'
 * (wait for the network to settle, then report whether the marker appeared; with `snapshot`,
 * also returns the rendered HTML and the files fetched).
 */
async function coldLoad(browser, url, page0, mode, opts, errors, where) {
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
    if (mode === 'discover') {
      page.on('response', (r) => {
        const name = new URL(r.url()).pathname.replace(/^\/+/, '') || 'index.html';
        encodings[name] = r.headers()['content-encoding'] ?? 'identity';
      });
    }
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

/** Static twin: the rendered DOM without scripts, templates, preloads or wasm references. */
export function staticSnapshot(html) {
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<template\b[^>]*>[\s\S]*?<\/template\s*>/gi, '')
    .replace(/<script type="text\/html"[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?\s*(?:modulepreload|preload)\b[^>]*>/gi, '')
    .replace(/<[^>]*\.wasm\b[^>]*>/gi, '');
  if (!/^\s*<!doctype/i.test(out)) out = `<!DOCTYPE html>\n${out}`;
  return out;
}

/** A directory with dist/'s styles and images and one snapshot page per measured page. */
async function writeStaticTwins(dist, snapshots) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'staffcheck-static-'));
  for (const name of await walk(dist)) {
    // Keep styles and other assets (CSS, images, fonts); drop code and the app shell.
    if (/\.(m?js|wasm)(\.(br|gz))?$/i.test(name) || /^index\.html/.test(name)) continue;
    const dest = path.join(dir, name);
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    await fsp.copyFile(path.join(dist, name), dest);
  }
  for (const [id, html] of Object.entries(snapshots)) await fsp.writeFile(path.join(dir, `static-${id}.html`), staticSnapshot(html));
  await compressDir(dir);
  return dir;
}

// ---------------------------------------------------------------- (2) local cold loads

async function localLoads(browser, appUrl, twinUrl, discovered, opts, errors) {
  const results = [];
  for (const p of opts.timedPages) {
    const d = discovered[p.id];
    const mode = d.marker ? 'marker' : 'fallback';
    const app = appUrl + p.route;
    const stat = `${twinUrl}/static-${p.id}.html`;
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
      route: p.route,
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
      `  ${padEnd(p.route, 18)} app: content ${pad(fmtMs(r.app.content), 7)}, interactive ${pad(fmtMs(r.app.interactive), 7)}   ` +
        `static: ${pad(fmtMs(r.static.content), 7)}   content ${fmtRatio(r.contentRatio)}, interactive ${fmtRatio(r.interactiveRatio)}`,
    );
  }
  return results;
}

// ---------------------------------------------------------------- (3) Lighthouse

async function lighthouseRuns(targets, opts, errors) {
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
    chromeFlags: [...browserArgs(opts), '--headless=new'],
    logLevel: 'silent',
  });
  const out = [];
  try {
    for (const t of targets) {
      const lhrs = [];
      for (let i = 0; i < opts.lhRuns; i++) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: t.categories };
        const res = await lighthouse(t.url, flags, t.formFactor === 'desktop' ? desktopConfig : undefined);
        if (!res?.lhr) throw new Error(`Lighthouse returned nothing for ${t.url}`);
        lhrs.push(res.lhr);
      }
      const row = summariseLhr(t, lhrs, errors);
      out.push(row);
      const cats = Object.entries(row.scores).map(([k, v]) => `${k} ${fmtScore(v)}`).join(', ');
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
  const num = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue).filter((v) => typeof v === 'number'));
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
    scores,
    failedAudits: failed,
    warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings ?? []))],
    benchmarkIndex: median(lhrs.map((l) => l.environment?.benchmarkIndex)),
  };
}

function printLighthouse(lh) {
  const perfRows = PAGES.filter((p) => p.perf).map((p) => ({
    p,
    app: lh.find((r) => r.page === p.id && r.kind === 'app' && r.formFactor === 'mobile'),
    stat: lh.find((r) => r.page === p.id && r.kind === 'static' && r.formFactor === 'mobile'),
  }));
  console.log('\nLighthouse mobile (simulated slow 4G, 4x CPU), app | static snapshot | ratio:');
  console.log(`  ${padEnd('page', 18)}${padEnd('LCP', 30)}${padEnd('TBT', 20)}${padEnd('TTI', 20)}${padEnd('CLS', 14)}perf score`);
  for (const { p, app, stat } of perfRows) {
    if (!app) continue;
    const trio = (a, s, f) => `${f(a)} | ${f(s)}`;
    const lcp = `${trio(app.lcp, stat?.lcp, fmtMs)} | ${fmtRatio(stat ? app.lcp / stat.lcp : null)}`;
    const cls = (v) => (v == null ? '—' : v.toFixed(3));
    console.log(
      `  ${padEnd(p.route.slice(1), 18)}${padEnd(lcp, 30)}${padEnd(trio(app.tbt, stat?.tbt, fmtMs), 20)}${padEnd(trio(app.tti, stat?.tti, fmtMs), 20)}` +
        `${padEnd(trio(app.cls, stat?.cls, cls), 14)}${trio(app.scores.performance, stat?.scores.performance, fmtScore)}`,
    );
  }
  for (const { p, app, stat } of perfRows) {
    for (const r of [app, stat]) {
      if (r?.lcpElement) console.log(`    LCP element, ${padEnd(r.kind, 6)} ${padEnd(p.route.slice(1), 18)} ${r.lcpElement}`);
    }
  }
  console.log('\nLighthouse category scores (app):');
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  console.log(`  ${padEnd('page', 18)}${padEnd('form', 9)}${cats.map((c) => pad(c, 16)).join('')}`);
  for (const r of lh.filter((x) => x.kind === 'app' && x.scores.seo !== undefined)) {
    console.log(`  ${padEnd(r.label, 18)}${padEnd(r.formFactor, 9)}${cats.map((c) => pad(fmtScore(r.scores[c]), 16)).join('')}`);
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

// ---------------------------------------------------------------- (4) keystroke

/** Answers the whole self-check through the UI (Staff-like answers) and returns the stored envelope. */
async function makeAttempt(browser, appUrl, opts, errors) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs);
    watchErrors(page, errors, 'keystroke: taking the self-check');
    await page.goto(`${appUrl}/#/quiz`);
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

async function typeNote(browser, appUrl, envelope, opts, errors, where) {
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
    await page.goto(`${appUrl}/#/quiz`);
    await page.getByTestId('quiz-start').click();
    const details = page.locator('[data-testid="quiz-section"] details.note').first();
    await details.locator('summary').click();
    const area = details.locator('textarea');
    await area.click();
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
    const value = await area.inputValue();
    const stored = await page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, KEY);
    return { times, median: median(times), max: Math.max(...times), typedOk: value === NOTE_TEXT, value, storedChars: stored };
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
    await page.evaluate(keystrokeProbe);
    for (let i = 0; i < NOTE_TEXT.length; i++) {
      const painted = page.evaluate((n) => new Promise((resolve) => {
        const k = window.__keys;
        const tick = () => (k.times.length >= n ? resolve() : k.waiters.push(tick));
        tick();
      }), i + 1);
      await page.keyboard.type(NOTE_TEXT[i]);
      await painted;
    }
    const times = await page.evaluate(() => window.__keys.times);
    return { times, median: median(times), max: Math.max(...times) };
  } finally {
    await context.close();
  }
}

async function keystrokes(browser, appUrl, opts, errors) {
  const one = await makeAttempt(browser, appUrl, opts, errors);
  const out = {};
  const floor = await typeBare(browser);
  out.floor = floor;
  console.log(`  bare <textarea> (the floor: next frame on this machine): median ${floor.median.toFixed(1)} ms, max ${floor.max.toFixed(1)} ms`);
  for (const n of [1, 500]) {
    const env = n === 1 ? { ...one, in_progress: null } : cloneAttempts(one, n);
    const r = await typeNote(browser, appUrl, env, opts, errors, `keystroke, ${n} attempt(s)`);
    out[n] = { attempts: n, ...r };
    console.log(
      `  ${pad(n, 3)} attempt${n === 1 ? ' ' : 's'} stored (${fmtKB(r.storedChars)} of JSON): input-to-paint median ${r.median.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over ${r.times.length} keys` +
        (r.typedOk ? '' : `   WARNING: the note reads ${JSON.stringify(r.value)}`),
    );
  }
  return out;
}

// ---------------------------------------------------------------- serving

/** A self-signed certificate for 127.0.0.1, made for this run (openssl, installed by
 * scripts/setup.sh); the browsers accept it through `browserArgs`. */
function throwawayCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staffcheck-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } catch (err) {
    throw new Error(`cannot make a certificate with openssl (${err.message}); run scripts/setup.sh, or pass --http1`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Chromium's flags: ours, and over HTTPS, accepting this run's certificate. */
function browserArgs(opts) {
  return opts.tls ? [...chromiumArgs, '--ignore-certificate-errors'] : chromiumArgs;
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!fs.existsSync(path.join(opts.dist, 'index.html'))) {
    throw new Error(`${path.relative(process.cwd(), opts.dist) || opts.dist}/index.html not found; build first (scripts/bench does: trunk build --release --offline)`);
  }
  console.log(`staffcheck bench — node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}, dist=${path.relative(process.cwd(), opts.dist) || opts.dist}`);
  console.log(`served over ${opts.http2 ? 'HTTPS with HTTP/2, as real hosts serve (--http1: plain HTTP/1.1)' : 'plain HTTP/1.1 (--http1)'}`);

  const errors = new ErrorLog();
  const sizes = await measureSizes(opts.dist);
  const result = { date: new Date().toISOString(), dist: opts.dist, protocol: opts.http2 ? 'h2' : 'http/1.1', targets: TARGETS, sizes };
  const checks = []; // { name, value, target, ok } ; ok === null: not measured

  let served = null;
  let app = null;
  let twin = null;
  let twinDir = null;
  let browser = null;
  let discovered = {};
  let fetched = null;
  try {
    if (!opts.sizesOnly) {
      const { chromium } = await loadPlaywright();
      if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
      served = await stagePrecompressed(opts.dist);
      opts.tls = opts.http2 ? throwawayCertificate() : null;
      app = await startServer({ dir: served, tls: opts.tls, port: 0 });
      browser = await chromium.launch({ executablePath, args: browserArgs(opts), headless: true });
      result.chromium = browser.version();

      // Discovery (not timed): the rendered page for each snapshot, whether the build sets the
      // data-app marker, and which files a first visit of #/explore fetches.
      const pages = [...new Map([...opts.timedPages, ...PAGES.filter((p) => p.perf)].map((p) => [p.id, p])).values()];
      for (const p of pages) {
        const d = await coldLoad(browser, app.url + p.route, p, 'discover', opts, errors, `discovery ${p.id}`);
        discovered[p.id] = d;
        if (p.id === 'explore' || opts.timedPages[0].id === p.id) {
          fetched = new Set();
          for (const u of d.requests) {
            const url = new URL(u);
            if (url.origin !== app.url) continue;
            let name = decodeURIComponent(url.pathname).replace(/^\/+/, '');
            if (name === '' || name.endsWith('/')) name += 'index.html';
            fetched.add(name);
          }
        }
      }
      twinDir = await writeStaticTwins(opts.dist, Object.fromEntries(Object.entries(discovered).map(([id, d]) => [id, d.html])));
      twin = await startServer({ dir: twinDir, tls: opts.tls, port: 0 });
      result.interactiveMarker = Object.values(discovered).some((d) => d.marker);
      result.encodings = Object.assign({}, ...Object.values(discovered).map((d) => d.encodings));

      console.log(`\n== local cold loads: ${opts.runs} each of app and static snapshot, fresh context, cache disabled, brotli (medians)`);
      console.log(`   interactive = ${result.interactiveMarker ? '<html data-app="ready">' : 'the element exists and #boot is gone (this build sets no data-app marker)'}`);
      result.local = await localLoads(browser, app.url, twin.url, discovered, opts, errors);
    }

    // (1) sizes, printed after discovery so the first-load set is what the browser fetched.
    const firstLoad = fetched
      ? new Set(sizes.filter((r) => fetched.has(r.name)).map((r) => r.name))
      : new Set(sizes.filter((r) => r.name === 'index.html' || /\.(css|m?js|wasm)$/i.test(r.name)).filter((r) => r.name !== 'embed.js').map((r) => r.name));
    console.log(`\n== sizes (bytes; * = first load of #/explore${fetched ? ', as fetched by the browser' : ', estimated: index.html + css/js/wasm'})`);
    printSizeTable(sizes, firstLoad);
    const fl = sum(sizes.filter((r) => firstLoad.has(r.name)));
    result.firstLoad = { files: [...firstLoad], ...fl };
    // Two builds (scripts/postbuild.mjs): the reader build, which a first visit of the measured
    // pages fetches, and the full build, fetched on the other screens or when the reader build
    // hands over. The target is on what a reader downloads: the WebAssembly of the first load.
    const wasmFiles = sizes.filter((r) => r.name.endsWith('.wasm'));
    const firstWasm = wasmFiles.filter((r) => firstLoad.has(r.name));
    const wasm = sum(firstWasm.length ? firstWasm : wasmFiles);
    result.wasm = wasm;
    result.wasmAll = sum(wasmFiles);
    console.log('');
    console.log(`first load:   ${fmtKB(fl.brotli)} brotli, ${fmtKB(fl.gzip)} gzip, ${fmtKB(fl.raw)} raw`);
    console.log(`wasm:         ${fmtKB(wasm.brotli)} brotli, ${fmtKB(wasm.gzip)} gzip, ${fmtKB(wasm.raw)} raw (first load: ${firstWasm.map((r) => r.name).join(', ') || 'all'})`);
    for (const r of wasmFiles.filter((x) => !firstWasm.includes(x))) {
      console.log(`  other wasm: ${fmtKB(r.brotli)} brotli, ${fmtKB(r.raw)} raw (${r.name}: the full build, fetched on the screens the reader build does not carry)`);
    }
    checks.push({ name: 'wasm brotli (first load)', value: fmtKB(wasm.brotli), target: `<= ${fmtKB(TARGETS.wasmBrotli)}`, ok: wasm.brotli <= TARGETS.wasmBrotli });
    const embed = sizes.find((r) => r.name === 'embed.js');
    if (embed) {
      // The loader's budget is on its minified size (embed/size.mjs).
      const min = minifyJs(await fsp.readFile(path.join(opts.dist, 'embed.js'), 'utf8'));
      embed.minified = Buffer.byteLength(min);
      embed.minifiedGzip = zlib.gzipSync(min, { level: 9 }).length;
      console.log(`embed.js:     ${fmtKB(embed.raw)} raw, ${fmtKB(embed.minified)} minified (${fmtKB(embed.minifiedGzip)} gzip), ${fmtKB(embed.brotli)} brotli`);
      checks.push({ name: 'embed.js minified', value: fmtKB(embed.minified), target: `<= ${fmtKB(LOADER_BUDGET)}`, ok: embed.minified <= LOADER_BUDGET });
      result.embed = embed;
    } else {
      console.log('embed.js:     (not built)');
    }
    if (result.encodings) {
      console.log(`served as:    ${Object.entries(result.encodings).map(([f, e]) => `${f} ${e}`).join(', ')}`);
    }

    if (result.local) {
      console.log(`\n== local cold loads (median of ${opts.runs}; Chromium ${result.chromium}, headless)`);
      console.log(`  ${padEnd("page", 18)}${padEnd("content ready", 30)}${padEnd("interactive", 30)}${padEnd("first contentful paint", 22)}`);
      console.log(`  ${padEnd('', 18)}${padEnd('app | static | ratio', 30)}${padEnd('app | vs static content', 30)}${padEnd('app | static', 22)}`);
      for (const r of result.local) {
        console.log(
          `  ${padEnd(r.route.slice(1), 18)}${padEnd(`${fmtMs(r.app.content)} | ${fmtMs(r.static.content)} | ${fmtRatio(r.contentRatio)}`, 30)}` +
            `${padEnd(`${fmtMs(r.app.interactive)} | ${fmtRatio(r.interactiveRatio)}`, 30)}${fmtMs(r.app.fcp)} | ${fmtMs(r.static.fcp)}`,
        );
        checks.push({ name: `local content ready ${r.route.slice(1)}`, value: fmtRatio(r.contentRatio), target: `<= ${TARGETS.readyRatio}x static`, ok: r.contentRatio <= TARGETS.readyRatio });
      }
    }

    // (3) Lighthouse, with Playwright's browser closed (one browser at a time on 2 cores).
    if (!opts.sizesOnly && opts.lighthouse) {
      const targets = [];
      for (const p of PAGES) {
        if (p.perf || p.categories) {
          targets.push({ kind: 'app', page: p.id, label: p.route.slice(1), url: app.url + p.route, formFactor: 'mobile', categories: p.categories ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'] });
        }
        if (p.perf) targets.push({ kind: 'static', page: p.id, label: `static ${p.route.slice(1)}`, url: `${twin.url}/static-${p.id}.html`, formFactor: 'mobile', categories: ['performance'] });
      }
      for (const p of PAGES.filter((x) => x.categories)) {
        targets.push({ kind: 'app', page: p.id, label: p.route.slice(1), url: app.url + p.route, formFactor: 'desktop', categories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      }
      const lhVersion = JSON.parse(await fsp.readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8').catch(() => '{}')).version ?? '';
      console.log(`\n== Lighthouse ${lhVersion}: ${targets.length} runs${opts.lhRuns > 1 ? ` x ${opts.lhRuns} (medians)` : ''}`);
      await browser.close();
      browser = null;
      result.lighthouse = await lighthouseRuns(targets, opts, errors);
      printLighthouse(result.lighthouse);
      for (const p of PAGES.filter((x) => x.lcpTarget)) {
        const a = result.lighthouse.find((r) => r.page === p.id && r.kind === 'app' && r.formFactor === 'mobile');
        const s = result.lighthouse.find((r) => r.page === p.id && r.kind === 'static');
        const ratio = a && s ? a.lcp / s.lcp : null;
        checks.push({ name: `LCP ${p.route.slice(1)} (mobile)`, value: ratio == null ? '—' : `${fmtRatio(ratio)} (${fmtMs(a.lcp)} vs ${fmtMs(s.lcp)})`, target: `<= ${TARGETS.lcpRatio}x static`, ok: ratio == null ? false : ratio <= TARGETS.lcpRatio });
      }
      for (const r of result.lighthouse.filter((x) => x.kind === 'app' && x.formFactor === 'mobile' && PAGES.find((p) => p.id === x.page).perf)) {
        checks.push({ name: `interactive ${r.label} (mobile)`, value: fmtMs(r.tti), target: `<= ${fmtMs(TARGETS.ttiMs)}`, ok: r.tti != null && r.tti <= TARGETS.ttiMs });
      }
      for (const r of result.lighthouse.filter((x) => x.kind === 'app' && x.scores.seo !== undefined)) {
        const low = Object.entries(r.scores).filter(([, v]) => v == null || v < TARGETS.lighthouseScore);
        const min = Math.min(...Object.values(r.scores).map((v) => v ?? 0));
        checks.push({ name: `Lighthouse ${r.label} (${r.formFactor})`, value: `min ${fmtScore(min)}${low.length ? ` (${low.map(([k]) => k).join(', ')})` : ''}`, target: `>= ${TARGETS.lighthouseScore} all four`, ok: low.length === 0 });
      }
    } else {
      checks.push({ name: 'Lighthouse LCP / interactive / scores', value: 'skipped', target: '', ok: null });
    }

    // (4) Keystroke.
    if (!opts.sizesOnly && opts.keystroke) {
      if (!browser) {
        const { chromium } = await loadPlaywright();
        browser = await chromium.launch({ executablePath, args: browserArgs(opts), headless: true });
      }
      console.log(`\n== keystroke: input-to-paint typing ${NOTE_TEXT.length} characters into a self-check note (keydown -> next frame -> task)`);
      try {
        result.keystroke = await keystrokes(browser, app.url, opts, errors);
        const k = result.keystroke[500];
        checks.push({ name: 'keystroke at 500 attempts', value: `median ${k.median.toFixed(1)} ms (max ${k.max.toFixed(1)} ms)`, target: `median <= ${TARGETS.keystrokeMs} ms`, ok: k.median <= TARGETS.keystrokeMs });
      } catch (err) {
        console.log(`  keystroke measurement FAILED: ${err.message.split('\n')[0]}`);
        result.keystrokeError = err.message;
        checks.push({ name: 'keystroke at 500 attempts', value: 'failed', target: `median <= ${TARGETS.keystrokeMs} ms`, ok: false });
      }
    } else {
      checks.push({ name: 'keystroke at 500 attempts', value: 'skipped', target: '', ok: null });
    }
  } finally {
    if (browser) await browser.close();
    if (app) await app.close();
    if (twin) await twin.close();
    for (const d of [served, twinDir]) if (d) await fsp.rm(d, { recursive: true, force: true });
  }

  // (5) Errors and targets.
  result.errors = errors.list();
  if (!opts.sizesOnly) {
    console.log('\n== console errors, HTTP errors, failed requests');
    if (!result.errors.length) console.log('  none');
    for (const e of result.errors) console.log(`  ${e.count}x ${e.message}   [${e.where.slice(0, 3).join('; ')}${e.where.length > 3 ? '; …' : ''}]`);
  }

  result.checks = checks;
  console.log('\n== targets');
  const nameW = Math.max(...checks.map((c) => c.name.length)) + 2;
  const valW = Math.max(...checks.map((c) => c.value.length)) + 2;
  for (const c of checks) {
    console.log(`  ${padEnd(c.name, nameW)}${padEnd(c.value, valW)}${padEnd(c.target, 22)}${c.ok === null ? 'n/a' : c.ok ? 'OK' : 'MISSED'}`);
  }
  result.seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n(bench took ${result.seconds} s)`);
  if (opts.json) {
    await fsp.writeFile(opts.json, JSON.stringify(result, null, 2) + '\n');
    console.log(`wrote ${opts.json}`);
  }
  const missed = checks.filter((c) => c.ok === false);
  if (missed.length) {
    console.log(`targets missed: ${missed.map((c) => c.name).join(', ')}${opts.strict ? '' : ' (report only; pass --strict to fail)'}`);
    if (opts.strict) process.exitCode = 1;
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    console.error(`\nbench: FAILED: ${err.message}`);
    process.exit(1);
  });
}
