// The demo host pages (demo/: a news article with the widget embedded, a support desk's deep
// links), served on their OWN origin so that the widget, served by server.mjs on another port,
// is a cross-origin iframe as on a real news site. `{{BUNDLE}}` in a page becomes the bundle's
// URL. The pages carry a strict policy of their own: scripts (and the script embed's wasm) from
// themselves and the bundle, frames and fetches (the incident file) from the bundle, stylesheets
// from the bundle (the script embed's shadow root links one), and no inline style but the iframe
// snippet's exact `style` attribute (by hash), which is how a host with a strict CSP allows it.
//
//   const { url, close } = await startDemoServer({ port: 0, bundle: 'http://127.0.0.1:8080/' })
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve, join, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = resolve(fileURLToPath(new URL('../../demo', import.meta.url)));
// The embed tests' fake frames, on this origin too: a frame of another origin than the widget's.
const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};
/** The `style` attribute of the embed contract's iframe snippet. */
export const SNIPPET_STYLE = 'width:100%;border:0';

export function demoPolicy(bundle) {
  const b = new URL(bundle).origin;
  const style = createHash('sha256').update(SNIPPET_STYLE).digest('base64');
  return (
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${b}; frame-src 'self' ${b}; ` +
    `connect-src 'self' ${b}; style-src 'self' ${b} 'unsafe-hashes' 'sha256-${style}'`
  );
}

export function startDemoServer({ port = 8081, host = '127.0.0.1', bundle }) {
  const policy = demoPolicy(bundle);
  const server = createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': type,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (pathname === '/favicon.ico') return send(204, '');
    if (pathname === '/' || pathname === '/demo') pathname = '/demo/';
    const [prefix, dir] = pathname.startsWith('/fixtures/embed-')
      ? ['/fixtures', FIXTURES]
      : ['/demo', DEMO];
    if (!pathname.startsWith(prefix + '/')) return send(404, 'not found\n');
    let file = resolve(dir, '.' + pathname.slice(prefix.length));
    if (file !== dir && !file.startsWith(dir + sep)) return send(403, 'forbidden\n');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'news.html');
    } catch {
      return send(404, 'not found\n');
    }
    const type = TYPES[extname(file)];
    if (!type) return send(404, 'not found\n');
    let body;
    try {
      body = readFileSync(file, 'utf8');
    } catch {
      return send(404, 'not found\n');
    }
    if (type.startsWith('text/html')) body = body.replaceAll('{{BUNDLE}}', bundle);
    send(200, body, type);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        port: actual,
        url: `http://${host}:${actual}/demo/`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}
