// (6) The report: console errors, HTTP errors and failed requests seen on the way; the targets,
// checked against the figures of the run; the --json file.

import fsp from 'node:fs/promises';
import { LOADER_BUDGET } from '../../embed/size.mjs';
import { mobileRow } from './lighthouse.mjs';
import { PAGES, pageLabel } from './pages.mjs';
import { fmtKB, fmtMs, fmtRatio, fmtScore, padEnd } from './util.mjs';

export const TARGETS = {
  lcpRatio: 1.3, // Lighthouse mobile LCP, app / static snapshot: the `lcpTarget` pages
  ttiMs: 2000, // Lighthouse mobile "interactive", every app page measured
  readyRatio: 1.2, // local content ready, app / static snapshot
  wasmBrotli: 150_000, // bytes, the .wasm a first visit of the `firstLoad` page fetches
  lighthouseScore: 0.95, // every category, mobile and desktop
  keystrokeMs: 16, // median input-to-paint at 500 attempts
  verdictPlaceholders: 0, // finish-to-verdict runs of this build with a loading placeholder on the way
};

/** ` (round by round: +21, -4 ms)`: how far apart two pages' runs of the same rounds were (the
 * medians compared can differ by less than one round's spread); empty with fewer than 2 rounds. */
function roundByRound(a = [], b = []) {
  const diffs = a.map((v, i) => (v != null && b[i] != null ? Math.round(v - b[i]) : null)).filter((d) => d != null);
  if (diffs.length < 2) return '';
  return ` (round by round: ${diffs.map((d) => (d > 0 ? `+${d}` : `${d}`)).join(', ')} ms)`;
}

/** The targets as `{ name, value, target, ok }` from the run's result (`ok === null`: not
 * measured); the Lighthouse targets of `pages` (the pages measured). */
export function checks(result, pages = PAGES) {
  const out = [];
  const { wasm, embed } = result;
  out.push({ name: 'wasm brotli (first load)', value: fmtKB(wasm.brotli), target: `<= ${fmtKB(TARGETS.wasmBrotli)}`, ok: wasm.brotli <= TARGETS.wasmBrotli });
  if (embed) out.push({ name: 'embed.js minified', value: fmtKB(embed.minified), target: `<= ${fmtKB(LOADER_BUDGET)}`, ok: embed.minified <= LOADER_BUDGET });
  for (const r of result.local ?? []) {
    out.push({ name: `local content ready ${r.route.slice(1)}`, value: fmtRatio(r.contentRatio), target: `<= ${TARGETS.readyRatio}x static`, ok: r.contentRatio <= TARGETS.readyRatio });
  }
  const lh = result.lighthouse;
  if (lh) {
    for (const p of pages.filter((x) => x.lcpTarget)) {
      const a = mobileRow(lh, p.id, 'app');
      const s = mobileRow(lh, p.id, 'static');
      const ratio = a && s ? a.lcp / s.lcp : null;
      out.push({ name: `LCP ${pageLabel(p)} (mobile)`, value: ratio == null ? '—' : `${fmtRatio(ratio)} (${fmtMs(a.lcp)} vs ${fmtMs(s.lcp)})`, target: `<= ${TARGETS.lcpRatio}x static`, ok: ratio == null ? false : ratio <= TARGETS.lcpRatio });
    }
    for (const p of pages.filter((x) => x.noWorseThan)) {
      const a = mobileRow(lh, p.id, 'app');
      const b = mobileRow(lh, p.noWorseThan, 'app');
      if (!a || !b) continue;
      for (const [what, key] of [['LCP', 'lcp'], ['interactive', 'tti']]) {
        out.push({ name: `${what} ${pageLabel(p)} vs ${b.label} (mobile)`, value: `${fmtMs(a[key])} vs ${fmtMs(b[key])}${roundByRound(a.runs?.[key], b.runs?.[key])}`, target: 'no worse', ok: a[key] != null && b[key] != null && a[key] <= b[key] });
      }
    }
    for (const r of lh.filter((x) => x.kind === 'app' && x.formFactor === 'mobile' && PAGES.find((p) => p.id === x.page).perf)) {
      out.push({ name: `interactive ${r.label} (mobile)`, value: fmtMs(r.tti), target: `<= ${fmtMs(TARGETS.ttiMs)}`, ok: r.tti != null && r.tti <= TARGETS.ttiMs });
    }
    for (const r of lh.filter((x) => x.kind === 'app' && x.scores.seo !== undefined)) {
      const low = Object.entries(r.scores).filter(([, v]) => v == null || v < TARGETS.lighthouseScore);
      const min = Math.min(...Object.values(r.scores).map((v) => v ?? 0));
      out.push({ name: `Lighthouse ${r.label} (${r.formFactor})`, value: `min ${fmtScore(min)}${low.length ? ` (${low.map(([k]) => k).join(', ')})` : ''}`, target: `>= ${TARGETS.lighthouseScore} all four`, ok: low.length === 0 });
    }
  } else {
    out.push({ name: 'Lighthouse LCP / interactive / scores', value: 'skipped', target: '', ok: null });
  }
  const keystroke = 'keystroke at 500 attempts';
  if (result.keystroke) {
    const k = result.keystroke[500];
    out.push({ name: keystroke, value: `median ${k.median.toFixed(1)} ms (max ${k.max.toFixed(1)} ms)`, target: `median <= ${TARGETS.keystrokeMs} ms`, ok: k.median <= TARGETS.keystrokeMs });
  } else if (result.keystrokeError !== undefined) {
    out.push({ name: keystroke, value: 'failed', target: `median <= ${TARGETS.keystrokeMs} ms`, ok: false });
  } else {
    out.push({ name: keystroke, value: 'skipped', target: '', ok: null });
  }
  const verdict = 'placeholder after Finish (throttled)';
  const v = result.verdict?.['this build'];
  if (v) {
    out.push({ name: verdict, value: `${v.placeholder} of ${v.runs.length} runs (${fmtMs(v.median)} to the verdict)`, target: `${TARGETS.verdictPlaceholders} runs`, ok: v.placeholder <= TARGETS.verdictPlaceholders });
  } else if (result.verdictError !== undefined) {
    out.push({ name: verdict, value: 'failed', target: `${TARGETS.verdictPlaceholders} runs`, ok: false });
  } else {
    out.push({ name: verdict, value: 'skipped', target: '', ok: null });
  }
  return out;
}

export function printErrors(errors) {
  console.log('\n== console errors, HTTP errors, failed requests');
  if (!errors.length) console.log('  none');
  for (const e of errors) console.log(`  ${e.count}x ${e.message}   [${e.where.slice(0, 3).join('; ')}${e.where.length > 3 ? '; …' : ''}]`);
}

export function printTargets(list) {
  console.log('\n== targets');
  const nameW = Math.max(...list.map((c) => c.name.length)) + 2;
  const valW = Math.max(...list.map((c) => c.value.length)) + 2;
  for (const c of list) {
    console.log(`  ${padEnd(c.name, nameW)}${padEnd(c.value, valW)}${padEnd(c.target, 22)}${c.ok === null ? 'n/a' : c.ok ? 'OK' : 'MISSED'}`);
  }
}

/** Writes the JSON file, and says which targets were missed (exit code 1 with --strict). */
export async function finish(result, opts) {
  console.log(`\n(bench took ${result.seconds} s)`);
  if (opts.json) {
    await fsp.writeFile(opts.json, JSON.stringify(result, null, 2) + '\n');
    console.log(`wrote ${opts.json}`);
  }
  const missed = result.checks.filter((c) => c.ok === false);
  if (missed.length) {
    console.log(`targets missed: ${missed.map((c) => c.name).join(', ')}${opts.strict ? '' : ' (report only; pass --strict to fail)'}`);
    if (opts.strict) process.exitCode = 1;
  }
}
