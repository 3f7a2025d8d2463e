// (1) Sizes: every file of dist/ with raw, gzip -9 and brotli q11 bytes, totals, the first-load
// set (what the browser fetched for the `firstLoad` page), the WebAssembly of each build, and
// embed.js minified (its budget is on that size).

import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { minifyJs } from '../../embed/size.mjs';
import { PAGES, pageLabel } from './pages.mjs';
import { fmtBytes, fmtKB, pad, padEnd, walk } from './util.mjs';

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

/** `[{ name, raw, gzip, brotli }]` for every file of `dist` (precompressed siblings left out). */
export async function measureSizes(dist) {
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
  // The deferred views one by one (views.<mode>.<route>-<hash>.html, scripts/postbuild.mjs): one
  // line, the largest of them, as a page that opens on one fetches one.
  const single = (r) => /^views\.[^/]*-[0-9a-f]{16}\.html$/.test(r.name);
  const singles = rows.filter(single);
  for (const r of rows.filter((x) => !single(x))) console.log(line(r.name, r, firstLoadNames?.has(r.name) ? ' *' : ''));
  if (singles.length) {
    const largest = singles.reduce((a, b) => (b.brotli > a.brotli ? b : a));
    console.log(line(`views.*.html, ${singles.length} files, one view each (largest: ${largest.name})`, largest));
  }
  console.log('-'.repeat(nameW + 2 + 36));
  console.log(line('total', sum(rows)));
  if (firstLoadNames) console.log(line('first load (*)', sum(rows.filter((r) => firstLoadNames.has(r.name)))));
}

/**
 * Prints the sizes section. `fetched`: the files the browser fetched for the first load (null
 * without a browser: estimated as index.html and the css/js/wasm); `encodings`: how each file
 * was served, when known. Returns `{ firstLoad, wasm, wasmAll, embed? }` for the result (the
 * embed.js row of `sizes` gains its minified sizes).
 */
export async function reportSizes(sizes, fetched, encodings, dist) {
  const firstLoad = fetched
    ? new Set(sizes.filter((r) => fetched.has(r.name)).map((r) => r.name))
    : new Set(sizes.filter((r) => r.name === 'index.html' || /\.(css|m?js|wasm)$/i.test(r.name)).filter((r) => r.name !== 'embed.js').map((r) => r.name));
  const firstPage = PAGES.find((p) => p.firstLoad);
  console.log(`\n== sizes (bytes; * = first load of ${pageLabel(firstPage)}${fetched ? ', as fetched by the browser' : ', estimated: index.html + css/js/wasm'})`);
  printSizeTable(sizes, firstLoad);
  const fl = sum(sizes.filter((r) => firstLoad.has(r.name)));
  const out = { firstLoad: { files: [...firstLoad], ...fl } };
  // Two builds (scripts/postbuild.mjs): the reader build, which a first visit of the measured
  // pages fetches, and the full build, fetched on the other screens or when the reader build
  // hands over. The target is on what a reader downloads: the WebAssembly of the first load.
  const wasmFiles = sizes.filter((r) => r.name.endsWith('.wasm'));
  const firstWasm = wasmFiles.filter((r) => firstLoad.has(r.name));
  const wasm = sum(firstWasm.length ? firstWasm : wasmFiles);
  out.wasm = wasm;
  out.wasmAll = sum(wasmFiles);
  console.log('');
  console.log(`first load:   ${fmtKB(fl.brotli)} brotli, ${fmtKB(fl.gzip)} gzip, ${fmtKB(fl.raw)} raw`);
  console.log(`wasm:         ${fmtKB(wasm.brotli)} brotli, ${fmtKB(wasm.gzip)} gzip, ${fmtKB(wasm.raw)} raw (first load: ${firstWasm.map((r) => r.name).join(', ') || 'all'})`);
  for (const r of wasmFiles.filter((x) => !firstWasm.includes(x))) {
    console.log(`  other wasm: ${fmtKB(r.brotli)} brotli, ${fmtKB(r.raw)} raw (${r.name}: the full build, fetched on the screens the reader build does not carry)`);
  }
  const embed = sizes.find((r) => r.name === 'embed.js');
  if (embed) {
    // The loader's budget is on its minified size (embed/size.mjs).
    const min = minifyJs(await fsp.readFile(path.join(dist, 'embed.js'), 'utf8'));
    embed.minified = Buffer.byteLength(min);
    embed.minifiedGzip = zlib.gzipSync(min, { level: 9 }).length;
    console.log(`embed.js:     ${fmtKB(embed.raw)} raw, ${fmtKB(embed.minified)} minified (${fmtKB(embed.minifiedGzip)} gzip), ${fmtKB(embed.brotli)} brotli`);
    out.embed = embed;
  } else {
    console.log('embed.js:     (not built)');
  }
  if (encodings) {
    console.log(`served as:    ${Object.entries(encodings).map(([f, e]) => `${f} ${e}`).join(', ')}`);
  }
  return out;
}
