#!/usr/bin/env node
// Content before code (issue 15): the page's own files first, the widget's code after the first
// paint. Run by trunk as a post_build hook after csp-fix.mjs (Trunk.toml), on index.html:
//
// 1. The stylesheets trunk links one by one become one file, `styles-<hash>.css`, their rules in
//    the same order (one request instead of nine on a phone's slow network; the cascade is
//    unchanged). The file sits where the first of them was.
// 2. trunk's `modulepreload` of the JS glue and `preload` of the wasm go: they would start about
//    300 kB of code downloading beside the page's stylesheet and hold up its first paint.
// 3. The wasm loader (csp-fix.mjs moved it to `loader-<hash>.js`) waits for that first paint
//    (the first largest-contentful-paint entry, else a frame and a task; at most 1 s, and not at
//    all in a hidden page: a phone's network then carries the page's own content first, and a
//    lab's simulated load does not count the code into the largest paint), then asks for the
//    built-in incident file (the `<link rel="alternate" data-incident>` in the page; also when
//    another incident is loaded by `?src=`, since it is shown if that one fails), the wasm and
//    its JS glue side by side.
//
// Every file it writes carries a sha384 `integrity` that `csp-fix.mjs --check` verifies.
//   node scripts/content-first.mjs [DIR]     (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const publicUrl = process.env.TRUNK_PUBLIC_URL || './';
const sha384 = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
const named = (stem, ext, text) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
const local = (href) => (href.startsWith(publicUrl) ? href.slice(publicUrl.length) : href.replace(/^\.?\//, ''));

function fail(why) {
  console.error(`content-first: ${why}`);
  process.exit(1);
}

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

// 1. One stylesheet.
const SHEET = /[ \t]*<link\b(?=[^>]*\brel="stylesheet")[^>]*>\n?/g;
const sheets = [...html.matchAll(SHEET)].map((m) => ({ tag: m[0], href: /\shref="([^"]+)"/.exec(m[0])?.[1] }));
if (sheets.length === 0 || sheets.some((s) => !s.href || /^[a-z]+:|^\/\//i.test(s.href))) {
  fail('expected the page to link its own stylesheets');
}
if (sheets.length > 1) {
  const css = sheets.map((s) => `/* ${local(s.href).replace(/-[0-9a-f]{16}\.css$/, '.css')} */\n` + readFileSync(join(dir, local(s.href)), 'utf8').trimEnd() + '\n').join('');
  const file = named('styles', 'css', css);
  writeFileSync(join(dir, file), css);
  let first = true;
  html = html.replace(SHEET, (tag) => {
    if (!first) return '';
    first = false;
    const indent = /^[ \t]*/.exec(tag)[0];
    return `${indent}<link rel="stylesheet" href="${publicUrl}${file}" integrity="${sha384(css)}"/>\n`;
  });
  for (const s of sheets) unlinkSync(join(dir, local(s.href)));
  console.log(`content-first: ${sheets.length} stylesheets are one, ${file} (${css.length} bytes)`);
}

// 2. No preload of the code.
const before = html.length;
html = html.replace(/[ \t]*<link\b(?=[^>]*\brel="modulepreload")[^>]*>\n?/g, '');
html = html.replace(/[ \t]*<link\b(?=[^>]*\brel="preload")(?=[^>]*\.wasm")[^>]*>\n?/g, '');
if (html.length === before) fail("found no preload of trunk's code to drop");

// 3. The loader: after the first paint.
const LOADER = /<script type="module" src="([^"]*loader-[0-9a-f]{16}\.js)" integrity="[^"]+"><\/script>/;
const tag = LOADER.exec(html);
if (!tag) fail("found no module loader (csp-fix.mjs writes it; it must run first)");
const old = readFileSync(join(dir, local(tag[1])), 'utf8');
const IMPORT = /^import init, \* as bindings from ('[^']+');\n/;
if (!IMPORT.test(old)) fail(`the loader does not start as trunk 0.21 writes it: ${old.slice(0, 80)}`);
const WASM = /module_or_path: new URL\(('[^']+\.wasm')\s*,\s*import\.meta\.url\)/;
const wasm = WASM.exec(old);
if (!wasm) fail(`the loader does not name the wasm as csp-fix.mjs writes it: ${old.slice(0, 200)}`);
const code =
  `// Written by scripts/content-first.mjs from trunk's loader: after the page's first paint, the
// incident file and the code, side by side.
// The first paint is the browser's first largest-contentful-paint entry where it reports one
// (a frame and a task elsewhere); at most a second; at once in a hidden page, which paints nothing.
await new Promise((go) => {
  if (document.visibilityState === 'hidden') return go();
  setTimeout(go, 1000);
  if ((PerformanceObserver.supportedEntryTypes || []).includes('largest-contentful-paint')) {
    new PerformanceObserver((list, seen) => {
      seen.disconnect();
      setTimeout(go, 0);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go, 0));
  }
});
{
  // Also beside another incident (?src=): it is what the widget shows if that one fails.
  const data = document.querySelector('link[data-incident]');
  if (data) {
    const preload = document.createElement('link');
    preload.rel = 'preload';
    preload.as = 'fetch';
    preload.crossOrigin = 'anonymous';
    preload.href = data.href;
    document.head.append(preload);
  }
}
` + old.replace(IMPORT, (_, from) =>
    // The wasm is asked for before the glue's import, not by the glue once it has run: the two
    // come side by side, and the glue's init takes the response when it is ready.
    `const wasmResponse = fetch(new URL(${wasm[1]}, import.meta.url));\nconst bindings = await import(${from});\nconst init = bindings.default;\n`,
  ).replace(WASM, 'module_or_path: wasmResponse');
const file = named('loader', 'js', code);
writeFileSync(join(dir, file), code);
unlinkSync(join(dir, local(tag[1])));
html = html.replace(tag[0], `<script type="module" src="${publicUrl}${file}" integrity="${sha384(code)}"></script>`);
writeFileSync(page, html);
console.log(`content-first: index.html: code preloads dropped; ${file} waits for the first paint`);
