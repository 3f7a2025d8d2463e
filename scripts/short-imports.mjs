// Shortens the names a wasm-bindgen build imports from its glue code.
//
// wasm-bindgen names each import after the JS it calls plus a 16-digit hash
// (`__wbg_setAttribute_2dd4a2d1a0a3a5b0`), under the module name `./<name>_bg.js`: about 11 kB of
// the reader build's import section, and the same names again in the glue, where hex digits do
// not compress. Both files name each import once, so each name is replaced in both by a short one
// (`_0`, `_1`, …). The wasm's code refers to imports by index, never by name.
//
// shortImports(wasm: Buffer, js: string) -> { wasm: Buffer, js: string }; it throws if the two do
// not match (a wasm-bindgen whose glue no longer names each import as an object key), so a
// build never ships a pair that cannot link.

const IMPORT_SECTION = 2;

function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

// The end of an import's description (function, table, memory, global or tag).
function skipDescription(buf, at) {
  const kind = buf[at++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readLeb(buf, p);
    if (flags & 1) [, p] = readLeb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(buf, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return readLeb(buf, at + 1)[1];
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

export function shortImports(wasm, js) {
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    if (id !== IMPORT_SECTION) {
      at = body + size;
      continue;
    }
    const renames = new Map();
    const modules = new Map();
    let p = body;
    let count;
    [count, p] = readLeb(wasm, p);
    const entries = [];
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = readLeb(wasm, p);
      const module = wasm.toString('utf8', p, p + len);
      p += len;
      [len, p] = readLeb(wasm, p);
      const field = wasm.toString('utf8', p, p + len);
      p += len;
      const end = skipDescription(wasm, p);
      const description = wasm.subarray(p, end);
      p = end;
      // Only the glue's own module: anything else (none today) keeps its names.
      if (/_bg\.js$/.test(module)) {
        if (!modules.has(module)) modules.set(module, `m${modules.size}`);
        if (!renames.has(field)) renames.set(field, `_${renames.size.toString(36)}`);
        entries.push(Buffer.concat([name(modules.get(module)), name(renames.get(field)), description]));
      } else {
        entries.push(Buffer.concat([name(module), name(field), description]));
      }
    }
    if (p !== body + size) throw new Error('short-imports: the import section did not parse to its end');
    let text = js;
    for (const [module, short] of modules) {
      const quoted = JSON.stringify(module);
      if (text.split(quoted).length !== 2) throw new Error(`short-imports: the glue does not name ${module} once`);
      text = text.replace(quoted, JSON.stringify(short));
    }
    for (const [field, short] of renames) {
      const key = new RegExp(`(^|[^\\w$])${field.replace(/\$/g, '\\$')}(?=: function\\b)`, 'g');
      const found = text.match(key)?.length ?? 0;
      if (found !== 1 || text.split(field).length !== 2) throw new Error(`short-imports: the glue does not name ${field} once`);
      text = text.replace(key, (_, before) => before + short);
    }
    const section = Buffer.concat([leb(count), ...entries]);
    const out = Buffer.concat([wasm.subarray(0, at), Buffer.from([IMPORT_SECTION]), leb(section.length), section, wasm.subarray(body + size)]);
    return { wasm: out, js: text };
  }
  return { wasm, js };
}
