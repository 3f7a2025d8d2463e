// Trunk post_build hook, run inside Trunk's staging directory (TRUNK_STAGING_DIR). Steps that
// depend on each other, so one hook, in order:
// 1. moves Trunk's inline module <script> (its wasm loader) into a file, so the widget runs under
//    a strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no inline
//    script; a loader that fails tells the page (`staffcheck:failed`, see boot/pick.js); the
//    loader takes the WebAssembly compiled ahead of a hand-over when there is one;
// 2. joins the stylesheets into one file (one request instead of one per stylesheet; module
//    scripts wait for every stylesheet before them), with its own integrity hash;
// 3. prerenders: runs the native `prerender` binary (the app's own components, src/prerender.rs)
//    and puts its views into index.html's body (inert <script type="text/html"> data blocks), with boot/pick.js, which shows the one for
//    the route before the WebAssembly arrives;
// 4. builds the reader build (Cargo feature `reader`: the screens src/screens.rs marks
//    `build: Reader` — home, explorer, dimensions, week, levels, the self-check) with
//    cargo, wasm-bindgen and wasm-opt as Trunk builds the full one (same wasm-opt settings, read
//    from index.html's rust link), its glue starting it; both builds get short import names
//    (scripts/short-imports.mjs); boot/pick.js starts the reader build on the routes it
//    carries and the full build on the others, and the reader build hands over to the full one
//    when a visitor goes on to a screen it does not carry (src/boot.rs: hand_off);
// 5. writes brotli and gzip copies next to every asset (scripts/compress.mjs), for hosts that
//    serve precompressed files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minifyJs } from '../embed/size.mjs';
import { shortImports } from './short-imports.mjs';

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
// The WebAssembly compiled ahead of a hand-over from the reader build (boot/pick.js puts the
// promise in window.staffcheckFull while a self-check is under way) is instantiated as it is;
// without one, or when it failed, the file is fetched as on a first visit.
const wasmPath = /module_or_path: (['"][^'"]+['"])/;
const rest = lines.filter((l) => !/^\s*import\s/.test(l)).join('\n');
if (!wasmPath.test(rest)) {
  console.error("postbuild: the inline loader does not pass module_or_path to init; Trunk output changed?");
  process.exit(1);
}
const code =
  imports.join('\n') +
  '\ntry {\n' +
  rest.replace(wasmPath, 'module_or_path: (await self.staffcheckFull?.catch(() => null)) || $1') +
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
// The routes whose views are in that file, so the boot script fetches it at once when the page
// opens on one of them (before the page is parsed), not after.
const moreRoutes = [...new Set([...deferred.matchAll(/ data-route="([^"]*)"/g)].map((m) => m[1]))].join(' ');
// And each of them in a file of its own, named by the boot script's own rule: the page that opens on
// one fetches only its view (a few kB, not the file of them all).
const { viewFile } = createRequire(import.meta.url)('../boot/pick.js');
for (const block of deferred.match(/<script type="text\/html"[^>]*>[\s\S]*?<\/script>/g) ?? []) {
  const [, key, mode] = / data-route="([^"]*)" data-mode="([^"]*)"/.exec(block) ?? [];
  if (!key || !mode) {
    console.error('postbuild: a deferred view without its data-route and data-mode');
    process.exit(1);
  }
  writeFileSync(join(dir, viewFile(more, mode, key)), block);
}
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
// The app's loader and its preloads start only once the route's view has been painted
// (boot/pick.js starts them), so the page's text never waits for, or shares the connection with,
// the WebAssembly.
const loaderTag = `<script type="module" src="./${boot}"></script>`;
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const preloadTags = () =>
  [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => ['modulepreload', 'preload'].includes(attr(tag, 'rel') ?? ''));
// Trunk's build gets short import names too (scripts/short-imports.mjs); its files keep the names
// Trunk gave them and get new integrity values.
{
  const tags = preloadTags();
  const glueTag = tags.find((tag) => /\.js$/.test(attr(tag, 'href') ?? ''));
  const wasmTag = tags.find((tag) => /_bg\.wasm$/.test(attr(tag, 'href') ?? ''));
  if (!glueTag || !wasmTag) {
    console.error("postbuild: Trunk's glue and wasm preloads are not in index.html; Trunk output changed?");
    process.exit(1);
  }
  const file = (tag) => join(dir, (attr(tag, 'href') ?? '').replace(/^\.?\//, ''));
  const short = shortImports(readFileSync(file(wasmTag)), readFileSync(file(glueTag), 'utf8'));
  writeFileSync(file(wasmTag), short.wasm);
  writeFileSync(file(glueTag), short.js);
  for (const [tag, bytes] of [[glueTag, short.js], [wasmTag, short.wasm]]) {
    const integrity = attr(tag, 'integrity');
    if (integrity) html = html.replace(tag, () => tag.replace(integrity, sri(bytes)));
  }
}
const preloads = preloadTags();
const preloadList = preloads.map((tag) => `${attr(tag, 'href')}|${attr(tag, 'integrity') ?? ''}`).join(' ');
for (const tag of preloads) html = html.replace(tag, '');
if (!html.includes(loaderTag)) {
  console.error('postbuild: the loader <script> is not where it was put');
  process.exit(1);
}
// fetchpriority=high: the boot script puts the route's view on screen, so it is fetched with the
// stylesheet; at its default (low, for an async script) Chrome sends the request only from inside
// the first parse task, after the stylesheet's, and the text and the app wait for it (Lighthouse
// mobile, simulated: about 0.1 s off LCP and off interactive).
html = html.replace(
  loaderTag,
  `<script async fetchpriority=high src="./${pick}" data-loader="./${boot}" data-preload="${preloadList}" data-views="./${more}" data-views-routes="${moreRoutes}"></script>`,
);
console.log(`postbuild: prerendered ${(templates.match(/ data-route=/g) ?? []).length} views; ${pick} picks one, then starts ${boot}`);

// 4. The reader build.
const release = process.env.TRUNK_PROFILE === 'release';
const readerTarget = join(ROOT, 'target', 'reader');
const cargoArgs = ['build', '--quiet', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'staffcheck'];
cargoArgs.push('--features', 'reader', '--target-dir', readerTarget, ...(release ? ['--release'] : []));
const readerWork = mkdtempSync(join(tmpdir(), 'staffcheck-reader-'));
try {
  execFileSync('cargo', cargoArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const built = join(readerTarget, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'staffcheck.wasm');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', readerWork, '--out-name', 'reader', built], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Short import names in the wasm and its glue, as for Trunk's build above.
  const glueFile = join(readerWork, 'reader.js');
  const bgFile = join(readerWork, 'reader_bg.wasm');
  const short = shortImports(readFileSync(bgFile), readFileSync(glueFile, 'utf8'));
  writeFileSync(bgFile, short.wasm);
  writeFileSync(glueFile, short.js);
  if (release) {
    // The same wasm-opt settings as Trunk's build of the full app (index.html's rust link).
    const source = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const rust = [...source.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'rel') === 'rust');
    const level = rust && attr(rust, 'data-wasm-opt');
    const params = ((rust && attr(rust, 'data-wasm-opt-params')) ?? '').split(/\s+/).filter(Boolean);
    if (level) {
      const wasmFile = join(readerWork, 'reader_bg.wasm');
      execFileSync('wasm-opt', [`-O${level}`, ...params, wasmFile, '-o', wasmFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    }
  }
} catch (e) {
  console.error(`postbuild: the reader build failed (${e.message})`);
  process.exit(1);
}
const readerWasm = readFileSync(join(readerWork, 'reader_bg.wasm'));
const glueCode = readFileSync(join(readerWork, 'reader.js'), 'utf8');
rmSync(readerWork, { recursive: true, force: true });
const readerHash = createHash('sha256').update(glueCode).update(readerWasm).digest('hex').slice(0, 16);
const readerGlue = `reader-${readerHash}.js`;
const readerBin = `reader-${readerHash}_bg.wasm`;
// The glue starts the reader build itself (no loader module of its own: one request fewer on the
// way to the wasm, and none that shares the connection with it), and says so when it cannot.
const exported = 'export { initSync, __wbg_init as default };';
if (!glueCode.includes(exported)) {
  console.error("postbuild: the reader build's glue does not export __wbg_init; wasm-bindgen output changed?");
  process.exit(1);
}
const readerJs = Buffer.from(
  `${glueCode}\ntry {\n  await __wbg_init({ module_or_path: './${readerBin}' });\n} catch (e) {\n` +
    "  dispatchEvent(new CustomEvent('staffcheck:failed'));\n  throw e;\n}\n",
);
writeFileSync(join(dir, readerGlue), readerJs);
writeFileSync(join(dir, readerBin), readerWasm);
// The boot script preloads only the wasm: the glue is fetched with the page (below).
const readerPreload = `./${readerBin}|${sri(readerWasm)}`;
html = html.replace(' data-loader="', () => ` data-reader-loader="./${readerGlue}" data-reader-preload="${readerPreload}" data-loader="`);
// The reader build's glue is fetched with the page, so the wasm (requested by the boot script once
// the view has been painted) does not share the connection with it: Lighthouse mobile, simulated, puts the
// app's start about 0.1 s earlier, and the text about 0.03 s later. A first visit of a screen
// only the full build carries fetches these 6 kB for nothing.
const pickTag = html.match(/<script async fetchpriority=high src="[^"]*pick-[^>]*><\/script>/);
if (!pickTag) {
  console.error('postbuild: the boot script tag is not in index.html');
  process.exit(1);
}
html = html.replace(
  pickTag[0],
  () => `${pickTag[0]}<link rel="modulepreload" href="./${readerGlue}" integrity="${sri(readerJs)}" crossorigin="anonymous">`,
);
console.log(`postbuild: reader build ${readerBin} (${readerWasm.length} bytes), started by its glue ${readerGlue}`);

writeFileSync(indexPath, html);

// 5. Precompressed copies.
const compress = join(ROOT, 'scripts/compress.mjs');
if (existsSync(compress)) {
  const { compressDir } = await import(compress);
  await compressDir(dir);
  console.log('postbuild: wrote .br and .gz copies');
}
