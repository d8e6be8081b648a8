#!/usr/bin/env node
// Screenshots of the release bundle for a developer to look at (STYLE.md habit 12): each route
// at 360 and 1280 px wide, light and dark, Korean and English, as PNGs in /tmp/shots/.
//
//   node scripts/screenshots.mjs [ROUTE...] [--out /tmp/shots] [--full]
// ROUTE is a hash route such as /timeline or '/check?service=카카오톡&at=2022-10-15T16:00:00%2B09:00';
// without any, every route of the public contract (for the built-in incident). `make screenshots`
// builds first and installs CJK fonts so Korean text renders.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/server.mjs';
import { url, contractRoutes, waitStill } from '../tests/e2e/routes.mjs';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? args[outIdx + 1] : '/tmp/shots';
const fullPage = args.includes('--full');
const routes = args.filter((a, i) => a.startsWith('/') && (outIdx < 0 || i !== outIdx + 1));
const list = routes.length ? routes.map((r) => [r.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, ''), r]) : contractRoutes();

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

mkdirSync(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
let failed = 0;
try {
  for (const [name, route] of list) {
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        for (const lang of ['ko', 'en']) {
          const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, colorScheme, locale: 'ko-KR' });
          const page = await ctx.newPage();
          const errors = [];
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          page.on('pageerror', (e) => errors.push(e.message));
          const file = join(OUT, `${name.replace(/\s+/g, '-')}-${width}-${colorScheme}-${lang}.png`);
          try {
            await page.goto(new URL(url(route, { lang }), server.url).href);
            await page.waitForSelector('[data-state="ready"], [data-state="error"]', { timeout: 15_000 });
            const state = await page.getAttribute('[data-state]', 'data-state');
            await waitStill(page); // long lists render in steps after ready
            await page.screenshot({ path: file, fullPage });
            console.log(`${state === 'ready' ? 'ok   ' : 'ERROR'} ${file}${errors.length ? '  console: ' + errors.join(' | ') : ''}`);
            if (state !== 'ready') failed++;
          } catch (e) {
            failed++;
            await page.screenshot({ path: file, fullPage }).catch(() => {});
            console.log(`FAIL  ${file}: ${e.message.split('\n')[0]}`);
          }
          await ctx.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${OUT}${failed ? ` (${failed} did not reach ready)` : ''}`);
process.exit(failed ? 1 : 0);
