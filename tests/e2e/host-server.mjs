// A host page on ANOTHER origin than the bundle (another port of 127.0.0.1), for the script
// embed's tests: it serves pages built by `hostPage()` and the files of
// tests/fixtures/script-embed/, under the strict CSP with the bundle's origin added (the module,
// its wasm and stylesheet, and incident files come from there).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './routes.mjs';

const FILES = join(ROOT, 'tests', 'fixtures', 'script-embed');

export const hostCsp = (bundle) => {
  const origin = new URL(bundle).origin;
  return `default-src 'self' ${origin}; script-src 'self' 'wasm-unsafe-eval' ${origin}; style-src 'self' ${origin}`;
};

/**
 * A host page: an article with `embeds` (HTML of <incident-explainer> elements, or '' for none)
 * between its paragraphs. `heavy` adds heavy.css, `extra` more stylesheets of FILES.
 */
export function hostPage({ bundle, embeds = [], heavy = false, extra = [], lang = 'en', bodyClass = '' }) {
  const sheets = ['host.css', ...(heavy ? ['heavy.css'] : []), ...extra]
    .map((f) => `<link rel="stylesheet" href="/${f}">`)
    .join('\n    ');
  const script = embeds.some((e) => e) ? `<script type="module" src="${bundle}incident-explainer.js"></script>` : '';
  const parts = embeds.map((e, i) => `${e}\n      <p id="after-${i}">The article goes on after embed ${i + 1}.</p>`);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>A host page for the script embed</title>
    ${sheets}
    ${script}
  </head>
  <body class="${bodyClass}">
    <main>
      <h1 id="headline">The outage, explained</h1>
      <p id="lead">A news article with <a id="lead-link" href="/other">a link</a> and the widget in it.</p>
      <div id="box"><span>a div of the host</span></div>
      ${parts.join('\n      ')}
      <ul id="list"><li>one</li><li>two</li></ul>
      <button id="host-button" type="button">A host button</button>
    </main>
  </body>
</html>`;
}

/** Starts the host server; `pages` maps a path to hostPage() options. */
export function startHostServer({ bundle, pages }) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const headers = { 'Content-Security-Policy': hostCsp(bundle), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (pages[path]) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(hostPage({ bundle, ...pages[path] }));
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, headers);
      return res.end();
    }
    const name = path.slice(1);
    if (/^[a-z-]+\.css$/.test(name)) {
      try {
        const body = readFileSync(join(FILES, name));
        res.writeHead(200, { ...headers, 'Content-Type': 'text/css; charset=utf-8' });
        return res.end(body);
      } catch {}
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('not found\n');
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
      }),
    ),
  );
}
