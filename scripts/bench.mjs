#!/usr/bin/env node
// staffcheck benchmark: bundle sizes + cold-start time vs. a static HTML page.
//
//   node scripts/bench.mjs [--dist dist] [--runs 9] [--route /#/explore]
//                          [--selector '[data-testid="explorer-row"]']
//                          [--sizes-only] [--strict] [--json out.json]
//
// Normally run through `scripts/bench`, which builds dist/ first.
//
// (1) Sizes: every file in dist/ with raw, gzip -9 and brotli q11 bytes, plus
//     totals, the "first load" set (files the browser actually fetched while
//     loading the route) and dist/embed.js if present (budget: 2 kB minified,
//     see embed/size.mjs).
// (2) Startup: N cold loads (fresh browser context, cache disabled) of the app
//     and of a static snapshot of the rendered page; time from navigation start
//     to the first matching element, recorded in-page by a MutationObserver
//     (plus a DOMContentLoaded check). Reports medians and the app/static ratio.
//
// Targets: first load <= 100 kB brotli (1 kB = 1000 bytes); ready <= 1.5x static.
// --strict exits 1 when a target is missed (default: report only).

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from './static-server.mjs';
import { LOADER_BUDGET, minifyJs } from '../embed/size.mjs';
import { chromiumArgs, executablePath } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TARGET_FIRST_LOAD_BR = 100_000; // bytes
const TARGET_RATIO = 1.5;


function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'dist'),
    runs: 9,
    route: '/#/explore',
    selector: '[data-testid="explorer-row"]',
    sizesOnly: false,
    strict: false,
    json: null,
    timeoutMs: 30_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    switch (a) {
      case '--dist': opts.dist = path.resolve(next()); break;
      case '--runs': opts.runs = Number(next()); break;
      case '--route': opts.route = next(); break;
      case '--selector': opts.selector = next(); break;
      case '--sizes-only': opts.sizesOnly = true; break;
      case '--strict': opts.strict = true; break;
      case '--json': opts.json = path.resolve(next()); break;
      case '--timeout': opts.timeoutMs = Number(next()) * 1000; break;
      case '-h':
      case '--help':
        console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 20).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error(`--runs must be a positive integer`);
  if (!opts.route.startsWith('/')) opts.route = '/' + opts.route;
  return opts;
}

// ---------------------------------------------------------------- sizes

async function walk(dir, base = dir) {
  const out = [];
  for (const ent of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await walk(full, base)));
    else if (ent.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

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
  const rows = [];
  for (const name of files) {
    const buf = await fsp.readFile(path.join(dist, name));
    rows.push({ name, ...compressedSizes(buf, name) });
  }
  return rows;
}

const fmtBytes = (n) => n.toLocaleString('en-US');
const fmtKB = (n) => (n < 1000 ? `${n} B` : `${(n / 1000).toFixed(1)} kB`);

function sum(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

function printSizeTable(rows, firstLoadNames) {
  const nameW = Math.max(20, ...rows.map((r) => r.name.length + 2));
  const line = (name, r, mark = '') =>
    `${(name + mark).padEnd(nameW + 2)}${fmtBytes(r.raw).padStart(12)}${fmtBytes(r.gzip).padStart(12)}${fmtBytes(r.brotli).padStart(12)}`;
  console.log(`${'file'.padEnd(nameW + 2)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}${'brotli 11'.padStart(12)}`);
  console.log('-'.repeat(nameW + 2 + 36));
  for (const r of rows) console.log(line(r.name, r, firstLoadNames?.has(r.name) ? ' *' : ''));
  console.log('-'.repeat(nameW + 2 + 36));
  console.log(line('total', sum(rows)));
  if (firstLoadNames) {
    console.log(line('first load (*)', sum(rows.filter((r) => firstLoadNames.has(r.name)))));
  }
}

// ---------------------------------------------------------------- browser

async function loadPlaywright() {
  try {
    return await import('@playwright/test');
  } catch (err) {
    throw new Error(`cannot import @playwright/test (run 'npm ci' or source scripts/setup.sh): ${err.message}`);
  }
}

/** Init script: records performance.now() when `selector` first exists. */
function readyProbe(selector) {
  const b = (window.__bench = { ready: null, via: null, dcl: null });
  const check = (via) => {
    if (b.ready === null && document.querySelector(selector)) {
      b.ready = performance.now();
      b.via = via;
      obs.disconnect();
    }
  };
  const obs = new MutationObserver(() => check('mutation'));
  obs.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.now();
    check('domcontentloaded');
  });
}

async function coldLoad(browser, url, opts, { collectRequests = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // "Failed to load resource" carries no URL; the response handler reports those.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console.error: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
    });
    const requests = [];
    if (collectRequests) {
      page.on('requestfinished', (req) => requests.push(req.url()));
      page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
    }
    await page.addInitScript(readyProbe, opts.selector);
    await page.goto(url, { waitUntil: 'commit', timeout: opts.timeoutMs });
    try {
      await page.locator(opts.selector).first().waitFor({ state: 'attached', timeout: opts.timeoutMs });
    } catch (err) {
      throw new Error(
        `${opts.selector} never appeared at ${url} within ${opts.timeoutMs / 1000}s` +
          (errors.length ? `\n  ${errors.join('\n  ')}` : ' (no page errors logged)'),
      );
    }
    const probe = await page.evaluate(() => window.__bench);
    if (probe.ready === null) {
      // The locator saw it but the observer did not (e.g. probe not installed).
      throw new Error(`readiness probe did not fire at ${url} although ${opts.selector} exists`);
    }
    let html = null;
    if (collectRequests) {
      await page.waitForLoadState('load');
      html = await page.evaluate(() => document.documentElement.outerHTML);
    }
    return { ready: probe.ready, via: probe.via, dcl: probe.dcl, errors, requests, html };
  } finally {
    await context.close();
  }
}

// Static twin: the rendered DOM without scripts, preloads or wasm references.
export function staticSnapshot(html) {
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?\s*(?:modulepreload|preload)\b[^>]*>/gi, '')
    .replace(/<[^>]*\.wasm\b[^>]*>/gi, '');
  if (!/^\s*<!doctype/i.test(out)) out = `<!DOCTYPE html>\n${out}`;
  return out;
}

async function writeStaticTwin(dist, html) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'staffcheck-static-'));
  for (const name of await walk(dist)) {
    // Keep styles and other assets (CSS, images, fonts); drop code and the app shell.
    if (/\.(m?js|wasm)$/i.test(name) || name === 'index.html') continue;
    const dest = path.join(dir, name);
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    await fsp.copyFile(path.join(dist, name), dest);
  }
  await fsp.writeFile(path.join(dir, 'index.html'), staticSnapshot(html));
  return dir;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function startup(opts) {
  const { chromium } = await loadPlaywright();
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);

  const app = await startServer({ dir: opts.dist, port: 0 });
  let twin = null;
  let twinDir = null;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const appUrl = app.url + opts.route;

    // Discovery load (not timed): which files a first visit fetches, plus the snapshot.
    const first = await coldLoad(browser, appUrl, opts, { collectRequests: true });
    const fetched = new Set();
    for (const u of first.requests) {
      const p = new URL(u);
      if (p.origin !== new URL(app.url).origin) continue;
      let name = decodeURIComponent(p.pathname).replace(/^\/+/, '');
      if (name === '' || name.endsWith('/')) name += 'index.html';
      fetched.add(name);
    }
    if (first.errors.length) console.log(`note: page reported errors on first load:\n  ${first.errors.join('\n  ')}`);

    twinDir = await writeStaticTwin(opts.dist, first.html);
    twin = await startServer({ dir: twinDir, port: 0 });
    const twinUrl = twin.url + opts.route;

    // One untimed warm-up each so Chromium's process start-up is not in run 1.
    await coldLoad(browser, twinUrl, opts);
    await coldLoad(browser, appUrl, opts);

    const appTimes = [];
    const staticTimes = [];
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      // Alternate the order so drift affects both equally.
      const order = i % 2 ? ['static', 'app'] : ['app', 'static'];
      const run = {};
      for (const which of order) {
        const r = await coldLoad(browser, which === 'app' ? appUrl : twinUrl, opts);
        run[which] = r;
        (which === 'app' ? appTimes : staticTimes).push(r.ready);
      }
      runs.push({ app: run.app.ready, static: run.static.ready, appVia: run.app.via, staticVia: run.static.via });
      console.log(
        `  run ${String(i + 1).padStart(2)}/${opts.runs}: app ${run.app.ready.toFixed(1).padStart(7)} ms (${run.app.via})` +
          `   static ${run.static.ready.toFixed(1).padStart(7)} ms (${run.static.via})`,
      );
    }
    return {
      browserVersion: browser.version(),
      fetched,
      appUrl,
      twinUrl,
      appTimes,
      staticTimes,
      runs,
    };
  } finally {
    await browser.close();
    await app.close();
    if (twin) await twin.close();
    if (twinDir) await fsp.rm(twinDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.dist, 'index.html'))) {
    throw new Error(`${path.relative(process.cwd(), opts.dist) || opts.dist}/index.html not found; build first (scripts/bench does: trunk build --release --offline)`);
  }
  console.log(`staffcheck bench — node ${process.version}, ${os.cpus().length} CPUs, dist=${path.relative(process.cwd(), opts.dist) || opts.dist}`);

  const sizes = await measureSizes(opts.dist);
  const result = { sizes, targets: { firstLoadBrotli: TARGET_FIRST_LOAD_BR, ratio: TARGET_RATIO } };
  let missed = [];

  let start = null;
  if (!opts.sizesOnly) {
    console.log(`\n== startup: ${opts.runs} cold loads each of app and static twin (${opts.route}, until ${opts.selector} exists)`);
    start = await startup(opts);
  }

  // First-load set: what the browser fetched; without a browser run, index.html + css/js/wasm.
  const firstLoad = start
    ? new Set(sizes.filter((r) => start.fetched.has(r.name)).map((r) => r.name))
    : new Set(sizes.filter((r) => r.name === 'index.html' || /\.(css|m?js|wasm)$/i.test(r.name)).filter((r) => r.name !== 'embed.js').map((r) => r.name));

  console.log(`\n== sizes (bytes; * = first load${start ? ', as fetched by the browser' : ', estimated: index.html + css/js/wasm'})`);
  printSizeTable(sizes, firstLoad);

  const fl = sum(sizes.filter((r) => firstLoad.has(r.name)));
  const embed = sizes.find((r) => r.name === 'embed.js');
  result.firstLoad = { files: [...firstLoad], ...fl };
  console.log('');
  const flOk = fl.brotli <= TARGET_FIRST_LOAD_BR;
  if (!flOk) missed.push('first load brotli');
  console.log(`first load:   ${fmtKB(fl.brotli)} brotli, ${fmtKB(fl.gzip)} gzip, ${fmtKB(fl.raw)} raw   target <= ${fmtKB(TARGET_FIRST_LOAD_BR)} brotli   ${flOk ? 'OK' : 'MISSED'}`);
  if (embed) {
    // The loader's budget is on its minified size (embed/size.mjs).
    const min = minifyJs(await fsp.readFile(path.join(opts.dist, 'embed.js'), 'utf8'));
    embed.minified = Buffer.byteLength(min);
    embed.minifiedGzip = zlib.gzipSync(min, { level: 9 }).length;
    const ok = embed.minified <= LOADER_BUDGET;
    if (!ok) missed.push('embed.js size');
    console.log(`embed.js:     ${fmtKB(embed.raw)} raw, ${fmtKB(embed.minified)} minified (${fmtKB(embed.minifiedGzip)} gzip), ${fmtKB(embed.gzip)} gzip, ${fmtKB(embed.brotli)} brotli   target <= ${fmtKB(LOADER_BUDGET)} minified   ${ok ? 'OK' : 'MISSED'}`);
    result.embed = embed;
  } else {
    console.log('embed.js:     (not built)');
  }

  if (start) {
    const a = median(start.appTimes);
    const s = median(start.staticTimes);
    const ratio = a / s;
    const ok = ratio <= TARGET_RATIO;
    if (!ok) missed.push('ready ratio');
    const range = (xs) => `min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
    console.log(`ready (app):    median ${a.toFixed(1)} ms  (${range(start.appTimes)})   ${start.appUrl}`);
    console.log(`ready (static): median ${s.toFixed(1)} ms  (${range(start.staticTimes)})   ${start.twinUrl}`);
    console.log(`ratio app/static: ${ratio.toFixed(2)}x   target <= ${TARGET_RATIO}x   ${ok ? 'OK' : 'MISSED'}`);
    console.log(`(Chromium ${start.browserVersion}, headless, fresh context + cache disabled per load, ${opts.runs} runs each after 1 warm-up)`);
    result.startup = {
      runs: start.runs,
      medianAppMs: a,
      medianStaticMs: s,
      ratio,
      chromium: start.browserVersion,
    };
  }

  if (opts.json) {
    await fsp.writeFile(opts.json, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nwrote ${opts.json}`);
  }
  if (missed.length) {
    console.log(`\ntargets missed: ${missed.join(', ')}${opts.strict ? '' : ' (report only; pass --strict to fail)'}`);
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
