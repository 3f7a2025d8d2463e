#!/usr/bin/env node
// Precompress a built site for static hosts: next to every compressible file (html, js, mjs, css,
// wasm, svg, json, txt, md, xml) larger than MIN_BYTES, write `<file>.br` (brotli quality 11) and
// `<file>.gz` (gzip -9), each only when it is smaller than the original. Servers that honour
// precompressed siblings (scripts/static-server.mjs, Caddy's `precompressed`, nginx's
// `gzip_static` / `brotli_static`, Netlify, Cloudflare) send them with `Content-Encoding`.
//
//   node scripts/compress.mjs dist            (CLI; prints one line per file and a total)
//   import { compressDir } from './compress.mjs';  await compressDir(dir);
//
// Idempotent: never compresses a .br/.gz; keeps a sibling that already decompresses to the
// file's bytes, rewrites a stale one, and removes a stale one that would no longer be smaller.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const unbrotli = promisify(zlib.brotliDecompress);
const gunzip = promisify(zlib.gunzip);

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt', '.md', '.xml']);
/** Below this, compression saves less than a TCP packet's worth and is not worth a file. */
export const MIN_BYTES = 1024;
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.md', '.xml']);

async function walk(dir) {
  const out = [];
  for (const ent of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await walk(full)));
    else if (ent.isFile()) out.push(full);
  }
  return out;
}

function encoders(ext, size) {
  return [
    {
      suffix: '.br',
      undo: unbrotli,
      run: (buf) =>
        brotli(buf, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
            [zlib.constants.BROTLI_PARAM_MODE]: TEXT.has(ext) ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
          },
        }),
    },
    { suffix: '.gz', undo: gunzip, run: (buf) => gzip(buf, { level: 9 }) },
  ];
}

/**
 * Writes `.br` and `.gz` siblings for every compressible file under `dir` (recursively).
 * Resolves to `[{ file, raw, br, gz }]` (paths relative to `dir`; `br`/`gz` are the sibling's
 * size, or null when none was written because it would not be smaller).
 */
export async function compressDir(dir, { minBytes = MIN_BYTES } = {}) {
  const root = path.resolve(dir);
  const results = [];
  for (const file of (await walk(root)).sort()) {
    const ext = path.extname(file).toLowerCase();
    if (!COMPRESSIBLE.has(ext)) continue; // also skips .br / .gz themselves
    const st = await fsp.stat(file);
    if (st.size <= minBytes) continue;
    const buf = await fsp.readFile(file);
    const row = { file: path.relative(root, file).split(path.sep).join('/'), raw: st.size, br: null, gz: null };
    for (const enc of encoders(ext, st.size)) {
      const target = file + enc.suffix;
      const key = enc.suffix.slice(1);
      let existing = null;
      try {
        existing = await fsp.readFile(target);
      } catch {
        // none yet
      }
      if (existing && existing.length < st.size && (await enc.undo(existing).catch(() => null))?.equals(buf)) {
        row[key] = existing.length; // up to date
        continue;
      }
      const out = await enc.run(buf);
      if (out.length < st.size) {
        await fsp.writeFile(target, out);
        row[key] = out.length;
      } else if (existing) {
        await fsp.rm(target, { force: true });
      }
    }
    results.push(row);
  }
  return results;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2];
  if (!dir || process.argv.length > 3 || dir.startsWith('-')) {
    console.error('usage: node scripts/compress.mjs DIR');
    process.exit(2);
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`compress: directory not found: ${path.resolve(dir)}`);
    process.exit(1);
  }
  try {
    const rows = await compressDir(dir);
    let raw = 0;
    let br = 0;
    for (const r of rows) {
      raw += r.raw;
      br += r.br ?? r.raw;
      console.log(`compress: ${r.file}  ${r.raw} -> br ${r.br ?? '-'}, gz ${r.gz ?? '-'}`);
    }
    console.log(`compress: ${rows.length} files, ${raw} bytes -> ${br} bytes brotli`);
  } catch (err) {
    console.error(`compress: FAILED: ${err.message}`);
    process.exit(1);
  }
}
