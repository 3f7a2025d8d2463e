#!/usr/bin/env node
// Zero-dependency static file server used by `scripts/serve`, the Playwright
// webServer and the bench (`scripts/bench-lib/serve.mjs`). It serves a built dist/ the way a good static host does:
//
//   node scripts/static-server.mjs --dir dist --port 8080 \
//        [--host 127.0.0.1] [--csp "default-src 'self'"] [--cors | --no-cors] [--quiet]
//
// - `/` and any directory URL map to `<dir>/index.html`; GET, HEAD and OPTIONS
// - 404 for anything missing; 403 for paths escaping `--dir`
// - precompressed siblings (`file.br`, `file.gz`, written by scripts/compress.mjs) are sent when
//   the request's Accept-Encoding allows (brotli preferred), with `Content-Encoding`, the
//   original file's `Content-Type` and `Content-Length`; `Vary: Accept-Encoding` whenever a
//   sibling exists
// - `Cache-Control: public, max-age=31536000, immutable` for content-hashed names (a `-<16 hex>`
//   stem, as Trunk and scripts/postbuild.mjs write them: `staffcheck-<hash>_bg.wasm`,
//   `app-<hash>.css`, `boot-<hash>.js`); `no-cache` for HTML and every other name (index.html,
//   embed.js, favicon.svg), with an `ETag` so revalidation is a 304
// - `/favicon.ico` falls back to `favicon.svg` when the directory has no .ico
// - `Access-Control-Allow-Origin: *` by default (GitHub Pages does the same), so a frame
//   sandboxed without allow-same-origin can fetch the wasm and module scripts; `--no-cors` turns
//   it off
// - optional `Content-Security-Policy` header via `--csp`
//
// Can also be imported: `import { startServer } from './static-server.mjs'`.

import http from 'node:http';
import http2 from 'node:http2';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A content-hashed file name (`name-<16 hex>` before the extension or Trunk's `_bg`). */
export function isHashed(file) {
  return /-[0-9a-f]{16}(?:_bg)?\.[a-z0-9]+$/i.test(path.basename(file));
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Precompressed encodings this server looks for, in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** The q-value the Accept-Encoding header gives `coding` (`*` counts; absent header: identity only). */
export function acceptsEncoding(header, coding) {
  if (!header) return false;
  let star = null;
  for (const part of String(header).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (token === coding || (coding === 'gzip' && token === 'x-gzip')) return q > 0;
    if (token === '*') star = q > 0;
  }
  return star ?? false;
}

function parseArgs(argv) {
  const opts = { dir: 'dist', port: 8080, host: '127.0.0.1', csp: null, cors: true, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`missing value for ${flag}`);
      return argv[++i];
    };
    switch (flag) {
      case '--dir': opts.dir = value(); break;
      case '--port': opts.port = Number(value()); break;
      case '--host': opts.host = value(); break;
      case '--csp': opts.csp = value(); break;
      case '--cors': opts.cors = true; break;
      case '--no-cors': opts.cors = false; break;
      case '--quiet': opts.quiet = true; break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/static-server.mjs --dir DIR --port PORT [--host HOST] [--csp POLICY] [--cors|--no-cors] [--quiet]');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`invalid --port: ${opts.port}`);
  }
  return opts;
}

/**
 * Start a static server. Resolves to `{ server, url, port, close() }` once listening.
 * `port: 0` picks a free port; `tls: { key, cert }` serves HTTPS with HTTP/2.
 */
export async function startServer({ dir, tls = null, port = 0, host = '127.0.0.1', csp = null, cors = true, quiet = true } = {}) {
  const root = fs.realpathSync(path.resolve(dir));
  if (!fs.statSync(root).isDirectory()) throw new Error(`not a directory: ${root}`);

  const baseHeaders = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  const errorHeaders = { 'Cache-Control': 'no-store' };
  if (cors) baseHeaders['Access-Control-Allow-Origin'] = '*';
  if (csp) baseHeaders['Content-Security-Policy'] = csp;

  const send = (req, res, status, body, headers = {}) => {
    const buf = Buffer.from(body);
    res.writeHead(status, { ...baseHeaders, ...errorHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': buf.length, ...headers });
    res.end(req.method === 'HEAD' ? undefined : buf);
  };

  const resolveFile = async (urlPath) => {
    // Returns { file } | { status }
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return { status: 400 };
    }
    if (decoded.includes('\0')) return { status: 400 };
    const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded.replace(/\\/g, '/')));
    if (candidate !== root && !candidate.startsWith(root + path.sep)) return { status: 403 };
    let file = candidate;
    let st;
    try {
      st = await fsp.stat(file);
      if (st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await fsp.stat(file);
      }
    } catch {
      // Browsers may still ask for /favicon.ico; an SVG icon answers it (all current browsers
      // accept image/svg+xml there).
      if (candidate !== path.join(root, 'favicon.ico')) return { status: 404 };
      try {
        file = path.join(root, 'favicon.svg');
        st = await fsp.stat(file);
      } catch {
        return { status: 404 };
      }
    }
    if (!st.isFile()) return { status: 404 };
    // Refuse symlinks that point outside the root.
    const real = await fsp.realpath(file);
    if (real !== root && !real.startsWith(root + path.sep)) return { status: 403 };
    return { file: real, size: st.size, mtimeMs: st.mtimeMs };
  };

  /** The precompressed sibling to send for `found`, if any and the client accepts it. */
  const pickEncoding = async (found, acceptEncoding) => {
    let anySibling = false;
    let chosen = null;
    for (const enc of ENCODINGS) {
      let st;
      try {
        st = await fsp.stat(found.file + enc.suffix);
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      anySibling = true;
      if (!chosen && acceptsEncoding(acceptEncoding, enc.name)) {
        chosen = { encoding: enc.name, file: found.file + enc.suffix, size: st.size, mtimeMs: st.mtimeMs };
      }
    }
    return { anySibling, chosen };
  };

  const handler = async (req, res) => {
    const started = process.hrtime.bigint();
    const done = (status) => {
      if (!quiet) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`${req.method} ${req.url} ${status} ${ms.toFixed(1)}ms`);
      }
    };
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...baseHeaders, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': '*' });
        res.end();
        return done(204);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(req, res, 405, 'method not allowed\n', { Allow: 'GET, HEAD, OPTIONS' });
        return done(405);
      }
      const urlPath = (req.url ?? '/').split('?')[0].split('#')[0];
      const found = await resolveFile(urlPath);
      if (found.status) {
        const text = { 400: 'bad request', 403: 'forbidden', 404: 'not found' }[found.status];
        send(req, res, found.status, `${text}\n`);
        return done(found.status);
      }
      const { anySibling, chosen } = await pickEncoding(found, req.headers['accept-encoding']);
      const body = chosen ?? found;
      const headers = {
        ...baseHeaders,
        'Cache-Control': isHashed(found.file) ? IMMUTABLE : 'no-cache',
        'Content-Type': mimeType(found.file),
        'Content-Length': body.size,
        ETag: `W/"${body.size.toString(16)}-${Math.floor(body.mtimeMs).toString(16)}${chosen ? '-' + chosen.encoding : ''}"`,
        'Last-Modified': new Date(found.mtimeMs).toUTCString(),
      };
      if (chosen) headers['Content-Encoding'] = chosen.encoding;
      if (anySibling) headers.Vary = 'Accept-Encoding';
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim() === headers.ETag || t.trim() === '*')) {
        delete headers['Content-Length'];
        delete headers['Content-Encoding'];
        res.writeHead(304, headers);
        res.end();
        return done(304);
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return done(200);
      }
      const stream = fs.createReadStream(body.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      res.on('finish', () => done(200));
    } catch (err) {
      if (!res.headersSent) send(req, res, 500, 'internal error\n');
      else res.destroy();
      console.error(err);
      done(500);
    }
  };
  // With `tls` ({ key, cert }): HTTPS with HTTP/2, as real hosts serve (one connection for every
  // request); HTTP/1.1 still answers clients that do not speak HTTP/2.
  const server = tls ? http2.createSecureServer({ ...tls, allowHTTP1: true }, handler) : http.createServer(handler);
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${actualPort}`;
  return {
    server,
    url,
    port: actualPort,
    root,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
      for (const session of sessions) session.destroy();
    }),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`static-server: ${err.message}`);
    process.exit(2);
  }
  if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory()) {
    console.error(`static-server: directory not found: ${path.resolve(opts.dir)}`);
    process.exit(1);
  }
  try {
    const { url, close } = await startServer(opts);
    console.log(`serving ${opts.dir} on ${url}`);
    const stop = async () => {
      await close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`static-server: cannot listen on ${opts.host}:${opts.port}: ${err.message}`);
    process.exit(1);
  }
}
