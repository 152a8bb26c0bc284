#!/usr/bin/env node
// A tiny static server for the built site (dist/), with no dependency beyond Node.
//
//   node scripts/serve.mjs [PORT] [--root DIR] [--no-gzip]
//
// PORT comes from the first argument, else $PORT, else 8080; 0 picks a free port. The
// server listens on 127.0.0.1 only and prints `serving <dir> at http://127.0.0.1:<port>/`.
// It is used by the end-to-end tests and by the benchmark (scripts/bench.mjs), which is
// why it gzips like a real host would when the browser says it accepts gzip: the
// benchmark then measures real transfer sizes. Nothing outside the root is ever served
// (no `..`, no symlink escapes, no directory listings).

import { createServer } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
// Types that a host compresses (images and fonts are compressed already).
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** True when the Accept-Encoding header admits gzip (a `q=0` refuses it). */
export function acceptsGzip(header) {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== 'gzip' && name.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Starts the server. Resolves to { server, port, url, root, close() }.
 * options: root (default dist/ beside scripts/), port (0 = random), gzip (default true),
 * host (default 127.0.0.1), log (a function called per request, default none), cors
 * (default true: `Access-Control-Allow-Origin: *`), headers (extra response headers).
 */
export async function startServer(options = {}) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rootGiven = path.resolve(options.root || path.join(here, '..', 'dist'));
  const root = await fs.realpath(rootGiven).catch(() => {
    throw new Error(`nothing to serve: ${rootGiven} does not exist (run trunk build --release first)`);
  });
  const gzip = options.gzip !== false;
  // Tests serve the site as hostile hosts do: without CORS (a sandboxed frame's modules
  // are then refused) and with extra headers (a strict Content-Security-Policy).
  const cors = options.cors !== false;
  const extraHeaders = options.headers || {};
  const host = options.host || '127.0.0.1';
  const log = options.log || null;
  const gzCache = new Map(); // path -> { mtimeMs, size, body }

  async function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return { status: 400 };
    }
    if (decoded.includes('\0')) return { status: 400 };
    // Normalise as a URL path, so `..` can never climb above the root.
    const rel = path.posix.normalize('/' + decoded.replace(/\\/g, '/'));
    if (rel.split('/').includes('..')) return { status: 403 };
    let file = path.join(root, rel);
    let real;
    try {
      real = await fs.realpath(file);
    } catch {
      return { status: 404 };
    }
    if (real !== root && !real.startsWith(root + path.sep)) return { status: 403 };
    let stat = await fs.stat(real);
    if (stat.isDirectory()) {
      // A directory is served through its index.html only, never listed.
      file = path.join(real, 'index.html');
      try {
        real = await fs.realpath(file);
        stat = await fs.stat(real);
      } catch {
        return { status: 404 };
      }
      if (!real.startsWith(root + path.sep) || !stat.isFile()) return { status: 404 };
    }
    if (!stat.isFile()) return { status: 404 };
    return { status: 200, file: real, stat };
  }

  async function handle(req, res) {
    // CORS open like a public static host (GitHub Pages sends the same): the site may be
    // embedded in a sandboxed iframe, whose opaque origin loads the module and wasm
    // cross-origin.
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      ...extraHeaders,
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
      res.end('method not allowed\n');
      return 405;
    }
    const urlPath = (req.url || '/').split('?')[0].split('#')[0];
    const found = await resolveFile(urlPath);
    if (found.status !== 200) {
      const text = { 400: 'bad request', 403: 'forbidden', 404: 'not found' }[found.status];
      res.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text + '\n');
      return found.status;
    }
    const type = contentType(found.file);
    headers['Content-Type'] = type;
    headers['Last-Modified'] = found.stat.mtime.toUTCString();
    let body;
    if (gzip && COMPRESSIBLE.test(type)) {
      headers.Vary = 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        const cached = gzCache.get(found.file);
        if (cached && cached.mtimeMs === found.stat.mtimeMs && cached.size === found.stat.size) {
          body = cached.body;
        } else {
          const raw = await fs.readFile(found.file);
          body = gzipSync(raw, { level: zlibConstants.Z_BEST_COMPRESSION });
          gzCache.set(found.file, { mtimeMs: found.stat.mtimeMs, size: found.stat.size, body });
        }
        headers['Content-Encoding'] = 'gzip';
      }
    }
    if (!body) body = await fs.readFile(found.file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return 200;
  }

  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => log && log(`${status} ${req.method} ${req.url}`),
      (err) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('internal error\n');
        if (log) log(`500 ${req.method} ${req.url} ${err && err.message}`);
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = server.address().port;
  return {
    server,
    port,
    root,
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// Command line use.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = process.env.PORT ?? '8080';
  let root;
  let gzip = true;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--root') root = args[++i];
    else if (a.startsWith('--root=')) root = a.slice(7);
    else if (a === '--port') port = args[++i];
    else if (a.startsWith('--port=')) port = a.slice(7);
    else if (a === '--no-gzip') gzip = false;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/serve.mjs [PORT] [--root DIR] [--no-gzip] [--verbose]\n' +
        'PORT: argument, else $PORT, else 8080; 0 = a free port. Listens on 127.0.0.1.');
      process.exit(0);
    } else if (/^\d+$/.test(a)) port = a;
    else {
      console.error(`serve.mjs: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!/^\d+$/.test(String(port)) || Number(port) > 65535) {
    console.error(`serve.mjs: bad port ${port}`);
    process.exit(2);
  }
  startServer({ root, port: Number(port), gzip, log: verbose ? (l) => console.log(l) : null }).then(
    (s) => {
      console.log(`serving ${s.root} at ${s.url}`);
      const stop = () => s.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err) => {
      console.error(`serve.mjs: ${err.message}`);
      process.exit(1);
    },
  );
}
