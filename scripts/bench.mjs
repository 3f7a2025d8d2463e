#!/usr/bin/env node
// staffcheck benchmark: how fast the widget gets to the reader, next to a static page.
//
//   node scripts/bench.mjs [--dist dist] [--runs 7] [--lh-runs 3] [--quick] [--no-lighthouse]
//                          [--no-keystroke] [--sizes-only] [--strict] [--json out.json] [--http1]
//                          [--verdict-runs 3] [--no-verdict] [--verdict-baseline DIR]
//                          [--route /#/explore --selector '[data-testid="explorer-row"]']
//                          [--pages scope,levels-embed] [--lhr-dir DIR]
//
// Normally run through `scripts/bench`, which builds dist/ first. In one run it prints:
//
// (1) Sizes: every file of dist/ with raw, gzip -9 and brotli q11 bytes, totals, the first-load
//     set (what the browser fetched for #/explore) and embed.js (budget: 2 kB minified).
// (2) Local cold loads: N loads each (fresh context, cache disabled) of the timed pages
//     (#/explore, #/explore/scope, ?embed=1#/quiz) and of a static snapshot of each (the app's
//     rendered DOM saved as HTML, scripts and <template>s removed, same CSS); medians of "content
//     ready" (the route's first element exists) and "interactive" (<html data-app="ready">;
//     builds without that marker: the element exists and #boot is gone), as app/static ratios.
// (3) Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU) on the same three pages and
//     their snapshots: LCP, TBT, TTI, CLS, performance score; then the four category scores of
//     #/, #/explore and ?embed=1#/quiz on mobile and desktop.
// (4) Keystroke: input-to-paint per key (keydown in a capture listener -> next frame ->
//     MessageChannel tick) typing 30 characters into a self-check note, with 1 and with 500
//     attempts in localStorage; median and max.
// (5) Finish-to-verdict: the self-check answered by clicking in the reader build under
//     Lighthouse's mobile throttling applied through CDP (slow 4G, 4x CPU), from the click on
//     "Finish" to the verdict heading on screen, and in how many runs a loading placeholder was
//     in the page on the way (--verdict-runs N, default 3, 1 with --quick; --verdict-baseline DIR
//     measures another build's dist/ too, in the same run, for a before and after).
// (6) Console errors, HTTP errors and failed requests seen on the way; then the targets.
//
// dist/ is served by scripts/static-server.mjs from a copy precompressed by
// scripts/compress.mjs, as a real host would send it: brotli, immutable hashed files, over HTTPS
// with HTTP/2 (a throwaway certificate made with openssl; the browsers are told to accept it).
// GitHub Pages, Netlify and Cloudflare Pages all serve HTTP/2: every request of a page shares one
// connection. --http1 serves plain HTTP/1.1 instead (node's http): there
// each request after the first opens a connection of its own, which Lighthouse's simulation
// charges a round trip each, and the app makes more requests than its static snapshot.
// --quick = --no-lighthouse, 3 runs and 1 finish-to-verdict run. --strict exits 1 when a target is missed.
// --pages ID,ID measures only those pages of PAGES (their ids: `home`, `scope-embed`, ...) in
// stages (2) and (3), and checks only their targets. --lhr-dir DIR writes every Lighthouse report
// there in full (DIR/<app|static>-<page id>-<form factor>-<run>.json), for what the summary
// leaves out: the LCP element's phases, the requests, the observed and the simulated metrics.
//
// The stages live in scripts/bench-lib/ (sizes, serve, snapshot, loads, lighthouse, keystroke,
// verdict, report; browser and util are shared). The pages measured, and which stage measures which, are
// one list: PAGES in scripts/bench-lib/pages.mjs (a page more is a line more).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, playwrightChromium } from './bench-lib/browser.mjs';
import { keystrokes } from './bench-lib/keystroke.mjs';
import { lighthouseStage } from './bench-lib/lighthouse.mjs';
import { localLoads, printLocalLoads } from './bench-lib/loads.mjs';
import { PAGES, customPage, selectPages } from './bench-lib/pages.mjs';
import { TARGETS, checks, finish, printErrors, printTargets } from './bench-lib/report.mjs';
import { openHost, stagePrecompressed } from './bench-lib/serve.mjs';
import { measureSizes, reportSizes } from './bench-lib/sizes.mjs';
import { discover, writeStaticTwins } from './bench-lib/snapshot.mjs';
import { ErrorLog } from './bench-lib/util.mjs';
import { finishToVerdict } from './bench-lib/verdict.mjs';

// What other scripts and tests may import from here.
export { TARGETS };
export { staticSnapshot } from './bench-lib/snapshot.mjs';
export { cloneAttempts } from './bench-lib/keystroke.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** This file's opening comment, without the `//`: the --help text. */
function usage() {
  const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  return lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
}

function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'dist'),
    runs: 7,
    lhRuns: 3,
    lighthouse: true,
    keystroke: true,
    verdict: true,
    verdictRuns: 3,
    verdictBaseline: null,
    sizesOnly: false,
    strict: false,
    json: null,
    timeoutMs: 30_000,
    route: null,
    selector: null,
    http2: true,
    pages: PAGES,
    lhrDir: null,
  };
  let runsGiven = false;
  let verdictRunsGiven = false;
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
      case '--no-verdict': opts.verdict = false; break;
      case '--verdict-runs': opts.verdictRuns = Number(next()); verdictRunsGiven = true; break;
      case '--verdict-baseline': opts.verdictBaseline = path.resolve(next()); break;
      case '--route': opts.route = next(); break;
      case '--selector': opts.selector = next(); break;
      case '--sizes-only': opts.sizesOnly = true; break;
      case '--strict': opts.strict = true; break;
      case '--http1': opts.http2 = false; break;
      case '--json': opts.json = path.resolve(next()); break;
      case '--pages': opts.pages = selectPages(next().split(',').filter(Boolean)); break;
      case '--lhr-dir': opts.lhrDir = path.resolve(next()); break;
      case '--timeout': opts.timeoutMs = Number(next()) * 1000; break;
      case '-h':
      case '--help':
        console.log(usage());
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  if (quick) {
    opts.lighthouse = false;
    if (!runsGiven) opts.runs = 3;
    if (!verdictRunsGiven) opts.verdictRuns = 1;
  }
  if (!Number.isInteger(opts.verdictRuns) || opts.verdictRuns < 1) throw new Error('--verdict-runs must be a positive integer');
  if (opts.verdictBaseline && !fs.existsSync(path.join(opts.verdictBaseline, 'index.html'))) {
    throw new Error(`--verdict-baseline: ${opts.verdictBaseline}/index.html not found`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(opts.lhRuns) || opts.lhRuns < 1) throw new Error('--lh-runs must be a positive integer');
  opts.timedPages = opts.route !== null ? [customPage(opts.route, opts.selector)] : opts.pages.filter((p) => p.timed);
  return opts;
}

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
  const result = { date: new Date().toISOString(), dist: opts.dist, protocol: opts.http2 ? 'h2' : 'http/1.1', targets: TARGETS, pages: opts.pages.map((p) => p.id), sizes };

  let host = null;
  let browser = null;
  let fetched = null;
  try {
    let appUrl = null;
    let twinUrl = null;
    if (!opts.sizesOnly) {
      await playwrightChromium();
      host = openHost({ http2: opts.http2 });
      appUrl = await host.serve(await stagePrecompressed(opts.dist));
      browser = await launchBrowser(host.browserArgs);
      result.chromium = browser.version();

      // Discovery (not timed): the rendered page for each snapshot, whether the build sets the
      // data-app marker, and which files a first visit fetches.
      const pages = [...new Map([...opts.timedPages, ...opts.pages.filter((p) => p.perf)].map((p) => [p.id, p])).values()];
      const found = await discover(browser, appUrl, pages, opts, errors);
      fetched = found.fetched;
      twinUrl = await host.serve(await writeStaticTwins(opts.dist, found.discovered));
      result.interactiveMarker = Object.values(found.discovered).some((d) => d.marker);
      result.encodings = Object.assign({}, ...Object.values(found.discovered).map((d) => d.encodings));

      result.local = await localLoads(browser, appUrl, twinUrl, opts.timedPages, found.discovered, result.interactiveMarker, opts, errors);
    }

    // (1) sizes, printed after discovery so the first-load set is what the browser fetched.
    Object.assign(result, await reportSizes(sizes, fetched, result.encodings, opts.dist));
    if (result.local) printLocalLoads(result.local, opts.runs, result.chromium);

    // (3) Lighthouse, with Playwright's browser closed (one browser at a time on 2 cores).
    if (!opts.sizesOnly && opts.lighthouse) {
      await browser.close();
      browser = null;
      result.lighthouse = await lighthouseStage(appUrl, twinUrl, host.browserArgs, opts, errors);
    }

    // (4) Keystroke.
    if (!opts.sizesOnly && opts.keystroke) {
      browser ??= await launchBrowser(host.browserArgs);
      try {
        result.keystroke = await keystrokes(browser, appUrl, opts, errors);
      } catch (err) {
        console.log(`  keystroke measurement FAILED: ${err.message.split('\n')[0]}`);
        result.keystrokeError = err.message;
      }
    }

    // (5) Finish-to-verdict, this build (and the baseline's, when given).
    if (!opts.sizesOnly && opts.verdict) {
      browser ??= await launchBrowser(host.browserArgs);
      const builds = [{ label: 'this build', url: appUrl }];
      if (opts.verdictBaseline) builds.push({ label: 'baseline', url: await host.serve(await stagePrecompressed(opts.verdictBaseline)) });
      try {
        result.verdict = await finishToVerdict(browser, builds, opts.verdictRuns, opts, errors);
      } catch (err) {
        console.log(`  finish-to-verdict measurement FAILED: ${err.message.split('\n')[0]}`);
        result.verdictError = err.message;
      }
    }
  } finally {
    if (browser) await browser.close();
    if (host) await host.close();
  }

  // (6) Errors and targets.
  result.errors = errors.list();
  if (!opts.sizesOnly) printErrors(result.errors);
  result.checks = checks(result, opts.pages);
  printTargets(result.checks);
  result.seconds = Math.round((Date.now() - started) / 1000);
  await finish(result, opts);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    console.error(`\nbench: FAILED: ${err.message}`);
    process.exit(1);
  });
}
