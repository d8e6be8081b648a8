#!/usr/bin/env node
// Builds the script embed into the bundle (run by trunk as a post_build hook, Trunk.toml):
//   incident-explainer.js            the module hosts load (embed/incident-explainer.js, with
//                                    the names of the files trunk hashed filled in)
//   incident-explainer-<hash>.css    the stylesheet of its shadow root: embed/shadow.css, then
//                                    every stylesheet index.html links, rewritten for a shadow
//                                    root (see forShadow), minified (esbuild)
//
// Usage: node scripts/script-embed.mjs [DIR]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(ROOT, 'dist');
const read = (p) => readFileSync(join(ROOT, p), 'utf8');

/**
 * A stylesheet of the widget's page, made fit for a shadow root:
 * - `html`, `:root` and `body` in a selector become `.ie-scope`, the element the widget mounts
 *   into (in a shadow root they would match nothing);
 * - a length in `rem` inside a declaration becomes `calc(N * var(--incident-explainer-rem))`:
 *   `rem` is the HOST page's root font size, which a host may set to anything. Media queries
 *   keep `rem` (there it is the browser's default size, whatever the host says).
 */
export function forShadow(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const j = text.slice(i).search(/[{}]/);
    if (j < 0) {
      out += text.slice(i);
      break;
    }
    const chunk = text.slice(i, i + j);
    const brace = text[i + j];
    const isPrelude = brace === '{';
    const trimmed = chunk.trim();
    if (isPrelude && !trimmed.startsWith('@')) {
      out += chunk.replace(/(^|[\s,>+~(])(html|body|:root)(?=$|[\s,.:[>+~)])/g, '$1.ie-scope');
    } else if (!isPrelude) {
      out += chunk.replace(
        /(^|[^\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g,
        (_, before, n) => `${before}calc(${n} * var(--incident-explainer-rem))`,
      );
    } else {
      out += chunk;
    }
    out += brace;
    i += j + 1;
  }
  return out;
}

function build() {
  const index = read('index.html');
  const sheets = [...index.matchAll(/<link\s+data-trunk\s+rel="css"\s+href="([^"]+)"/g)].map((m) => m[1]);
  if (sheets.length === 0) throw new Error('index.html links no stylesheet');
  // Minified as the page's own stylesheet is (minify.mjs).
  const css = transformSync(read('embed/shadow.css') + sheets.map((f) => `\n${forShadow(read(f))}`).join('\n'), {
    loader: 'css',
    minify: true,
    legalComments: 'none',
  }).code;
  const styles = `incident-explainer-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, styles), css);

  const files = readdirSync(dir);
  const one = (re, what) => {
    const found = files.filter((f) => re.test(f));
    if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.length}`);
    return found[0];
  };
  // trunk writes its hash without leading zeros: 16 hex digits, or fewer.
  const names = {
    __GLUE__: one(/^incident-explainer-[0-9a-f]{1,16}\.js$/, "the wasm's JS glue"),
    __WASM__: one(/^incident-explainer-[0-9a-f]{1,16}_bg\.wasm$/, 'the wasm'),
    __STYLES__: styles,
  };
  let module = read('embed/incident-explainer.js');
  for (const [key, name] of Object.entries(names)) {
    if (module.split(`'${key}'`).length !== 2) throw new Error(`embed/incident-explainer.js: '${key}' must occur once`);
    module = module.replace(`'${key}'`, `'./${name}'`);
  }
  writeFileSync(join(dir, 'incident-explainer.js'), module);
  console.log(`script-embed: incident-explainer.js and ${styles} in ${dir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) build();
