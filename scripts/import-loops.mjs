// node scripts/import-loops.mjs [SRC]: module-level import loops in the crate's src/ (default
// src). A module depends on another when it names it as `crate::a::b` (in a `use` or a path),
// through `use crate::{a, b::c}`, or through `use crate::a;` and then `a::b::…`. Prints each loop
// and the module graph's size; exits 1 when there is a loop (scripts/test runs it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const src = process.argv[2] || 'src';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'bin' ? [] : files(p);
    return name.endsWith('.rs') ? [p] : [];
  });
}

// Module name of a file: src/a/b.rs and src/a/b/mod.rs -> a::b; lib.rs and main.rs -> crate.
const mods = new Map();
for (const p of files(src)) {
  const name = relative(src, p).slice(0, -3).split(sep).join('::').replace(/(::)?(mod|lib|main)$/, '');
  mods.set(name || 'crate', readFileSync(p, 'utf8').replace(/\/\/[^\n]*/g, ''));
}

// The longest module that a path names.
function target(path) {
  const parts = path.split('::');
  for (let i = parts.length; i > 0; i--) {
    const cand = parts.slice(0, i).join('::');
    if (mods.has(cand)) return cand;
  }
  return null;
}

const edges = new Map([...mods.keys()].map((m) => [m, new Set()]));
function add(from, path) {
  const to = target(path.trim());
  if (to && to !== from && !from.startsWith(`${to}::`) && !to.startsWith(`${from}::`)) edges.get(from).add(to);
}
for (const [m, text] of mods) {
  for (const hit of text.matchAll(/crate::([a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*)/g)) add(m, hit[1]);
  for (const hit of text.matchAll(/use crate::\{([^}]*)\}/g)) {
    for (const part of hit[1].split(',')) add(m, part.split('::{')[0]);
  }
  for (const hit of text.matchAll(/use crate::([a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*)\s*;/g)) {
    const last = hit[1].split('::').pop();
    for (const sub of text.matchAll(new RegExp(`(?<![:\\w])${last}::([a-z_][a-z0-9_]*)`, 'g'))) add(m, `${hit[1]}::${sub[1]}`);
  }
}

// Strongly connected components (Tarjan).
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const loops = [];
let n = 0;
function strong(v) {
  index.set(v, n);
  low.set(v, n);
  n += 1;
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)) {
    if (!index.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const comp = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1) loops.push(comp.sort());
  }
}
for (const v of [...edges.keys()].sort()) if (!index.has(v)) strong(v);

// The layers of the one-way flow (lib.rs): a module imports only from layers below its own, and
// a page never imports another page. Browser adapters are every top-level module not named here.
const LAYERS = [
  ['content'],
  ['domain'],
  ['route', 'screens'],
  ['state'],
  [], // browser adapters
  ['hooks'],
  ['components'],
  ['pages'],
  ['app', 'prerender', 'crate'],
];
const ADAPTERS = LAYERS.findIndex((l) => l.length === 0);
function layer(m) {
  const top = m.split('::')[0];
  const i = LAYERS.findIndex((l) => l.includes(top));
  return i < 0 ? ADAPTERS : i;
}
const upward = [];
for (const [from, tos] of edges) {
  for (const to of tos) {
    const [a, b] = [layer(from), layer(to)];
    const pageToPage = from.startsWith('pages::') && to.startsWith('pages::');
    if (b > a || (pageToPage && from !== to)) upward.push(`${from} -> ${to}`);
  }
}

for (const c of loops) console.log(`loop of ${c.length} modules: ${c.join(', ')}`);
for (const e of upward.sort()) console.log(`import against the flow: ${e}`);
const count = [...edges.values()].reduce((a, e) => a + e.size, 0);
console.log(`${mods.size} modules, ${count} imports, ${loops.length} loops, ${upward.length} imports against the flow`);
process.exit(loops.length || upward.length ? 1 : 0);
