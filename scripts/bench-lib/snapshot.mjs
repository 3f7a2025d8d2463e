// Static snapshots: each measured page's rendered DOM saved as plain HTML (no scripts, no
// prerendered views of other routes, no preloads or wasm), served with dist/'s CSS and images,
// so each page can be compared with a static page showing the same thing.

import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compressDir } from '../compress.mjs';
import { coldLoad } from './browser.mjs';
import { pagePath } from './pages.mjs';
import { servedFile } from './serve.mjs';
import { walk } from './util.mjs';

/** The snapshot's file name in the snapshots' directory. */
export const snapshotFile = (p) => `static-${p.id}.html`;

/**
 * Discovery (not timed): loads each page once and returns, by page id, its rendered HTML and
 * whether the build sets the data-app marker; and the files a first visit fetched (of the
 * `firstLoad` page, or else of the first timed page: a `--route`, or one `--pages` kept).
 */
export async function discover(browser, appUrl, pages, opts, errors) {
  const discovered = {};
  let fetched = null;
  for (const p of pages) {
    const d = await coldLoad(browser, appUrl + pagePath(p), p, 'discover', opts, errors, `discovery ${p.id}`);
    discovered[p.id] = d;
    if (p.firstLoad || opts.timedPages[0]?.id === p.id) {
      fetched = new Set(d.requests.filter((u) => new URL(u).origin === appUrl).map(servedFile));
    }
  }
  return { discovered, fetched };
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

/** A directory with dist/'s styles and images and the snapshot of each discovered page,
 * precompressed like the app's copy. */
export async function writeStaticTwins(dist, discovered) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'staffcheck-static-'));
  for (const name of await walk(dist)) {
    // Keep styles and other assets (CSS, images, fonts); drop code and the app shell.
    if (/\.(m?js|wasm)(\.(br|gz))?$/i.test(name) || /^index\.html/.test(name)) continue;
    const dest = path.join(dir, name);
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    await fsp.copyFile(path.join(dist, name), dest);
  }
  for (const [id, d] of Object.entries(discovered)) await fsp.writeFile(path.join(dir, snapshotFile({ id })), staticSnapshot(d.html));
  await compressDir(dir);
  return dir;
}
