// The widget embedded in the demo host pages (demo/, served on a second origin by
// demo-server.mjs, so the widget is a cross-origin iframe as on a news site) with embed.js, and
// as a script embed further down the article: the frame takes its content's height on every
// route, compact views stay under the reserved height at 375 px, the host page does not shift,
// the script embed holds its height from the start and is isolated from the article's CSS both
// ways, host deep links open the first embed, spoofed height messages are ignored, and the demo
// pages pass axe, light and dark.
import { test, expect, waitStill, CSP, drawAll, ROOT } from './helpers.mjs';
import { startDemoServer } from './demo-server.mjs';
import { embedsReady, shadowStyles, PROPS } from './shadow.mjs';
import { join } from 'node:path';

const BUNDLE = `http://127.0.0.1:${process.env.E2E_PORT}/`;
const RESERVED = 1200;
const FRAME = 'iframe[data-incident-explainer]';
const ELEMENT = 'incident-explainer';
const AT = '2022-10-15T16:00:00%2B09:00';

let demo;
test.beforeAll(async () => {
  demo = await startDemoServer({ port: 0, bundle: BUNDLE });
});
test.afterAll(async () => demo?.close());

const news = (hash = '') => `${demo.url}news.html${hash}`;
const addLang = (route, lang) => route + (route.includes('?') ? '&' : '?') + `lang=${lang}`;

/** The widget's frame (a Playwright Frame) once its widget is ready and still. */
async function widgetFrame(page) {
  await expect(page.frameLocator(FRAME).first().locator('[data-state="ready"]')).toBeAttached();
  const frame = page.frames().find((f) => f.url().startsWith(BUNDLE));
  await waitStill(frame);
  return frame;
}

/** Waits until the frame's height is its content's (within 2 px) and returns both. */
async function settledHeights(page, frame) {
  let last;
  await expect
    .poll(
      async () => {
        const outer = await page.locator(FRAME).first().evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => ({
          content: document.getElementById('incident-explainer').getBoundingClientRect().height,
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
        }));
        last = { outer, ...inner };
        return Math.abs(outer - inner.content) <= 2 && inner.scroll <= inner.client;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

const ROUTES = [
  '/timeline',
  '/timeline/fire-starts',
  '/services',
  '/services/kakaotalk',
  '/check',
  `/check?service=kakaotalk&at=${AT}`,
  '/check?service=kakao-t&at=2022-10-16T08:00:00%2B09:00',
  '/check?service=nothing-like-it&at=2022-10-15T16:00:00%2B09:00',
  '/compensation',
  '/compensation/kakao-t-pro-drivers',
  '/compensation?service=kakaotalk',
];

for (const width of [375, 1024]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const lang of ['ko', 'en']) {
      test(`the frame is its content's height on every route, no inner scrollbar (${lang})`, async ({ page }) => {
        test.setTimeout(120_000);
        const seen = [];
        for (const route of ROUTES) {
          const withLang = addLang(route, lang);
          await page.goto('about:blank');
          await page.goto(news(`#incident-explainer=${withLang}`));
          const frame = await widgetFrame(page);
          // embed.js (async) may run after the frame has loaded its own route.
          await expect.poll(() => frame.evaluate(() => location.hash)).toBe(`#${withLang}`);
          await waitStill(frame);
          const h = await settledHeights(page, frame);
          seen.push(`${route}: ${Math.round(h.outer)}`);
          // Compact: nothing taller than the reserved height until the reader expands it, and
          // nothing shorter either (a stable height per view).
          expect(h.outer, `${route} at ${width} px`).toBeLessThanOrEqual(RESERVED + 2);
          expect(h.outer, `${route} at ${width} px`).toBeGreaterThanOrEqual(RESERVED - 2);
        }
        console.log(`heights at ${width} px (${lang}): ${seen.join(', ')}`);
      });
    }

    test('the host page does not shift over a whole session', async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(news());
      const iframe = page.locator(FRAME).first();
      await iframe.scrollIntoViewIfNeeded();
      const frame = await widgetFrame(page);
      await settledHeights(page, frame);
      // The frame's height after every step: one value all along (a stable height per view).
      const heights = [];
      const note = async (step) => heights.push(`${step}: ${(await settledHeights(page, frame)).outer}`);
      const tab = (n) => frame.locator('.ie-nav a').nth(n);
      for (const n of [1, 0, 3, 2]) {
        await tab(n).click();
        await waitStill(frame);
        await note(`tab ${n}`);
      }
      // Run a check from the form.
      await frame.locator('#ie-check-service').fill('카톡');
      await frame.locator('.ie-check-form button[type=submit]').click();
      await expect(frame.locator('[data-verdict]')).toBeAttached();
      await waitStill(frame);
      await note('check');
      // Step through the estimator of one group to its answer.
      await tab(3).click();
      await frame.locator('.ie-comp-groups a', { hasText: /프로 멤버십 택시/ }).click();
      // The group's estimator, not the one before the link was followed, gets the answers.
      await expect.poll(() => frame.evaluate(() => location.hash)).toMatch(/^#\/compensation\/kakao-t-pro-drivers/);
      await waitStill(frame);
      const est = frame.locator('.ie-estimator');
      for (let i = 0; i < 6 && !(await est.locator('.ie-est-result').count()); i++) {
        // A reader's answers: a monthly fee where one is asked, the first choice otherwise.
        if (await est.locator('#ie-est-input').count()) await est.locator('#ie-est-input').fill('39000');
        else if (await est.locator('input[type=radio]').count()) await est.locator('input[type=radio]').first().check();
        await est.locator('button[type=submit]').click();
        await waitStill(frame);
        await note(`estimator step ${i}`);
      }
      await expect(est.locator('.ie-est-result')).toBeAttached();
      // The answer with its amount; the working folded, one tap away.
      await expect(est.locator('.ie-estimate-award').first()).toBeVisible();
      await expect(est.locator('.ie-estimate-how').first()).not.toHaveAttribute('open');
      await settledHeights(page, frame);
      // Further down, the script embed: every tab, then a check.
      const el = page.locator(ELEMENT);
      await el.scrollIntoViewIfNeeded();
      await embedsReady(page, 1);
      const own = [];
      const mark = async (step) => {
        await embedsReady(page, 1);
        own.push(`${step}: ${await el.evaluate((e) => Math.round(e.getBoundingClientRect().height))}`);
      };
      await mark('ready');
      for (const n of [0, 1, 3, 2]) {
        await el.locator('.ie-nav a').nth(n).click();
        await mark(`tab ${n}`);
      }
      await el.locator('#ie-check-service').fill('카카오T');
      await el.locator('.ie-check-form button[type=submit]').click();
      await expect(el.locator('[data-verdict]')).toBeAttached();
      await mark('check');
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0);
      console.log(
        `host CLS at ${width} px: ${cls.toFixed(4)} (${shifts.length} shift entries); ` +
          `frame heights: ${heights.join(', ')}; script embed heights: ${own.join(', ')}`,
      );
      expect(cls).toBeLessThanOrEqual(0.05);
      expect(heights.filter((h) => !h.endsWith(`: ${RESERVED}`))).toEqual([]);
      expect(own.filter((h) => !h.endsWith(`: ${RESERVED}`))).toEqual([]);
    });
  });
}

test.describe('the script embed in the article', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('holds the reserved height before the widget arrives, answers a check without touching the host hash', async ({ page }) => {
    // The wasm is held back: what the article sees between the module and the widget.
    let release;
    const held = new Promise((done) => (release = done));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(news());
    const el = page.locator(ELEMENT);
    await expect(el.locator('.ie-boot')).toBeAttached();
    expect(await el.evaluate((e) => e.getBoundingClientRect().height)).toBe(RESERVED);
    // The iframe snippet on the same page reserves the same height.
    expect(await page.locator(FRAME).getAttribute('height')).toBe(String(RESERVED));
    release();
    await embedsReady(page, 1);
    expect(await el.evaluate((e) => e.getBoundingClientRect().height)).toBe(RESERVED);
    await expect(el.locator('#ie-check-service')).toBeVisible();
    await el.locator('#ie-check-service').fill('카톡');
    await el.locator('#ie-check-time').fill('2022-10-15T18:00');
    await el.locator('.ie-check-form button[type=submit]').click();
    await expect(el.locator('[data-verdict="affected"]')).toBeVisible();
    await embedsReady(page, 1);
    const h = await el.evaluate((e) => e.getBoundingClientRect().height);
    expect(h).toBeGreaterThanOrEqual(RESERVED - 2);
    expect(h).toBeLessThanOrEqual(RESERVED + 2);
    // The route lives in the element; the article's address is as it was.
    expect(await el.getAttribute('route')).toMatch(/^\/check\?service=kakaotalk&at=2022-10-15T18/);
    expect(page.url()).toBe(news());
  });

  test("the article's CSS changes nothing inside it, and it changes nothing in the article", async ({ page }) => {
    // The widget inherits the article's font by design (README, "Theming"): compared apart.
    const props = PROPS.filter((p) => !['font-family', 'width', 'height'].includes(p));
    const widget = async () => {
      await embedsReady(page, 1);
      return shadowStyles(page, ELEMENT, props);
    };
    const HOST = ['.masthead a', 'h1', '.byline', '.lede', '#slot-title', '#script-embed-slot p', 'article > h2:last-of-type', 'footer p', FRAME];
    const article = () =>
      page.evaluate(
        ({ sels, props }) =>
          sels.map((sel) => {
            const cs = getComputedStyle(document.querySelector(sel));
            return `${sel} ` + props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
          }),
        { sels: HOST, props: PROPS.filter((p) => p !== 'height') },
      );

    await page.goto(news());
    const styled = await widget();
    const withEmbed = await article();
    expect(styled.length).toBeGreaterThan(50);
    // The article's CSS is in force around the embed...
    expect(await page.locator('#slot-title').evaluate((e) => getComputedStyle(e).textTransform)).toBe('uppercase');
    // ...and the widget takes only its font.
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(await page.locator(ELEMENT).locator('.ie').evaluate((e) => getComputedStyle(e).fontFamily)).toBe(bodyFont);

    // The same article without its stylesheet: the widget computes the same.
    await page.route(/\/demo\/news\.css$/, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
    await page.goto(news());
    expect(await widget()).toEqual(styled);
    await page.unroute(/\/demo\/news\.css$/);

    // The same article whose script embed never loads: the article computes the same.
    await page.route(/incident-explainer\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(news());
    await expect(page.locator(FRAME)).toBeVisible();
    expect(await page.evaluate(() => customElements.get('incident-explainer'))).toBeUndefined();
    expect(await article()).toEqual(withEmbed);
    // No stylesheet of the widget's reaches the article's document.
    await page.unroute(/incident-explainer\.js$/);
    await page.goto(news());
    await embedsReady(page, 1);
    expect(await page.evaluate(() => [...document.styleSheets].map((s) => new URL(s.href).pathname))).toEqual(['/demo/news.css']);
  });
});

test('a host deep link opens the first embed at that route; anything but a widget route is refused', async ({ page }) => {
  await page.goto(news(`#incident-explainer=/check?service=kakaotalk&at=${AT}`));
  let frame = await widgetFrame(page);
  await expect(frame.locator('[data-verdict="affected"]')).toBeAttached();
  // The embed's own language is kept.
  expect(await frame.evaluate(() => location.hash)).toBe(`#/check?service=kakaotalk&at=${AT}&lang=ko`);
  // The frame's document did not take focus from the host page.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  for (const bad of [
    'https://example.org/',
    '//example.org/x',
    '/check?service=kakaotalk#/x',
    'javascript:alert(1)',
    '/admin',
    '/timeline/../../x',
  ]) {
    await page.goto('about:blank');
    await page.goto(news(`#incident-explainer=${bad}`));
    frame = await widgetFrame(page);
    expect(await page.locator(FRAME).first().getAttribute('src'), bad).toBe(`${BUNDLE}#/timeline?lang=ko`);
    expect(await frame.evaluate(() => location.href), bad).toBe(`${BUNDLE}#/timeline?lang=ko`);
  }
  // A hash change on the host page, later, is followed too, and the reader's focus stays on the
  // article's link it was on (the view change inside the frame moves no focus).
  await page.locator('nav a[href="support.html"]').focus();
  await page.evaluate(() => (location.hash = '#incident-explainer=/compensation/kakao-t-pro-drivers'));
  await expect.poll(() => frame.evaluate(() => location.hash)).toBe('#/compensation/kakao-t-pro-drivers?lang=ko');
  await expect(frame.locator('.ie-nav a[aria-current="page"]')).toHaveText('보상');
  await waitStill(frame);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('support.html');
});

test('height messages from any other frame or origin are ignored; the widget speaks Pym', async ({ page, problems }) => {
  await page.goto(news());
  const frame = await widgetFrame(page);
  const before = await settledHeights(page, frame);
  // 1. Another frame of the widget's own origin, not marked, posting fake heights in every shape.
  // 2. The widget's own frame navigated to another origin (the host's), posting the same.
  await page.evaluate(
    ({ bundle }) => {
      const spoof = document.createElement('iframe');
      spoof.id = 'spoof';
      spoof.title = 'spoof';
      spoof.src = `${bundle}fixtures/embed-spoof.html`;
      document.querySelector('article').append(spoof);
    },
    { bundle: BUNDLE },
  );
  await expect.poll(() => page.locator('#spoof').evaluate((f) => f.contentWindow.length >= 0)).toBe(true);
  await page.waitForTimeout(800);
  expect(await page.locator(FRAME).evaluate((f) => f.getBoundingClientRect().height)).toBe(before.outer);
  expect(await page.locator('#spoof').evaluate((f) => f.style.height)).toBe('');

  await frame.evaluate((u) => (location.href = u), `${demo.url.replace('/demo/', '/fixtures/')}embed-spoof.html`);
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/fixtures/embed-spoof.html?posted'))).toBe(true);
  await page.waitForTimeout(800);
  expect(await page.locator(FRAME).evaluate((f) => f.getBoundingClientRect().height)).toBe(before.outer);

  // Pym: with ?childId= the widget sends Pym's height message and answers Pym's width request.
  await page.evaluate((bundle) => {
    window.__pym = [];
    window.addEventListener('message', (e) => {
      if (typeof e.data === 'string' && e.data.startsWith('pymxPYMxie1xPYMx')) window.__pym.push(e.data);
    });
    const f = document.createElement('iframe');
    f.id = 'pym';
    f.title = 'pym';
    f.src = `${bundle}?childId=ie1#/services`;
    document.querySelector('article').append(f);
  }, BUNDLE);
  await expect.poll(() => page.evaluate(() => window.__pym.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__pym[0])).toMatch(/^pymxPYMxie1xPYMxheightxPYMx\d+$/);
  let pymFrame;
  await expect.poll(() => (pymFrame = page.frames().find((f) => f.url().includes('childId=ie1'))) !== undefined).toBe(true);
  await expect(pymFrame.locator('[data-state="ready"]')).toBeAttached();
  await waitStill(pymFrame);
  // Quiet: no report for 700 ms.
  const quiet = async () => {
    let n = -1;
    await expect
      .poll(async () => {
        const before = await page.evaluate(() => window.__pym.length);
        await page.waitForTimeout(700);
        const after = await page.evaluate(() => window.__pym.length);
        n = after;
        return before === after;
      })
      .toBe(true);
    return n;
  };
  const ask = (msg) => page.evaluate((m) => document.getElementById('pym').contentWindow.postMessage(m, '*'), msg);
  // A request for another child, or in another shape, is not answered.
  let n = await quiet();
  for (const other of ['pymxPYMxie2xPYMxwidthxPYMx300', 'pymxPYMxie1xPYMxnavigateToxPYMxhttps://example.org/', { type: 'other' }]) {
    await ask(other);
  }
  await page.waitForTimeout(700);
  expect(await page.evaluate(() => window.__pym.length)).toBe(n);
  // Pym's width request for this child is.
  await ask('pymxPYMxie1xPYMxwidthxPYMx300');
  await expect.poll(() => page.evaluate(() => window.__pym.length)).toBeGreaterThan(n);
});

test('hidden, late and silent frames: no collapse while hidden, sized when shown, the reserved height kept', async ({ page }) => {
  await page.goto(news());
  await widgetFrame(page);
  await page.evaluate((bundle) => {
    const box = document.createElement('div');
    box.id = 'tabpanel';
    box.hidden = true;
    box.innerHTML =
      `<iframe id="late" data-incident-explainer title="late" height="300" src="${bundle}#/services?lang=en"></iframe>` +
      `<p>after</p>`;
    document.querySelector('article').append(box);
    const silent = document.createElement('iframe');
    silent.id = 'silent';
    silent.title = 'silent';
    silent.setAttribute('data-incident-explainer', '');
    silent.setAttribute('height', '640');
    silent.src = `${bundle}fixtures/embed-silent.html`;
    document.querySelector('article').append(silent);
  }, BUNDLE);
  // Hidden: it has no box, and embed.js gives it none.
  await page.waitForTimeout(800);
  expect(await page.locator('#late').evaluate((f) => f.style.height)).toBe('');
  // Shown: the widget reports and the frame takes its height.
  await page.evaluate(() => (document.getElementById('tabpanel').hidden = false));
  await expect
    .poll(async () => {
      const late = page.frames().find((f) => f.url().includes('#/services?lang=en'));
      if (!late) return 'no frame';
      const content = await late.evaluate(() => document.getElementById('incident-explainer')?.getBoundingClientRect().height ?? 0);
      // Its viewport (no style here: the default 2 px border stays around it).
      const inner = await page.locator('#late').evaluate((f) => f.clientHeight);
      return content > 0 && Math.abs(inner - content) <= 2 ? 'sized' : `${inner} vs ${content}`;
    })
    .toBe('sized');
  // A frame whose page never reports keeps the height it reserved.
  expect(await page.locator('#silent').evaluate((f) => f.clientHeight)).toBe(640);
});

test('the widget page holds the strict CSP inside the demo page', async ({ page, problems }) => {
  const doc = page.waitForResponse((r) => r.url().startsWith(BUNDLE) && new URL(r.url()).pathname === '/');
  await page.goto(news('#incident-explainer=/check'));
  expect((await doc).headers()['content-security-policy']).toBe(CSP);
  const frame = await widgetFrame(page);
  await frame.locator('.ie-embed-panel summary').click();
  await expect(frame.locator('[data-snippet="iframe"]')).toContainText('data-incident-explainer');
  // The script embed runs under the article's own policy (its wasm, stylesheet and incident file
  // from the bundle's origin).
  await embedsReady(page, 1);
  // The page fixture fails the test on any CSP violation, in the host or the frame.
  expect(problems.csp).toEqual([]);
});

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('axe', () => {
  // axe is injected as a script tag, which the demo pages' own CSP would block.
  test.use({ bypassCSP: true });
  const axe = async (page, what) => {
    await drawAll(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }),
      TAGS,
    );
    const violations = result.violations.map(
      (v) => `${v.id}: ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations, what).toEqual([]);
  };
  for (const colorScheme of ['light', 'dark']) {
    for (const pageName of ['news.html', 'support.html']) {
      test(`${pageName} (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${demo.url}${pageName}`);
        if (pageName === 'news.html') {
          await widgetFrame(page);
          // axe looks into the script embed's open shadow root.
          await embedsReady(page, 1);
        }
        await axe(page, `${pageName} ${colorScheme}`);
      });
    }
    test(`the compact views and the open share panel (${colorScheme}, 375 px)`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ colorScheme });
      for (const route of ['/timeline', '/services', '/services/kakaotalk', `/check?service=kakaotalk&at=${AT}`, '/compensation', '/compensation/kakao-t-pro-drivers']) {
        await page.goto(`${BUNDLE}?embed=1#${addLang(route, 'en')}`);
        await expect(page.locator('.ie-embedded[data-state="ready"]')).toBeAttached();
        await waitStill(page);
        await page.locator('.ie-embed-panel summary').click();
        await axe(page, `${route} embedded, ${colorScheme}`);
      }
    });
  }
});
