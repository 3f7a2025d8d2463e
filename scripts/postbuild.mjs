// Trunk post_build hook, run inside Trunk's staging directory (TRUNK_STAGING_DIR):
// 1. moves Trunk's inline module <script> (its wasm loader) into a file, so the widget runs under
//    a strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) with no inline script;
// 2. joins the stylesheets into one file (one request instead of one per stylesheet; module
//    scripts wait for every stylesheet before them), with its own integrity hash.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const code = match[1].trim() + '\n';
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

writeFileSync(indexPath, html);
console.log(`postbuild: moved the inline loader to ${boot}`);
