#!/usr/bin/env node
// Makes trunk's output work under a strict Content-Security-Policy
// (`script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`): no inline script, no inline style.
//
// trunk 0.21 writes the wasm loader into index.html as an inline `<script type="module">`
// (import init, call init, set window.wasmBindings, dispatch "TrunkApplicationStarted").
// This script moves each inline script, byte for byte, into `loader-<hash>.js` beside
// index.html and references it by `src` with a sha384 `integrity`, so its behaviour is kept
// (one change: the wasm's path is resolved against the loader's URL, not the page's).
// Then it checks the result: no inline script or style, no event-handler attribute, and every
// `integrity` attribute matches the file it points at.
//
// Usage: run by trunk as a post_build hook (Trunk.toml; works on $TRUNK_STAGING_DIR), or by hand:
//   node scripts/csp-fix.mjs [DIR]          fix and check DIR (default: dist)
//   node scripts/csp-fix.mjs --check [DIR]  only check; exit 1 on any problem
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
// The loader sits beside index.html; trunk's public URL keeps its links consistent.
const publicUrl = process.env.TRUNK_PUBLIC_URL || './';

const sha384 = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NON_JS_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap|text\/plain)/i;

function fix(html) {
  let moved = 0;
  const out = html.replace(SCRIPT, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || NON_JS_TYPE.test(attrs) || body.trim() === '') return whole;
    const isModule = /\btype\s*=\s*["']?module/i.test(attrs);
    // The wasm's URL relative to the loader itself, not to the page: the same loader then
    // serves pages in sub-folders (en/index.html, written by render-incident).
    const code =
      body
        .replace(/^\s*\n/, '')
        .replace(/\s+$/, '')
        .replace(/module_or_path: ('[^']+')/, 'module_or_path: new URL($1, import.meta.url)') + '\n';
    const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    writeFileSync(join(dir, name), code);
    moved++;
    const type = isModule ? ' type="module"' : ' defer';
    return `<script${type} src="${publicUrl}${name}" integrity="${sha384(code)}"></script>`;
  });
  return { out, moved };
}

function check(file, html) {
  const problems = [];
  for (const m of html.matchAll(SCRIPT)) {
    if (!/\bsrc\s*=/i.test(m[1]) && !NON_JS_TYPE.test(m[1]) && m[2].trim() !== '') {
      problems.push(`inline <script> left: ${m[0].slice(0, 80)}…`);
    }
  }
  if (/<style\b/i.test(html)) problems.push('inline <style> element');
  // Attributes are looked for in tags only: the page's text may show markup (the embed panel's
  // snippets), escaped, and that is text, not an attribute.
  const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
  if (tags.some((t) => /\sstyle\s*=/i.test(t))) problems.push('inline style="" attribute');
  if (tags.some((t) => /\son[a-z]+\s*=/i.test(t))) problems.push('inline event-handler attribute (on…=)');
  if (tags.some((t) => /javascript:/i.test(t))) problems.push('javascript: URL');
  // Every integrity attribute must match the file it names (trunk's SRI and ours).
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    const integrity = /\sintegrity\s*=\s*"([^"]+)"/i.exec(tag)?.[1];
    const ref = /\s(?:href|src)\s*=\s*"([^"]+)"/i.exec(tag)?.[1];
    if (!integrity || !ref) continue;
    if (/^[a-z]+:/i.test(ref)) {
      problems.push(`external reference: ${ref}`);
      continue;
    }
    let rel = ref.split(/[?#]/)[0];
    rel = rel.startsWith(publicUrl) ? rel.slice(publicUrl.length) : rel.replace(/^\.?\//, '');
    // A page in a folder (en/index.html) names the bundle's files from there (../).
    const path = join(dir, dirname(file), rel);
    if (!existsSync(path)) {
      problems.push(`${ref}: file missing`);
    } else if (sha384(readFileSync(path)) !== integrity) {
      problems.push(`${ref}: integrity does not match the file`);
    }
  }
  return problems.map((p) => `${file}: ${p}`);
}

// The pages at the top, and (checking a finished bundle) those one folder down: en/index.html.
const htmlFiles = readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  if (e.isFile() && e.name.endsWith('.html')) return [e.name];
  if (!checkOnly || !e.isDirectory() || e.name.startsWith('.')) return [];
  return readdirSync(join(dir, e.name))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${e.name}/${f}`);
});
if (htmlFiles.length === 0) {
  console.error(`csp-fix: no .html file in ${dir}`);
  process.exit(1);
}
const problems = [];
for (const f of htmlFiles) {
  const path = join(dir, f);
  let html = readFileSync(path, 'utf8');
  if (!checkOnly) {
    const { out, moved } = fix(html);
    if (moved > 0) {
      writeFileSync(path, out);
      console.log(`csp-fix: ${f}: moved ${moved} inline script(s) to external file(s)`);
    }
    html = out;
  }
  problems.push(...check(f, html));
}
if (problems.length > 0) {
  console.error('csp-fix: the page would break under the strict CSP:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`csp-fix: ${htmlFiles.join(', ')} in ${dir}: no inline script or style; integrity OK`);
