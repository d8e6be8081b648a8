// Content before code (issue 15): the pre-rendered pages without JavaScript (the whole incident,
// Korean and English, accessible), the first paint with JavaScript (the view the URL names, and
// nothing moves when the widget takes over), the incident as its own file (preloaded, fetched
// once, not in the wasm, a failed load can be retried), the JSON-LD, print, and a sub-path.
import { test, expect, url, waitReady, waitSettled, holdGlueUntilWasm, builtInIncident, ROOT } from './helpers.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { data } = builtInIncident();
const PAGES = [
  ['/', 'ko'],
  ['/en/', 'en'],
];

/** A context with JavaScript off, as a reader, crawler or printer without scripts has it. */
async function noScript(browser, options = {}) {
  const context = await browser.newContext({ javaScriptEnabled: false, ...options });
  return { context, page: await context.newPage() };
}

test.describe('without JavaScript', () => {
  for (const [path, lang] of PAGES) {
    test(`${path} shows the whole incident in ${lang}`, async ({ browser }) => {
      const { context, page } = await noScript(browser);
      await page.goto(path);
      const body = await page.locator('body').innerText();
      const has = (text, what) => expect(body.includes(text), `${what}: ${text}`).toBe(true);
      await expect(page.locator('h1').first()).toHaveText(data.incident.title[lang]);
      await expect(page.locator('h1:visible')).toHaveCount(1);
      has(data.incident.summary[lang], 'summary');
      await expect(page.locator('.ie-figure:visible').first()).toBeVisible();
      for (const e of data.events) has(e.title[lang], `event ${e.id}`);
      for (const s of data.services) has(s.name[lang], `service ${s.id}`);
      for (const c of data.claimants) has(c.name[lang], `claimant ${c.id}`);
      for (const s of data.sources) {
        await expect(page.locator(`a[href="${s.url}"]:visible`).first(), `source ${s.id}`).toBeVisible();
      }
      // Each service's page shows its functions' times; each claimant group's page its offers.
      await expect(page.locator(`[id="/services/${data.services[0].id}"] time:visible`).first()).toBeVisible();
      // Nothing that needs a script: no button, no checker, no "loading".
      await expect(page.locator('button:visible')).toHaveCount(0);
      await expect(page.locator('.ie-pre[data-view="check"]')).toBeHidden();
      await expect(page.locator('.ie-boot')).toBeHidden();
      // Told in KST: no room kept for a reader's own zone, which only a script can know.
      await expect(page.locator('.ie-zone-slot:visible')).toHaveCount(0);
      // The tabs lead to the views on the page; a link leads to the other language's page.
      await page.locator('.ie-nav a').nth(1).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/services');
      await expect(page.locator('[id="/services"] h2').first()).toBeInViewport();
      const other = page.locator('.ie-pre-alt a');
      await expect(other).toHaveAttribute('hreflang', lang === 'ko' ? 'en' : 'ko');
      await other.click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'ko' ? 'en' : 'ko');
      await context.close();
    });

    for (const colorScheme of ['light', 'dark']) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
        test(`axe: ${path} without scripts, ${colorScheme}, ${viewport.width} px`, async ({ browser }) => {
          // Every view of the incident in one document: axe takes a while.
          test.setTimeout(120_000);
          // axe is itself a script: the page's own scripts are refused instead, so the page
          // renders exactly as without JavaScript (no <html class="ie-js">) and axe can run.
          const context = await browser.newContext({ bypassCSP: true, viewport, colorScheme, reducedMotion: 'reduce' });
          await context.route(/\.(js|wasm)$/, (route) => route.abort());
          const page = await context.newPage();
          await page.goto(path);
          expect(await page.evaluate(() => document.documentElement.classList.contains('ie-js'))).toBe(false);
          await expect(page.locator('.ie-pre[data-view="timeline"]')).toBeVisible();
          await page.addScriptTag({ path: AXE });
          const result = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
            TAGS,
          );
          const violations = result.violations.map(
            (v) => `${v.id}: ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`).join('\n'),
          );
          expect(violations).toEqual([]);
          await context.close();
        });
      }
    }
  }
});

/** Holds back the wasm until `release()`: the page shows what it shows before the widget runs. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/**
 * Where each visible heading, paragraph, item, control, link and moment of the first screens sits
 * and how big it is, in page coordinates (not what it says: a reader's time is filled in by the
 * widget in a place kept for it).
 */
function geometry(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#incident-explainer :is(h1, h2, h3, h4, h5, p, li, dt, dd, a, button, label, input, select, legend, time, .ie-when)')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().top < 2 * innerHeight)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} @ ${Math.round(r.x)},${Math.round(r.y + scrollY)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      }),
  );
}

/**
 * What the reader sees: the visible landmarks, headings and timeline events on screen, each with
 * its text and where it sits on the screen (the part of it on screen). Off screen, the page
 * shown before the takeover may hold guessed heights for what it has not drawn
 * (`content-visibility`), so the page's length may change when the widget takes over; what is
 * on screen must not move.
 */
function layout(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h5, nav a, .ie-header, .ie-main > *, .ie-tl-event')]
      // Shown ones only: a closed <details> still lays out its content (the embed panel's
      // snippets name the page's own address, which the pre-rendered page cannot know).
      .filter((el) => el.checkVisibility())
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.bottom > 0 && r.top < innerHeight)
      .map(([el, r]) => {
        const top = Math.max(r.top, 0);
        const height = Math.min(r.bottom, innerHeight) - top;
        // Its words (the place kept for a reader's time holds a space in the page before).
        return `${el.tagName} ${el.textContent.replace(/\s+/g, '').slice(0, 24)} @ ${Math.round(r.x)},${Math.round(top)} ${Math.round(r.width)}x${Math.round(height)}`;
      }),
  );
}

/** The layout shifts of the page so far (buffered), summed as CLS adds them up. */
function shifts(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          done(list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: no shift.
        setTimeout(() => done(0), 500);
      }),
  );
}

test.describe('with JavaScript: no flash, no jump', () => {
  const claimant = data.claimants.find((c) => c.id === 'kakao-t-pro-drivers') ?? data.claimants[0];
  const routes = [
    ['/timeline', 'timeline'],
    [`/compensation/${claimant.id}`, `compensation/${claimant.id}`],
    [`/services/${data.services[0].id}`, `services/${data.services[0].id}`],
    ['/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00', 'check'],
  ];
  for (const [route, view] of routes) {
    test(`the first paint of ${route} is that view, not "loading"`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(url(route));
      await expect(page.locator('.ie-pre-on')).toHaveAttribute('data-view', view);
      await expect(page.locator('.ie-pre-on h2').first()).toBeVisible();
      await expect(page.locator('.ie-pre:visible')).toHaveCount(1);
      await expect(page.locator('.ie-boot')).toBeHidden();
      await expect(page.locator('[data-state]')).toHaveAttribute('data-state', 'loading');
      release();
      await waitReady(page);
    });
  }

  /**
   * Opens `path` with its parser held at the end of the body (a script that does not arrive until
   * `release()`), the page's HTML changed by `edit`: what the reader sees while a long page is
   * still being parsed, before DOMContentLoaded and before any code of the widget.
   */
  async function holdParse(page, path, edit = (html) => html) {
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route('**/__parse-held.js', async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.route((u) => u.pathname === '/', async (route) => {
      const res = await route.fetch();
      const html = edit(await res.text()).replace('</body>', '<script src="/__parse-held.js"></script></body>');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('.ie-boot')).toBeAttached();
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    return () => release();
  }

  for (const [route, view] of routes.slice(0, 2)) {
    test(`while the page is parsed, ${route} is the one view shown`, async ({ page }) => {
      const release = await holdParse(page, `/#${route}`);
      // Nothing has marked a block yet: the style rule boot.js set in the head shows it.
      await expect(page.locator('.ie-pre-on')).toHaveCount(0);
      await expect(page.locator('.ie-pre:visible')).toHaveCount(1);
      await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', view);
      await expect(page.locator('.ie-boot')).toBeHidden();
      release();
      await waitReady(page);
    });
  }

  test('a link followed before the widget has taken over shows that view, and only it', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(url('/timeline'));
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', 'timeline');
    await page.evaluate(() => (location.hash = '#/services'));
    await expect(page.locator('.ie-pre:visible')).toHaveCount(1);
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', 'services');
    await expect(page.locator('.ie-boot')).toBeHidden();
    await page.evaluate(() => (location.hash = '#/services/no-such-service'));
    await expect(page.locator('.ie-pre:visible')).toHaveCount(0);
    await expect(page.locator('.ie-boot')).toBeVisible();
    release();
    await waitReady(page);
  });

  for (const [route, view] of routes.slice(1, 3)) {
    test(`the first frame drawn of ${route} shows that view, its page kept as text made markup before`, async ({ page }) => {
      // A frame callback set before the page is parsed runs before the first frame is drawn.
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          const shown = [...document.querySelectorAll('.ie-pre, .ie-boot')].filter((el) => el.checkVisibility());
          window.firstFrame = shown.map((el) => el.dataset.view ?? 'boot');
        });
      });
      const release = await holdWasm(page);
      await page.goto(url(route));
      await expect.poll(() => page.evaluate(() => window.firstFrame ?? null)).not.toBeNull();
      expect(await page.evaluate(() => window.firstFrame)).toEqual([view]);
      release();
      await waitReady(page);
    });
  }

  test('where scripts run, every view but the timeline is text until the URL names it', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(url('/timeline'));
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', 'timeline');
    // No element was built from them: the other three tabs and 44 pages of the built-in
    // incident, most of the page's bytes.
    await expect(page.locator('noscript[data-view]')).toHaveCount(data.services.length + data.claimants.length + 3);
    await expect(page.locator('.ie-pre')).toHaveCount(1);
    const service = data.services[1];
    await page.evaluate((id) => (location.hash = `#/services/${id}`), service.id);
    await expect(page.locator('.ie-pre:visible')).toHaveCount(1);
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', `services/${service.id}`);
    await expect(page.locator('.ie-pre:visible .ie-main h2')).toHaveText(service.name.ko);
    await expect(page.locator('.ie-pre')).toHaveCount(2);
    // A tab the same way.
    await page.evaluate(() => (location.hash = '#/compensation'));
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', 'compensation');
    await expect(page.locator('.ie-pre')).toHaveCount(3);
    // Back and forth: made once.
    await page.evaluate(() => (location.hash = '#/timeline'));
    await page.evaluate((id) => (location.hash = `#/services/${id}`), service.id);
    await expect(page.locator('.ie-pre:visible')).toHaveAttribute('data-view', `services/${service.id}`);
    await expect(page.locator('.ie-pre')).toHaveCount(3);
    release();
    await waitReady(page);
  });

  test('while the page is parsed, another incident on its way shows the boot message, not the built-in one', async ({ page }) => {
    await holdParse(page, '/#/timeline', (html) => html.replace('<div id="incident-explainer"', '<div id="incident-explainer" data-src="/other.json"'));
    await expect(page.locator('.ie-pre:visible')).toHaveCount(0);
    await expect(page.locator('.ie-boot')).toBeVisible();
  });

  test.describe('a browser that prefers English', () => {
    test.use({ locale: 'en-US' });
    test('at the Korean page: its pre-rendered view first, and the widget takes over in Korean', async ({ page }) => {
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      const release = await holdWasm(page);
      await page.goto('/#/timeline');
      await expect(page.locator('.ie-pre-on')).toHaveAttribute('data-lang', 'ko');
      await expect(page.locator('.ie-boot')).toBeHidden();
      const before = await layout(page);
      release();
      await waitSettled(page);
      await expect(page.locator('.ie-pre')).toHaveCount(0);
      await expect(page.locator('h1')).toHaveText(data.incident.title.ko);
      expect(await layout(page)).toEqual(before);
      expect(await shifts(page)).toBeLessThanOrEqual(0.01);
    });
    test('lang=en in the route still chooses English, and the English page is English', async ({ page }) => {
      await page.goto(url('/timeline', { lang: 'en' }));
      await waitReady(page);
      await expect(page.locator('h1')).toHaveText(data.incident.title.en);
      // The code held, so the pre-rendered view is still there to look at.
      const release = await holdWasm(page);
      await page.goto('/en/#/timeline');
      await expect(page.locator('.ie-pre-on')).toHaveAttribute('data-lang', 'en');
      release();
      await waitReady(page);
      await expect(page.locator('h1')).toHaveText(data.incident.title.en);
    });
  });

  // The link to focus: the timeline's list reacts to focus (it is the widget answering the
  // reader, not the takeover moving things), so there a source link.
  for (const [path, route, lang, focus] of [
    ['/', '/timeline', undefined, 'a[href^="http"]'],
    ['/', `/compensation/${claimant.id}`, 'ko', 'a[href^="#/"]'],
    ['/en/', '/services', undefined, 'a[href^="#/"]'],
  ]) {
    test(`${path}#${route} (${lang ?? 'default'}): the widget takes over in place, keeping scroll and focus`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      const release = await holdWasm(page);
      await page.goto(url(route, { lang }).replace(/^\//, path));
      await expect(page.locator('.ie-pre-on')).toBeVisible();
      const link = page.locator(`.ie-pre-on .ie-main ${focus}`).nth(1);
      await link.focus();
      // The same link (its route; the widget adds the URL's own lang= to it) with the same text.
      const focused = await link.evaluate((a) => `${a.getAttribute('href').replace(/[?&]lang=\w+$/, '')} ${a.textContent}`);
      await page.evaluate(() => window.scrollTo(0, 240));
      const y = await page.evaluate(() => scrollY);
      const before = await layout(page);
      release();
      await waitSettled(page);
      await expect(page.locator('.ie-pre')).toHaveCount(0);
      expect(await layout(page)).toEqual(before);
      expect(await page.evaluate(() => scrollY)).toBe(y);
      expect(
        await page.evaluate(() => {
          const a = document.activeElement;
            const href = (a.getAttribute('href') ?? '').replace(/[?&]lang=\w+$/, '');
          return a.closest('.ie-live') ? `${href} ${a.textContent}` : `outside: ${a.tagName}`;
        }),
      ).toBe(focused);
      expect(await shifts(page)).toBeLessThanOrEqual(0.01);
    });
  }

  // Scrolled straight far down the timeline (a reload, the End key, a search in the page): the
  // events passed over were never drawn and hold guessed heights; the widget's real ones must not
  // move what is on screen. The page scrolls by whole pixels, so what was at a fraction of a pixel
  // comes back within half a pixel.
  for (const [path, depth] of [
    ['/', 0.6],
    ['/en/', 0.9],
  ]) {
    test(`${path}#/timeline scrolled straight to ${depth * 100}% of the page: nothing on screen moves at the takeover`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      const release = await holdWasm(page);
      await page.goto(path + '#/timeline');
      await expect(page.locator('.ie-pre-on .ie-tl-event').first()).toBeAttached();
      await page.evaluate((d) => window.scrollTo(0, Math.round(document.documentElement.scrollHeight * d)), depth);
      await page.waitForTimeout(200);
      const events = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.ie-tl-event, .ie-tl-event h5')]
            .map((el) => [el, el.getBoundingClientRect()])
            .filter(([, r]) => r.bottom > 0 && r.top < innerHeight)
            .map(([el, r]) => ({ what: `${el.tagName} ${el.closest('li').id}`, top: r.top, bottom: r.bottom })),
        );
      const before = await events();
      expect(before.filter((e) => e.what.startsWith('LI ')).length).toBeGreaterThan(0);
      release();
      await waitSettled(page);
      await expect(page.locator('.ie-pre')).toHaveCount(0);
      const after = await events();
      expect(after.map((e) => e.what)).toEqual(before.map((e) => e.what));
      after.forEach((e, i) => {
        expect(Math.abs(e.top - before[i].top), `${e.what} top`).toBeLessThanOrEqual(0.5);
        expect(Math.abs(e.bottom - before[i].bottom), `${e.what} bottom`).toBeLessThanOrEqual(0.5);
      });
    });
  }

  test('a reader in Korea\'s zone: the places kept for another zone take no room', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(url('/timeline'));
    await expect(page.locator('.ie-pre-on .ie-tl-event').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.classList.contains('ie-zone-other'))).toBe(false);
    // Every moment, the day-zone switch: kept, and not shown.
    expect(await page.locator('.ie-pre-on .ie-zone-slot').count()).toBeGreaterThan(60);
    await expect(page.locator('.ie-zone-slot:visible')).toHaveCount(0);
    release();
    await waitSettled(page);
    await expect(page.locator('.ie-when-reader, .ie-tl-zone')).toHaveCount(0);
  });

  // The pre-rendered page is told in KST. A reader elsewhere gets their own time beside each
  // moment, the timeline's day-zone switch and the checker's zone choice from the widget; the
  // page keeps their places, shown and sized from the head (boot.js), so nothing moves then.
  for (const timezoneId of ['America/New_York', 'Asia/Kathmandu']) {
    test.describe(`a reader in ${timezoneId}`, () => {
      test.use({ timezoneId });
      for (const [path, route, named] of [
        ['/', '/timeline', '.ie-tl-zone button[aria-pressed="false"]'],
        ['/en/', '/timeline', '.ie-tl-zone button[aria-pressed="false"]'],
        ['/en/', '/check', '.ie-zone-choice label'],
        ['/', `/services/${data.services[0].id}`, null],
      ]) {
        test(`${path}#${route}: the widget takes over in place`, async ({ page }) => {
          await page.setViewportSize({ width: 375, height: 700 });
          const release = await holdWasm(page);
          await page.goto(url(route).replace(/^\//, path));
          await expect(page.locator('.ie-pre-on')).toBeVisible();
          await expect(page.locator('.ie-pre-on .ie-zone-slot').first()).toBeVisible();
          const before = await geometry(page);
          // The reader's zone, named before the code runs (a style rule's generated text).
          const name = named && (await page.locator(`.ie-pre-on ${named}`).first().evaluate((el) => {
            const kept = el.querySelector('.ie-reader-zone, .ie-reader-zone-at');
            return el.textContent + '|' + getComputedStyle(kept, '::before').content;
          }));
          const field = await page.locator('.ie-pre-on input[type="datetime-local"]').evaluateAll((f) => f.map((i) => i.value));
          release();
          await waitSettled(page);
          await expect(page.locator('.ie-pre')).toHaveCount(0);
          expect(await geometry(page)).toEqual(before);
          expect(await page.locator('.ie-when-reader').count()).toBeGreaterThan(0);
          if (named) {
            const label = await page.locator(named).first().textContent();
            const [text, generated] = name.split('|');
            // The browser's own name of the zone (Chromium says "Asia/Katmandu").
            const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
            expect(JSON.parse(generated).startsWith(zone)).toBe(true);
            expect(text.replace('()', `(${JSON.parse(generated)})`)).toBe(label);
          }
          expect(await page.locator('input[type="datetime-local"]').evaluateAll((f) => f.map((i) => i.value))).toEqual(field);
          expect(await shifts(page)).toBeLessThanOrEqual(0.01);
        });
      }
    });
  }

  for (const [path, lang] of PAGES) {
    for (const width of [375, 1280]) {
      test(`${path} at ${width} px: layout shift from load to settled is at most 0.01`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path + '#/timeline');
        await waitSettled(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const cls = await shifts(page);
        console.log(`CLS ${path} ${width}px: ${cls.toFixed(4)}`);
        expect(cls).toBeLessThanOrEqual(0.01);
      });
    }
  }
});

test.describe('the incident as its own file', () => {
  test('it is preloaded with the wasm and fetched once', async ({ page }) => {
    const seen = [];
    page.on('request', (r) => seen.push(`request ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => seen.push(`finished ${new URL(r.url()).pathname}`));
    await page.goto(url('/timeline'));
    await waitSettled(page);
    const fetched = seen.filter((s) => s === 'request /incident.json');
    expect(fetched).toHaveLength(1);
    // Asked for before the wasm has arrived: the two travel side by side.
    const wasmDone = seen.findIndex((s) => /^finished .*_bg\.wasm$/.test(s));
    expect(seen.indexOf('request /incident.json')).toBeLessThan(wasmDone);
  });

  test('the wasm is asked for beside its JS glue, not once the glue has run', async ({ page }) => {
    const wasmWhileGlueHeld = await holdGlueUntilWasm(page);
    await page.goto(url('/timeline'));
    await waitSettled(page);
    expect(wasmWhileGlueHeld(), 'the wasm was asked for while the glue was still on its way').toBe(true);
  });

  test('the page paints before its code is asked for, and with one stylesheet', async ({ page }) => {
    await page.goto(url('/timeline'));
    await waitSettled(page);
    const seen = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const res = performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname, start: r.startTime }));
      return { paint, res };
    });
    expect(seen.paint, 'a first contentful paint').toBeGreaterThan(0);
    const started = (re) => seen.res.filter((r) => re.test(r.name));
    for (const re of [/_bg\.wasm$/, /\/incident-explainer-[0-9a-f]{1,16}\.js$/, /\/incident\.json$/]) {
      const r = started(re);
      expect(r, String(re)).toHaveLength(1);
      expect(r[0].start, `${r[0].name} asked for after the first paint`).toBeGreaterThanOrEqual(seen.paint);
    }
    expect(started(/\.css$/).map((r) => r.name)).toEqual([expect.stringMatching(/^\/styles-[0-9a-f]{16}\.css$/)]);
  });

  test('the wasm does not carry the incident', () => {
    const wasm = readdirSync(join(ROOT, 'dist')).find((f) => f.endsWith('_bg.wasm'));
    const bytes = readFileSync(join(ROOT, 'dist', wasm));
    for (const text of [data.incident.summary.ko.slice(0, 40), data.sources[0].url, data.events[3].title.en]) {
      expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    }
    // The data file, as the same JSON without its white space.
    const served = readFileSync(join(ROOT, 'dist', 'incident.json'), 'utf8');
    expect(JSON.parse(served)).toEqual(JSON.parse(readFileSync(join(ROOT, 'data', 'kakao-2022-10-15.json'), 'utf8')));
    expect(served).not.toContain('\n');
  });

  test('a failed load says what went wrong, and "try again" loads it', async ({ page, problems }) => {
    problems.allow(/Failed to load resource|the server responded with a status of 503/);
    let served = 0;
    await page.route(/\/incident\.json$/, (route) => {
      served += 1;
      return served === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
    });
    await page.goto(url('/timeline', { lang: 'en' }));
    const root = page.locator('[data-state="error"]');
    await expect(root).toBeAttached();
    await expect(root.locator('.ie-notice')).toContainText('the server answered HTTP 503');
    await root.getByRole('button', { name: 'Try again' }).click();
    await waitReady(page);
    await expect(page.locator('h1')).toHaveText(data.incident.title.en);
    expect(served).toBe(2);
  });
});

test.describe('structured data', () => {
  for (const [path, lang] of PAGES) {
    test(`${path} carries valid schema.org JSON-LD for the incident, and no CSP violation`, async ({ page }) => {
      await page.goto(path + '#/timeline');
      await waitReady(page);
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse(scripts[0]);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Event');
      expect(ld.name).toBe(data.incident.title[lang]);
      expect(ld.inLanguage).toBe(lang);
      expect(Date.parse(ld.startDate)).toBe(Date.parse(data.incident.start));
      expect(Date.parse(ld.endDate)).toBe(Date.parse(data.incident.end));
      expect(ld.about.map((s) => s.name)).toEqual(data.services.map((s) => s.name[lang]));
      expect(ld.publisher.length).toBeGreaterThan(0);
      for (const p of ld.publisher) expect(p).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      expect(ld.citation.map((c) => c.url)).toEqual(data.sources.map((s) => s.url));
    });
  }
});

test.describe('print', () => {
  for (const route of ['/timeline', '/services', `/services/${data.services[0].id}`, '/check?service=kakaotalk&at=2022-10-15T16:00:00%2B09:00', '/compensation/small-businesses']) {
    test(`${route} prints as a clean document`, async ({ page }) => {
      await page.goto(url(route));
      await waitSettled(page);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const closed = [...document.querySelectorAll('.ie details')].flatMap((d) =>
          [...d.children].filter((c) => c.tagName !== 'SUMMARY' && !visible(c)).map(() => d.outerHTML.slice(0, 80)),
        );
        const buttons = [...document.querySelectorAll('button, input, select')].filter(visible).map((b) => b.outerHTML.slice(0, 80));
        const links = [...document.querySelectorAll('.ie a[href^="http"]')].filter(visible);
        const written = links.filter((a) => getComputedStyle(a, '::after').content.includes(a.getAttribute('href')));
        return { closed, buttons, links: links.length, written: written.length, details: document.querySelectorAll('.ie details').length };
      });
      expect(shown.closed, 'folded sections in print').toEqual([]);
      expect(shown.buttons, 'controls in print').toEqual([]);
      expect(shown.written).toBe(shown.links);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
      console.log(`print ${route}: ${pages} page(s), ${pdf.length} bytes, ${shown.details} details, ${shown.links} links`);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pages).toBeGreaterThan(0);
    });
  }
});

test.describe('from a sub-path', () => {
  for (const [path, lang] of [
    ['/deep/sub/path/', 'ko'],
    ['/deep/sub/path/en/', 'en'],
  ]) {
    test(`${path} loads every file from beside itself`, async ({ page }) => {
      const failed = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const requested = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(path + '#/services');
      await waitSettled(page);
      expect(await page.locator('[data-state="ready"]').getAttribute('lang')).toBe(lang);
      await expect(page.locator('h1')).toHaveText(data.incident.title[lang]);
      expect(failed).toEqual([]);
      expect(requested.filter((p) => !p.startsWith('/deep/sub/path/'))).toEqual([]);
      expect(requested).toContain('/deep/sub/path/incident.json');
    });
  }
});
