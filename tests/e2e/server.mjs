#!/usr/bin/env node
// A tiny static server for the release bundle, with no dependencies. It serves, on 127.0.0.1 only:
//   /              dist/ (the trunk release build)
//   /fixtures/     tests/fixtures/ (incident files for ?src= tests, host pages for embed tests)
//   /bench/        target/bench/ (the bench's generated synthetic incident)
//   /data/         data/ (the built-in incident's source file, to test loading by ?src=)
//   /faults/       a server failing in every way a loaded incident can fail (faults.mjs)
//   /deep/sub/path/ dist/ again, under a sub-path, as a host or CDN may publish it
//   /nocsp/        dist/ again, WITHOUT the Content-Security-Policy header: for tests of the
//                  widget's own handling of hostile data, with no CSP to catch its mistakes
// Every other response carries the strict Content-Security-Policy the widget must live under,
// plus nosniff; hashed bundle files are cached for a year, everything else is revalidated.
// Files are sent with `Access-Control-Allow-Origin: *`: a script embed on another origin loads
// the module, the wasm, the stylesheet and incident files from here with CORS.
// `startServer({ csp: false })` (or `--no-csp`) drops the CSP header from every response.
// `startServer({ brotli: true })` (or `--brotli`) sends text and wasm files of up to 4 MB
// brotli-compressed (quality 11, as a static host or CDN would) to a client that accepts it;
// the bench uses it, the tests do not.
//
//   node tests/e2e/server.mjs [--port 8080] [--dist dist] [--no-csp] [--brotli] [--demo-port 8081]
// (--port 0 picks a free port). Run so, it also serves the demo host pages (demo-server.mjs) on
// the demo port, a second origin, with the widget embedded from this one.
// or, from another script: `const { url, close } = await startServer({ port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants as Z } from 'node:zlib';
import { resolve, join, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faults } from './faults.mjs';
import { startDemoServer } from './demo-server.mjs';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

// trunk names bundle files `<name>-<16 hex>.<ext>` (and `_bg.wasm`); csp-fix names `loader-<16 hex>.js`.
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.[a-z0-9]+$/;

export function startServer({
  port = 8080,
  host = '127.0.0.1',
  dist = join(ROOT, 'dist'),
  quiet = true,
  csp = true,
  brotli = false,
} = {}) {
  const compressed = new Map(); // file -> { mtime, body }
  const mounts = [
    ['/nocsp/', resolve(dist)],
    ['/deep/sub/path/', resolve(dist)],
    ['/fixtures/', join(ROOT, 'tests', 'fixtures')],
    ['/bench/', join(ROOT, 'target', 'bench')],
    ['/data/', join(ROOT, 'data')],
    ['/', resolve(dist)],
  ];

  const fault = faults(ROOT);
  const server = createServer((req, res) => {
    // The CSP header, unless turned off for the whole server or the path is under /nocsp/.
    let policy = csp ? { 'Content-Security-Policy': CSP } : {};
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, {
        ...policy,
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': type,
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', undefined, { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(400, 'bad request\n');
    if (pathname.startsWith('/faults/')) {
      return fault(req, res, pathname.slice('/faults/'.length), { ...policy, 'X-Content-Type-Options': 'nosniff' });
    }
    if (pathname.startsWith('/nocsp/')) policy = {};
    const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p));
    let file = resolve(dir, '.' + pathname.slice(prefix.length - 1));
    if (file !== dir && !file.startsWith(dir + sep)) return send(403, 'forbidden\n');
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      if (!quiet) console.log(`404 ${req.method} ${req.url}`);
      return send(404, 'not found\n');
    }
    const name = file.split(sep).pop();
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = null;
    if (brotli && st.size <= 4e6 && /^(text\/|application\/(json|wasm|xml|manifest)|image\/svg)/.test(type) &&
        /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      let c = compressed.get(file);
      if (!c || c.mtime !== st.mtimeMs) {
        c = { mtime: st.mtimeMs, body: brotliCompressSync(readFileSync(file), { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }) };
        compressed.set(file, c);
      }
      body = c.body;
    }
    res.writeHead(200, {
      ...policy,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': type,
      'Content-Length': body ? body.length : st.size,
      ...(body ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': st.mtime.toUTCString(),
    });
    if (!quiet) console.log(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    if (body) return res.end(body);
    createReadStream(file).pipe(res);
  });

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
        server,
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opt = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const { url } = await startServer({
    port: Number(opt('--port', process.env.PORT ?? 8080)),
    dist: resolve(opt('--dist', join(ROOT, 'dist'))),
    quiet: !process.argv.includes('--verbose'),
    csp: !process.argv.includes('--no-csp'),
    brotli: process.argv.includes('--brotli'),
  });
  console.log(`serving ${opt('--dist', 'dist')} at ${url} (Ctrl-C stops)`);
  try {
    const port = Number(opt('--demo-port', Number(new URL(url).port) + 1));
    const demo = await startDemoServer({ port, bundle: url });
    console.log(`demo pages (another origin, the widget embedded from ${url}):`);
    console.log(`  news article:  ${demo.url}news.html`);
    console.log(`  support desk:  ${demo.url}support.html`);
  } catch (e) {
    console.log(`demo pages not served (${e.code ?? e.message}): pass --demo-port with a free port`);
  }
}
