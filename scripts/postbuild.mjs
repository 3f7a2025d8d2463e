// Trunk post_build hook, run inside Trunk's staging directory (TRUNK_STAGING_DIR). Steps that
// depend on each other, so one hook, in order:
// 1. moves Trunk's inline module <script> (its wasm loader) into a file, so the widget runs under
//    a strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no inline
//    script; a loader that fails tells the page (`staffcheck:failed`, see boot/pick.js);
// 2. joins the stylesheets into one file (one request instead of one per stylesheet; module
//    scripts wait for every stylesheet before them), with its own integrity hash;
// 3. prerenders: runs the native `prerender` binary (the app's own components, src/prerender.rs)
//    and puts its views into index.html's body (inert <script type="text/html"> data blocks), with boot/pick.js, which shows the one for
//    the route before the WebAssembly arrives;
// 4. writes brotli and gzip copies next to every asset (scripts/compress.mjs), for hosts that
//    serve precompressed files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minifyJs } from '../embed/size.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const hash = (text, n = 16) => createHash('sha256').update(text).digest('hex').slice(0, n);
const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

// 1. The loader.
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('postbuild: no inline module script found in index.html; Trunk output changed?');
  process.exit(1);
}
// Static imports stay on top; the rest runs in a try, so a failed download or compile of the
// WebAssembly (network, CSP, a sandboxed frame without CORS) is reported to the page at once.
const lines = match[1].trim().split('\n');
const imports = lines.filter((l) => /^\s*import\s/.test(l));
const rest = lines.filter((l) => !/^\s*import\s/.test(l));
const code =
  imports.join('\n') +
  '\ntry {\n' +
  rest.join('\n') +
  "\n} catch (e) {\n  dispatchEvent(new CustomEvent('staffcheck:failed'));\n  throw e;\n}\n";
const boot = `boot-${hash(code)}.js`;
writeFileSync(join(dir, boot), code);
html = html.replace(inline, `<script type="module" src="./${boot}"></script>`);

// 2. The stylesheets, in document order.
const links = [...html.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => attr(tag, 'rel') === 'stylesheet');
if (links.length > 1) {
  const files = links.map((tag) => (attr(tag, 'href') ?? '').replace(/^\.\//, ''));
  const css = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n') + '\n';
  const name = `app-${hash(css)}.css`;
  writeFileSync(join(dir, name), css);
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  const joined = `<link rel="stylesheet" href="./${name}" integrity="${integrity}" crossorigin="anonymous">`;
  html = html.replace(links[0], joined);
  for (const tag of links.slice(1)) html = html.replace(tag, '');
  for (const f of files) rmSync(join(dir, f));
  console.log(`postbuild: joined ${files.length} stylesheets into ${name}`);
}

console.log(`postbuild: moved the inline loader to ${boot}`);

// 3. Prerendered views. `--offline` like trunk's own cargo call; the dev profile shares its build
//    with the native tests.
const work = mkdtempSync(join(tmpdir(), 'staffcheck-prerender-'));
const views = join(work, 'views.html');
const deferredViews = join(work, 'more-views.html');
try {
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'prerender', '--', views, deferredViews], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
} catch (e) {
  console.error(`postbuild: the prerender binary failed (${e.message})`);
  process.exit(1);
}
const templates = readFileSync(views, 'utf8');
// The dimension pages' views live in a file of their own, fetched when needed (boot/pick.js), so
// index.html stays small enough to arrive in the first round trip.
const deferred = readFileSync(deferredViews, 'utf8');
const more = `views-${hash(deferred)}.html`;
writeFileSync(join(dir, more), deferred);
rmSync(work, { recursive: true, force: true });
const pickCode = minifyJs(readFileSync(join(ROOT, 'boot/pick.js'), 'utf8'));
const pick = `pick-${hash(pickCode)}.js`;
writeFileSync(join(dir, pick), pickCode);
const mount = /<div id=("?)app\1><\/div>/;
if (!mount.test(html)) {
  console.error('postbuild: no <div id="app"></div> in index.html to prerender into');
  process.exit(1);
}
html = html.replace(mount, () => `<div id="app"></div>\n${templates}`);
// The app's loader and its preloads start only after the first paint (boot/pick.js starts them),
// so the page's text never waits for, or shares the connection with, the WebAssembly.
const loaderTag = `<script type="module" src="./${boot}"></script>`;
const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => ['modulepreload', 'preload'].includes(attr(tag, 'rel') ?? ''));
const preloadList = preloads.map((tag) => `${attr(tag, 'href')}|${attr(tag, 'integrity') ?? ''}`).join(' ');
for (const tag of preloads) html = html.replace(tag, '');
if (!html.includes(loaderTag)) {
  console.error('postbuild: the loader <script> is not where it was put');
  process.exit(1);
}
html = html.replace(
  loaderTag,
  `<script defer src="./${pick}" data-loader="./${boot}" data-preload="${preloadList}" data-views="./${more}"></script>`,
);
console.log(`postbuild: prerendered ${(templates.match(/ data-route=/g) ?? []).length} views; ${pick} picks one, then starts ${boot}`);

writeFileSync(indexPath, html);

// 4. Precompressed copies.
const compress = join(ROOT, 'scripts/compress.mjs');
if (existsSync(compress)) {
  const { compressDir } = await import(compress);
  await compressDir(dir);
  console.log('postbuild: wrote .br and .gz copies');
}
