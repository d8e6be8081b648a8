// Shared helpers for the end-to-end tests: waiting for the widget's state, and a `page` fixture
// that fails a test on any console error, uncaught exception, CSP violation or request that
// leaves 127.0.0.1. URLs and ids of the public contract come from routes.mjs.
import { test as base, expect } from '@playwright/test';

export { expect };
export * from './routes.mjs';
import { waitStill } from './routes.mjs';

/** The widget's root element: it carries data-state="loading|ready|error". */
export const ROOT_SEL = '[data-state]';

/** Wait until the widget is ready; fail at once, with its text, if it reports an error. */
export async function waitReady(page) {
  const settled = page.locator('[data-state="ready"], [data-state="error"]').first();
  await expect(settled).toBeAttached();
  const state = await settled.getAttribute('data-state');
  if (state === 'error') {
    const text = (await settled.innerText()).slice(0, 400);
    throw new Error(`widget reported data-state="error": ${text}`);
  }
  return settled;
}

/**
 * Holds the widget's JS glue back until the wasm has been asked for (3 s at most), so a loader
 * that leaves the wasm's request to the glue is caught: it would ask only once the glue is
 * released. Call before the page loads; the returned function says, after it, whether the wasm
 * was asked for while the glue was held.
 */
export async function holdGlueUntilWasm(page) {
  let askedForWasm;
  const wasmAsked = new Promise((resolve) => (askedForWasm = resolve));
  let whileHeld = false;
  page.on('request', (r) => {
    if (/_bg\.wasm$/.test(r.url())) askedForWasm();
  });
  await page.route(/\/incident-explainer-[0-9a-f]{1,16}\.js$/, async (route) => {
    whileHeld = await Promise.race([wasmAsked.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
    await route.continue();
  });
  return () => whileHeld;
}

/** After ready, waits for lists that render in steps to finish (see `waitStill`). */
export async function waitSettled(page) {
  await waitReady(page);
  await waitStill(page);
}

/**
 * Before an accessibility audit: the browser skips the drawing of the timeline's events far off
 * screen and of the chart's list while it is hidden (`content-visibility: auto`,
 * styles/timeline.css), and axe cannot measure what was skipped (axe-core issue 2768). Every
 * event and the list are drawn, in the document and in each open shadow root, as the reader
 * sees each event once it is on screen. A constructed style sheet, which a strict
 * CSP allows. Returns how many events there are.
 */
export async function drawAll(page) {
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.ie-tl-event, .ie-chart-table { content-visibility: visible !important; }');
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot);
    let events = 0;
    for (const root of [document, ...hosts.map((el) => el.shadowRoot)]) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      events += root.querySelectorAll('.ie-tl-event').length;
    }
    return events;
  });
}

/** The language the widget's root is in: its own lang attribute or its nearest ancestor's. */
export const widgetLang = (page) =>
  page.locator(ROOT_SEL).first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

// Recorded in the page before any of its scripts run.
function recorder() {
  window.__e2e = { csp: [], trunkStarted: false };
  document.addEventListener('securitypolicyviolation', (e) => {
    const m = `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`;
    window.__e2e.csp.push(m);
    // The exposed binding outlives the document, so a violation just before a navigation counts.
    window.__e2eReport?.(m);
  });
  window.addEventListener('TrunkApplicationStarted', () => {
    window.__e2e.trunkStarted = true;
  });
}

/**
 * `page` fails the test on a console error, an uncaught exception, a CSP violation or a request
 * to anything but 127.0.0.1. `problems.allow(re)` tolerates console errors matching `re` (a
 * test that loads a missing file on purpose, say).
 */
export const test = base.extend({
  problems: async ({}, use) => {
    const p = { console: [], csp: [], requests: [], allowed: [], allow(re) { this.allowed.push(re); } };
    await use(p);
  },
  page: async ({ page, problems }, use) => {
    await page.exposeFunction('__e2eReport', (m) => problems.csp.push(m));
    await page.addInitScript(recorder);
    page.on('console', (m) => {
      if (m.type() === 'error') problems.console.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.console.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['http:', 'https:'].includes(u.protocol)) return;
      if (u.hostname !== '127.0.0.1') problems.requests.push(r.url());
    });
    await use(page);
    const csp = [...new Set(problems.csp)];
    const consoleErrors = problems.console.filter((m) => !problems.allowed.some((re) => re.test(m)));
    expect(csp, 'CSP violations').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(problems.requests, 'requests that left 127.0.0.1').toEqual([]);
  },
});
