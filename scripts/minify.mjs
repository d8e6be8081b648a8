#!/usr/bin/env node
// Minifies the scripts and the stylesheet the page loads, with esbuild: the wasm's JS glue, the
// loader, boot.js and the one stylesheet content-first.mjs makes. Their comments and white
// space were about a fifth of what the default page loads besides the wasm, the incident file
// and the HTML (7.8 kB brotli, most of it the stylesheet's comments).
//
// A file keeps its name: the hash in it is trunk's (or content-first's) of the unminified text,
// from which the minified text follows, so it still changes exactly when the content does.
// Every `integrity` naming a minified file is written again; `make build` then checks them all
// (`node scripts/csp-fix.mjs --check dist`).
//
// Usage: run by trunk after content-first.mjs (Trunk.toml; works on $TRUNK_STAGING_DIR), or by
// hand: node scripts/minify.mjs [dir]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const sha384 = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');

function fail(why) {
  console.error(`minify: ${why}`);
  process.exit(1);
}

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
const files = readdirSync(dir);

// What the page loads: the files its tags name, and the glue the loader imports.
const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.?\/?([^"/?#]+\.(?:js|css))"[^>]*>/g)].map((m) => m[1]);
const glue = files.filter((f) => /^incident-explainer-[0-9a-f]{1,16}\.js$/.test(f));
if (glue.length !== 1) fail(`expected one JS glue of the wasm, found ${glue.length}`);
const targets = [...new Set([...named, ...glue])];
if (!targets.some((f) => f.endsWith('.css'))) fail('the page links no stylesheet');
if (!targets.some((f) => /^boot-/.test(f))) fail('the page loads no boot.js');

let before = 0;
let after = 0;
for (const file of targets) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  // No target: the syntax stays as written (the widget asks for today's browsers anyway).
  const { code } = transformSync(source, { loader: file.endsWith('.css') ? 'css' : 'js', minify: true, legalComments: 'none' });
  if (code.length === 0 || code.length >= source.length) fail(`${file}: minifying did not make it smaller`);
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
  // The tag that names it, if any, gets the new hash.
  const tag = new RegExp(`(<(?:script|link)\\b[^>]*\\b(?:src|href)="\\.?\\/?${file.replace(/[.]/g, '\\.')}"[^>]*\\bintegrity=")[^"]*(")`);
  if (tag.test(html)) html = html.replace(tag, `$1${sha384(code)}$2`);
  else if (named.includes(file)) fail(`${file}: the page names it without an integrity`);
}
writeFileSync(page, html);
console.log(`minify: ${targets.join(', ')}: ${before} -> ${after} bytes`);
