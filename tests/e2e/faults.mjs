// A fault-injecting handler for the test server (tests/e2e/server.mjs mounts it at /faults/):
// every way a server can fail a widget that loads an incident with ?src=. Each path names its
// fault; the body, when there is one, is tests/fixtures/good.json.
//
//   /faults/status/404, /faults/status/500   that status, with a short text body
//   /faults/silent                           headers never come (the widget's timeout ends it)
//   /faults/trickle                          the good file in 8 parts over about 2 s: it finishes
//   /faults/trickle-forever                  a space every 250 ms, never ending
//   /faults/stall                            half the file, then nothing, the connection kept open
//   /faults/truncated                        says the whole length, sends half, closes
//   /faults/html                             200 with an HTML error page
//   /faults/redirect                         302 to /faults/target on http://localhost (another origin)
//   /faults/target                           counts the requests that reach it
//   /faults/hits/target                      that count, as JSON (the test asks it from Node)
//   /faults/huge                             Content-Length of 12 MiB (over the 10 MiB limit)
//   /faults/huge-chunked                     12 MiB of JSON with no length given
//
// Timers are cleared when the client goes away, so an aborted load leaves nothing running.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function faults(root) {
  const good = readFileSync(join(root, 'tests', 'fixtures', 'good.json'));
  const json = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

  const hits = { target: 0 };
  return (req, res, name, headers) => {
    const timers = [];
    const every = (ms, f) => timers.push(setInterval(f, ms));
    req.on('close', () => timers.forEach(clearInterval));
    const head = (status, extra) => res.writeHead(status, { ...headers, ...extra });

    const status = name.match(/^status\/(\d{3})$/);
    if (status) {
      head(Number(status[1]), { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(`fault: status ${status[1]}\n`);
    }
    switch (name) {
      case 'silent':
        return; // neither headers nor body, until the client gives up
      case 'trickle': {
        head(200, json);
        const parts = 8;
        const size = Math.ceil(good.length / parts);
        let i = 0;
        return every(250, () => {
          res.write(good.subarray(i * size, (i + 1) * size));
          i += 1;
          if (i === parts) {
            timers.forEach(clearInterval);
            res.end();
          }
        });
      }
      case 'trickle-forever':
        head(200, json);
        res.write('[');
        return every(250, () => res.write(' '));
      case 'stall':
        head(200, json);
        return res.write(good.subarray(0, good.length >> 1));
      case 'truncated':
        head(200, { ...json, 'Content-Length': good.length });
        // Close a second later, cleanly (FIN): by then the page has the response and is reading
        // its body, so the break comes mid-body even on a loaded machine. Closing at once (or
        // with a reset) can fail the request before the response reaches the page.
        res.write(good.subarray(0, good.length >> 1));
        return timers.push(setTimeout(() => res.socket.end(), 1000));
      case 'html':
        head(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>\n');
      case 'redirect': {
        const port = req.socket.localPort;
        head(302, { Location: `http://localhost:${port}/faults/target` });
        return res.end();
      }
      case 'target':
        hits.target += 1;
        head(200, json);
        return res.end(good);
      case 'hits/target':
        head(200, json);
        return res.end(JSON.stringify(hits.target));
      case 'huge':
        head(200, { ...json, 'Content-Length': 12 * 1024 * 1024 });
        return res.write('{"padding": "');
      case 'huge-chunked': {
        head(200, json);
        const block = Buffer.alloc(256 * 1024, 'x');
        let sent = 0;
        res.write('{"padding": "');
        const more = () => {
          while (sent < 12 * 1024 * 1024) {
            sent += block.length;
            if (!res.write(block)) return res.once('drain', more);
          }
          res.end('"}');
        };
        return more();
      }
      default:
        head(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('no such fault\n');
    }
  };
}
