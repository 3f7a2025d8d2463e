// The boot script's rules against the app's: every vector that tests/boot_vectors.rs computed with
// the app's own Rust functions, checked against boot/pick.js (loaded as node loads it: without a
// document, it exports its rules). Run: cargo test --test boot_vectors && node --test boot/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.env.BOOT_VECTORS ?? join(ROOT, 'target/boot-vectors.json');
if (!existsSync(file)) {
  throw new Error(`${file} is missing: run cargo test --test boot_vectors first`);
}
const vectors = JSON.parse(readFileSync(file, 'utf8'));
const R = createRequire(import.meta.url)('./pick.js');

/** Checks every vector, and lists every one that fails (not only the first). */
function each(items, name, check) {
  assert.ok(items.length > 0, `no ${name} vectors`);
  const failed = [];
  for (const v of items) {
    try {
      check(v);
    } catch (e) {
      failed.push(`${JSON.stringify(v)}\n    ${e.message.split('\n').join('\n    ')}`);
    }
  }
  assert.equal(failed.length, 0, `${failed.length} of ${items.length} ${name} vectors differ from the app:\n  ${failed.slice(0, 20).join('\n  ')}`);
}

const hex = (c) => (c ? '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('') : null);

test('constants: storage key, placeholders, accent properties', () => {
  for (const [name, value] of Object.entries(vectors.constants)) {
    assert.deepEqual(R[name], value, name);
  }
});

test('the query: embed, theme, accent, origin (parse_query)', () => {
  each(vectors.queries, 'query', (v) => {
    const o = R.query(v.query);
    assert.deepEqual(
      { embed: o.embed, theme: o.theme, accent: hex(o.accent), origin: o.origin },
      { embed: v.embed, theme: v.theme, accent: v.accent, origin: v.origin },
    );
  });
});

test('the host origin, the postMessage target (parse_origin)', () => {
  each(vectors.origins, 'origin', (v) => assert.equal(R.origin(v.origin), v.expected));
});

test('the accent colours on light and dark (accent_tokens)', () => {
  each(vectors.accents, 'accent', (v) => assert.deepEqual(R.tokens(R.rgb(v.accent), v.dark), v.tokens));
});

test("the route's view (Route::recognize, to_path)", () => {
  each(vectors.routes, 'route', (v) => {
    const [key, param, route] = R.view(R.path(v.hash), vectors.keys, () => v.busy);
    assert.deepEqual({ key, param, route }, { key: v.key, param: v.param, route: v.route });
  });
});

test('the views fetched before the page is parsed: the route\'s own view is deferred', () => {
  const deferred = vectors.routes.filter((v) => v.early).map((v) => v.route);
  each(vectors.routes, 'route', (v) => {
    assert.equal(R.early(R.path(v.hash), [...new Set(deferred)]), v.early ? v.route : '', v.hash);
  });
});

test('each deferred view has a file of its own, named beside the file of them all', () => {
  assert.equal(R.viewFile('./views-0123456789abcdef.html', 'embed', '/explore/scope'), './views.embed.explore.scope-0123456789abcdef.html');
  assert.equal(R.viewFile('https://a.example/x/views-0123456789abcdef.html', 'full', '/levels'), 'https://a.example/x/views.full.levels-0123456789abcdef.html');
});

test('the view does not depend on the order of the keys', () => {
  const keys = [...vectors.keys].reverse();
  each(vectors.routes, 'route', (v) => {
    const [key, param] = R.view(R.path(v.hash), keys, () => v.busy);
    assert.deepEqual({ key, param }, { key: v.key, param: v.param });
  });
});

test('what storage holds: a self-check in progress, a case (store::parse, has_case)', () => {
  each(vectors.storage, 'storage', (v) => {
    const [busy, found] = R.stored(v.raw);
    assert.deepEqual({ in_progress: busy, has_case: found }, { in_progress: v.in_progress, has_case: v.has_case });
  });
});
