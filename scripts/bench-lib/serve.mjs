// Serving for the bench: scripts/static-server.mjs (the server `scripts/serve` and the e2e tests
// run) on precompressed copies, over HTTPS with HTTP/2 as real hosts serve (a throwaway
// certificate made with openssl; the browsers are told to accept it), or plain HTTP/1.1.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../static-server.mjs';
import { compressDir } from '../compress.mjs';
import { chromiumArgs } from '../chromium.mjs';

/** A copy of `dir` with brotli/gzip siblings, as a host serving precompressed files has it. */
export async function stagePrecompressed(dir) {
  const out = await fsp.mkdtemp(path.join(os.tmpdir(), 'staffcheck-bench-'));
  await fsp.cp(dir, out, { recursive: true });
  await compressDir(out);
  return out;
}

/** A self-signed certificate for 127.0.0.1, made for this run (openssl, installed by
 * scripts/setup.sh); the browsers accept it through the host's `browserArgs`. */
function throwawayCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staffcheck-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } catch (err) {
    throw new Error(`cannot make a certificate with openssl (${err.message}); run scripts/setup.sh, or pass --http1`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bench's host: `serve(dir)` starts a static server on a free port for a directory this host
 * then owns (`close()` stops every server and removes their directories); `browserArgs` are
 * Chromium's flags, which over HTTPS accept this run's certificate.
 */
export function openHost({ http2 }) {
  const tls = http2 ? throwawayCertificate() : null;
  const served = [];
  return {
    browserArgs: tls ? [...chromiumArgs, '--ignore-certificate-errors'] : chromiumArgs,
    async serve(dir) {
      const entry = { dir, server: null };
      served.push(entry);
      entry.server = await startServer({ dir, tls, port: 0 });
      return entry.server.url;
    },
    async close() {
      for (const e of served) if (e.server) await e.server.close();
      for (const e of served) await fsp.rm(e.dir, { recursive: true, force: true });
    },
  };
}

/** The served file a URL names, relative to the served directory (`/` is `index.html`). */
export function servedFile(url) {
  const name = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  return name === '' || name.endsWith('/') ? `${name}index.html` : name;
}
