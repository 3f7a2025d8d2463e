// Trunk post_build hook: moves Trunk's inline module <script> (its wasm loader) into a file, so the
// widget runs under a strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`), which
// forbids inline scripts. Runs inside Trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('postbuild: no inline module script found in index.html; Trunk output changed?');
  process.exit(1);
}
const code = match[1].trim() + '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(dir, name), code);
html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
writeFileSync(indexPath, html);
console.log(`postbuild: moved the inline loader to ${name}`);
