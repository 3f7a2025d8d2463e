#!/usr/bin/env node
// Zero-dependency static file server used by `scripts/serve`, the Playwright
// webServer and `scripts/bench.mjs`.
//
//   node scripts/static-server.mjs --dir dist --port 8080 \
//        [--host 127.0.0.1] [--csp "default-src 'self'"] [--cors | --no-cors] [--quiet]
//
// - `/` and any directory URL map to `<dir>/index.html`
// - 404 for anything missing; 403 for paths escaping `--dir`
// - `Cache-Control: no-cache` on every response
// - `Access-Control-Allow-Origin: *` by default (GitHub Pages does the same);
//   `--no-cors` turns it off
// - optional `Content-Security-Policy` header via `--csp`
//
// Can also be imported: `import { startServer } from './static-server.mjs'`.

import http from 'node:http';
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
 * `port: 0` picks a free port.
 */
export async function startServer({ dir, port = 0, host = '127.0.0.1', csp = null, cors = true, quiet = true } = {}) {
  const root = fs.realpathSync(path.resolve(dir));
  if (!fs.statSync(root).isDirectory()) throw new Error(`not a directory: ${root}`);

  const baseHeaders = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (cors) baseHeaders['Access-Control-Allow-Origin'] = '*';
  if (csp) baseHeaders['Content-Security-Policy'] = csp;

  const send = (req, res, status, body, headers = {}) => {
    const buf = Buffer.from(body);
    res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': buf.length, ...headers });
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
      return { status: 404 };
    }
    if (!st.isFile()) return { status: 404 };
    // Refuse symlinks that point outside the root.
    const real = await fsp.realpath(file);
    if (real !== root && !real.startsWith(root + path.sep)) return { status: 403 };
    return { file: real, size: st.size };
  };

  const server = http.createServer(async (req, res) => {
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
      res.writeHead(200, { ...baseHeaders, 'Content-Type': mimeType(found.file), 'Content-Length': found.size });
      if (req.method === 'HEAD') {
        res.end();
        return done(200);
      }
      const stream = fs.createReadStream(found.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      res.on('finish', () => done(200));
    } catch (err) {
      if (!res.headersSent) send(req, res, 500, 'internal error\n');
      else res.destroy();
      console.error(err);
      done(500);
    }
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
  const url = `http://${shownHost}:${actualPort}`;
  return {
    server,
    url,
    port: actualPort,
    root,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
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
