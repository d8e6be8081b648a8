// The widget's shell against the public contract (shared/PRODUCT.md): every route reaches
// data-state="ready" under the strict CSP, languages, history, the checker's verdicts, loading
// another incident. The `page` fixture (helpers.mjs) fails any test that logs a console error,
// throws, violates the CSP or requests anything off 127.0.0.1.
import { test, expect, url, ids, contractRoutes, fullOutage, enc, waitReady, widgetLang, ROOT_SEL, CSP } from './helpers.mjs';

const VERDICTS = ['affected', 'partially-affected', 'not-affected', 'unknown'];

test.describe('served page', () => {
  test('every response carries the strict CSP and the right MIME type', async ({ page, request }) => {
    const resp = await page.goto(url('/timeline'));
    expect(resp.status()).toBe(200);
    expect(resp.headers()['content-security-policy']).toBe(CSP);
    await waitReady(page);
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')),
    );
    expect(wasm, 'the page loaded a .wasm file').toBeTruthy();
    const w = await request.get(wasm);
    expect(w.headers()['content-type']).toBe('application/wasm');
    expect(w.headers()['content-security-policy']).toBe(CSP);
  });

  test('index.html has no inline script or style', async ({ request }) => {
    const html = await (await request.get('/')).text();
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      // Data, not script (the JSON-LD, checked in prerender.spec.mjs): CSP does not run it.
      if (/\stype="application\/ld\+json"/.test(m[1])) continue;
      expect(m[1], `script tag ${m[0].slice(0, 60)}`).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    // In tags only: the page's text may show a snippet's style attribute, escaped, as text.
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((t) => t[0]);
    expect(tags.filter((t) => /\sstyle\s*=/i.test(t))).toEqual([]);
    expect(html).toMatch(/<html lang="ko"/);
    expect(html).toContain('<div id="incident-explainer"');
  });

  test("trunk's loader still runs: TrunkApplicationStarted is dispatched", async ({ page }) => {
    await page.goto(url('/timeline'));
    await waitReady(page);
    await expect.poll(() => page.evaluate(() => window.__e2e.trunkStarted)).toBe(true);
  });

  test('the widget root sits inside the mount element and says it is loading, then ready', async ({ page }) => {
    await page.goto(url('/timeline'));
    await waitReady(page);
    await expect(page.locator(`#incident-explainer ${ROOT_SEL}, #incident-explainer[data-state]`).first()).toHaveAttribute(
      'data-state',
      'ready',
    );
  });
});

test.describe('every route of the public contract', () => {
  for (const [name, route] of contractRoutes()) {
    for (const lang of [undefined, 'ko', 'en']) {
      test(`${name} (${route}) lang=${lang ?? 'default'} reaches ready`, async ({ page }) => {
        await page.goto(url(route, { lang }));
        await waitReady(page);
        expect(await widgetLang(page)).toBe(lang ?? 'ko');
        await expect(page.locator('h1, h2').first()).toBeVisible();
      });
    }

    test(`${name} fits a 360 px wide screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url(route));
      await waitReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('an event page shows that event, in the asked language', async ({ page }) => {
    const { event } = ids();
    await page.goto(url(`/timeline/${event.id}`, { lang: 'en' }));
    await waitReady(page);
    await expect(page.getByText(event.title.en, { exact: false }).first()).toBeVisible();
    await page.goto(url(`/timeline/${event.id}`, { lang: 'ko' }));
    await waitReady(page);
    await expect(page.getByText(event.title.ko, { exact: false }).first()).toBeVisible();
  });

  test('a service page shows that service', async ({ page }) => {
    const { service } = ids();
    await page.goto(url(`/services/${service.id}`, { lang: 'en' }));
    await waitReady(page);
    await expect(page.getByText(service.name.en, { exact: false }).first()).toBeVisible();
  });

  test('a claimant page shows that group of claimants', async ({ page }) => {
    const { claimant } = ids();
    await page.goto(url(`/compensation/${claimant.id}`, { lang: 'en' }));
    await waitReady(page);
    await expect(page.getByText(claimant.name.en, { exact: false }).first()).toBeVisible();
  });
});

test.describe('language', () => {
  test('the switch turns the widget to English and back, and the choice survives a reload', async ({ page }) => {
    await page.goto(url('/timeline'));
    await waitReady(page);
    expect(await widgetLang(page)).toBe('ko');
    const english = page
      .getByRole('button', { name: 'English', exact: true })
      .or(page.getByRole('link', { name: 'English', exact: true }));
    await english.first().click();
    await expect.poll(() => widgetLang(page)).toBe('en');
    await page.reload();
    await waitReady(page);
    expect(await widgetLang(page)).toBe('en');
    const korean = page
      .getByRole('button', { name: '한국어', exact: true })
      .or(page.getByRole('link', { name: '한국어', exact: true }));
    await korean.first().click();
    await expect.poll(() => widgetLang(page)).toBe('ko');
  });

  test('lang=en in the link wins', async ({ page }) => {
    await page.goto(url('/services', { lang: 'en' }));
    await waitReady(page);
    expect(await widgetLang(page)).toBe('en');
  });
});

test.describe('history', () => {
  const current = (page) => page.evaluate(() => location.hash);

  test('back and forward move between views', async ({ page }) => {
    await page.goto(url('/timeline'));
    await waitReady(page);
    await page.locator('a[href="#/services"], a[href^="#/services?"]').first().click();
    await expect.poll(() => current(page)).toMatch(/^#\/services(\?|$)/);
    await expect(page.locator('[aria-current="page"][href^="#/services"]').first()).toBeVisible();

    const { service } = ids();
    await page.locator(`a[href^="#/services/${service.id}"]`).first().click();
    await expect.poll(() => current(page)).toMatch(new RegExp(`^#/services/${service.id}`));
    await expect(page.getByText(service.name.ko, { exact: false }).first()).toBeVisible();

    await page.goBack();
    await expect.poll(() => current(page)).toMatch(/^#\/services(\?|$)/);
    await page.goBack();
    await expect.poll(() => current(page)).toMatch(/^#\/timeline(\?|$)/);
    await expect(page.locator('[aria-current="page"][href^="#/timeline"]').first()).toBeVisible();
    await page.goForward();
    await expect.poll(() => current(page)).toMatch(/^#\/services(\?|$)/);
    await expect(page.locator('[aria-current="page"][href^="#/services"]').first()).toBeVisible();
    await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
  });
});

test.describe('checker', () => {
  const verdict = (page) => page.locator('[data-verdict]').first();

  test('a service fully down at a time is "affected", whatever way its name is written', async ({ page }) => {
    const hit = fullOutage();
    test.skip(!hit, 'the built-in incident has no service with every function down at one time');
    const { service, at } = hit;
    const spellings = [
      service.id,
      service.name.ko,
      service.name.en,
      service.name.en.toUpperCase().replace(/ /g, ''),
      ...(service.aliases ?? []).slice(0, 1),
    ];
    for (const name of [...new Set(spellings)]) {
      await page.goto(url(`/check?service=${enc(name)}&at=${enc(at)}`));
      await waitReady(page);
      await expect(verdict(page), `service=${name}`).toHaveAttribute('data-verdict', 'affected');
    }
  });

  test('a time a year before the incident is not "affected"', async ({ page }) => {
    const { service, start } = ids();
    const before = new Date(Date.parse(start) - 365 * 24 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
    await page.goto(url(`/check?service=${enc(service.id)}&at=${enc(before)}`));
    await waitReady(page);
    await expect(verdict(page)).toHaveAttribute('data-verdict', /^(not-affected|unknown)$/);
  });

  test('a service nobody has heard of gets an honest answer, not a crash', async ({ page }) => {
    const { start } = ids();
    await page.goto(url(`/check?service=${enc('no such service 12345')}&at=${enc(start)}`));
    await waitReady(page);
    // Whatever the widget answers (a verdict, or a question back), it is one of the contract's.
    const verdicts = await page.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.dataset.verdict));
    for (const v of verdicts) expect(VERDICTS).toContain(v);
  });
});

test.describe('another incident (?src=)', () => {
  test('a file from the same origin loads', async ({ page }) => {
    const { file } = ids();
    await page.goto(url('/timeline', { src: `/data/${file}` }));
    await waitReady(page);
  });

  test('a missing file ends in data-state="error", not a blank widget', async ({ page, problems }) => {
    problems.allow(/404|Not Found|Failed to load resource/i);
    await page.goto(url('/timeline', { src: '/fixtures/does-not-exist.json' }));
    await expect(page.locator('[data-state="error"]').first()).toBeAttached();
    await expect(page.locator('[data-state="error"]').first()).not.toBeEmpty();
  });

  test('a file from an origin that is not allowed is refused without a request', async ({ page, problems }) => {
    await page.goto(url('/timeline', { src: 'http://127.0.0.2:9/evil.json' }));
    await expect(page.locator('[data-state="error"]').first()).toBeAttached();
    expect(problems.requests).toEqual([]);
  });
});
