// The timeline view in a browser: a deep link scrolls to its event and focuses it (also when
// reached from another view), an unknown event says so, the filters change the URL and the list
// and come back with the back button, the status chart has one row per affected service and
// expands by keyboard, its cursor follows focus, the day zone switch regroups the days, nothing
// scrolls sideways at 360 px, axe finds nothing in either theme or language, and the widget
// takes over with the whole list.
import { test, expect, url, ids, waitReady, waitSettled, drawAll, ROOT } from './helpers.mjs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './playwright.config.mjs';
import { join } from 'node:path';

const EVENTS = '.ie-tl-event';
const hash = (page) => page.evaluate(() => location.hash);
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

const data = () => ids().data;
/** Services with some function out or degraded at some point: the chart's rows. */
const affected = () =>
  (data().services ?? []).filter((s) => (s.functions ?? []).some((f) => (f.status ?? []).some((i) => i.level !== 'restored')));
/** An event from the middle of the day of the outage (a deep link worth scrolling to). */
const middleEvent = () => {
  const events = [...(data().events ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return events[Math.floor(events.length / 2)];
};

test.describe('progressive rendering', () => {
  // The list renders in steps (src/components/shared/progressive.rs), off the page: the widget
  // takes over from the pre-rendered view (or the boot message, for ?src=) once the last step is
  // done, so the view it shows is already whole and never shorter than the one it replaces.
  // That the steps keep every task short is the 20,000-event test's (hostile.spec.mjs).
  for (const src of [undefined, 'incident.json']) {
    test(`the widget takes over with every event and chart row at once${src ? ' (?src=)' : ''}`, async ({ page }) => {
      const total = data().events.length;
      // Count the events in the same task in which the widget says "ready".
      await page.addInitScript(() => {
        new MutationObserver((_, mo) => {
          if (document.querySelector('[data-state="ready"]')) {
            window.__atReady = document.querySelectorAll('.ie-live .ie-tl-event').length;
            window.__rowsAtReady = document.querySelectorAll('.ie-live #ie-chart-table .ie-chart-list-service').length;
            mo.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(url('/timeline', { src }));
      await waitReady(page);
      expect(await page.evaluate(() => window.__atReady)).toBe(total);
      expect(await page.evaluate(() => window.__rowsAtReady)).toBe(affected().length);
    });
  }

  test('a deep link to the last event renders it at once and focuses it', async ({ page }) => {
    const events = [...data().events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const last = events[events.length - 1];
    await page.goto(url(`/timeline/${last.id}`, { lang: 'en' }));
    await waitReady(page);
    await expect.poll(() => activeId(page)).toBe(`ev-${last.id}`);
    await expect(page.locator(`[id="ev-${last.id}"]`)).toBeInViewport();
  });
});

test.describe('drawing', () => {
  // styles/timeline.css: the browser draws the events near the screen only, so the takeover and
  // scrolling lay out what the reader sees, not the whole timeline.
  for (const lang of ['ko', 'en']) {
    test(`events far off screen are drawn when the reader comes to them (${lang})`, async ({ page }) => {
      await page.goto(url('/timeline', { lang }));
      await waitSettled(page);
      const drawn = (i) =>
        page.locator('.ie-tl-event .ie-tl-title').nth(i).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
      const events = await page.locator('.ie-tl-event').count();
      expect(events).toBe(data().events.length);
      expect(await drawn(events - 1), 'the last event, at the top of the page').toBe(false);
      await page.locator('.ie-tl-event').nth(events - 1).scrollIntoViewIfNeeded();
      await expect.poll(() => drawn(events - 1), 'the last event, on screen').toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => drawn(events - 1), 'the last event, once the reader is back at the top').toBe(false);
    });
  }
});

test.describe('deep link', () => {
  test('opens scrolled to its event, with keyboard focus on it', async ({ page }) => {
    const e = middleEvent();
    await page.goto(url(`/timeline/${e.id}`, { lang: 'en' }));
    await waitReady(page);
    await expect.poll(() => activeId(page)).toBe(`ev-${e.id}`);
    const el = page.locator(`[id="ev-${e.id}"]`);
    await expect(el).toBeInViewport();
    await expect(el).toHaveAttribute('aria-current', 'true');
    await expect(el).toContainText(e.title.en);
    // The chart's cursor marks it, and says so in words.
    await expect(page.locator('.ie-chart-cursor-note')).toContainText(e.title.en);
  });

  test('reached from another view and from an event link, it still focuses the event', async ({ page }) => {
    const e = middleEvent();
    await page.goto(url('/services'));
    await waitReady(page);
    await page.evaluate((id) => {
      location.hash = `#/timeline/${id}`;
    }, e.id);
    await expect.poll(() => activeId(page)).toBe(`ev-${e.id}`);
    await expect(page.locator(`[id="ev-${e.id}"]`)).toBeInViewport();

    const events = [...data().events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const last = events[events.length - 1];
    await page.locator(`[id="ev-${last.id}"] .ie-tl-permalink`).click();
    await expect.poll(() => hash(page)).toBe(`#/timeline/${last.id}`);
    await expect.poll(() => activeId(page)).toBe(`ev-${last.id}`);
    await expect(page.locator(`[id="ev-${last.id}"]`)).toBeInViewport();
  });

  test('an unknown event says so and still shows the timeline', async ({ page }) => {
    await page.goto(url('/timeline/no-such-event', { lang: 'en' }));
    await waitReady(page);
    await expect(page.locator('.ie-tl-missing')).toContainText('There is no event “no-such-event”');
    await expect(page.locator(EVENTS)).toHaveCount(data().events.length);
  });
});

test.describe('filters', () => {
  test('service and kind go into the URL, change the list, and come back with Back', async ({ page }) => {
    const all = data().events;
    const talk = all.filter((e) => (e.services ?? []).includes('kakaotalk'));
    const talkRecovery = talk.filter((e) => e.kind === 'recovery');
    test.skip(talkRecovery.length === 0, 'no KakaoTalk recovery event in the data');

    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    await expect(page.locator(EVENTS)).toHaveCount(all.length);

    await page.selectOption('#ie-tl-service', 'kakaotalk');
    await expect.poll(() => hash(page)).toBe('#/timeline?service=kakaotalk&lang=en');
    await expect(page.locator(EVENTS)).toHaveCount(talk.length);

    const recovery = page.getByRole('button', { name: 'Recovery', exact: true });
    await recovery.click();
    await expect.poll(() => hash(page)).toBe('#/timeline?service=kakaotalk&kind=recovery&lang=en');
    await expect(page.locator(EVENTS)).toHaveCount(talkRecovery.length);
    await expect(recovery).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.ie-tl-count')).toContainText(`Showing ${talkRecovery.length} of ${all.length} events`);
    for (const e of await page.locator(EVENTS).all()) await expect(e).toHaveAttribute('data-kind', 'recovery');

    await page.goBack();
    await expect.poll(() => hash(page)).toBe('#/timeline?service=kakaotalk&lang=en');
    await expect(page.locator(EVENTS)).toHaveCount(talk.length);
    await expect(page.locator('#ie-tl-service')).toHaveValue('kakaotalk');
    await page.goBack();
    await expect.poll(() => hash(page)).toBe('#/timeline?lang=en');
    await expect(page.locator(EVENTS)).toHaveCount(all.length);
    await expect(page.locator('#ie-tl-service')).toHaveValue('');
  });

  test('"Show all" clears the filters', async ({ page }) => {
    await page.goto(url('/timeline?kind=cause', { lang: 'en' }));
    await waitReady(page);
    const causes = data().events.filter((e) => e.kind === 'cause').length;
    await expect(page.locator(EVENTS)).toHaveCount(causes);
    await page.getByRole('link', { name: 'Show all' }).click();
    await expect.poll(() => hash(page)).toBe('#/timeline?lang=en');
    await expect(page.locator(EVENTS)).toHaveCount(data().events.length);
  });
});

test.describe('status chart', () => {
  test('one row per affected service; a service expands to its functions by keyboard', async ({ page }) => {
    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    const rows = affected();
    expect(rows.length).toBeGreaterThan(1);
    await expect(page.locator('[data-chart-row="service"]')).toHaveCount(rows.length);
    await expect(page.locator('[data-chart-row="function"]')).toHaveCount(0);

    const svc = rows.find((s) => s.functions.length > 1);
    const toggle = page.locator(`[data-chart-row="service"][data-service="${svc.id}"] button`);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`[data-chart-row="function"][data-service="${svc.id}"]`)).toHaveCount(svc.functions.length);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-chart-row="function"]')).toHaveCount(0);
  });

  test('zoom presets are toggle buttons; bars stay inside the chart', async ({ page }) => {
    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    const first12 = page.getByRole('button', { name: 'First 12 h' });
    await first12.click();
    await expect(first12).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /Whole incident/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.ie-chart-note')).toHaveCount(0);
    const outside = await page.locator('.ie-chart-bars rect.ie-bar').evaluateAll((rects) =>
      rects.filter((r) => {
        const x = parseFloat(r.getAttribute('x'));
        const w = parseFloat(r.getAttribute('width'));
        return x < 0 || w <= 0 || x + w > 100.001;
      }).length,
    );
    expect(outside).toBe(0);
  });

  test('the cursor follows the event that has focus', async ({ page }) => {
    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    await expect(page.locator('.ie-chart-rows .ie-chart-cursor')).toHaveCount(0);
    const e = middleEvent();
    await page.locator(`[id="ev-${e.id}"] .ie-tl-permalink`).focus();
    await expect(page.locator('.ie-chart-cursor-note')).toContainText(e.title.en);
    await expect(page.locator('.ie-chart-rows .ie-chart-cursor').first()).toBeAttached();
  });

  test('the list says the same in words and can be shown', async ({ page }) => {
    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    const list = page.locator('#ie-chart-table');
    await expect(list.locator('.ie-chart-list-service')).toHaveCount(affected().length);
    await expect(list).toHaveClass(/ie-visually-hidden/);
    await page.getByRole('button', { name: 'Show as a list' }).click();
    await expect(list).not.toHaveClass(/ie-visually-hidden/);
    await expect(list.locator('.ie-chart-list-service').first()).toBeVisible();
  });

  // What the page skips drawing off screen (the list while the chart shows, the events far
  // down) is still there for a screen reader: Chromium keeps skipped content in its
  // accessibility tree when accessibility is on from the start, as it is with a screen reader.
  test('what is not drawn off screen stays in the accessibility tree', async ({ baseURL }) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'] });
    try {
      const page = await browser.newPage({ baseURL, viewport: { width: 412, height: 823 }, locale: 'en-US' });
      await page.goto(url('/timeline', { lang: 'en' }));
      await waitSettled(page);
      const skipped = (selector) =>
        page.locator(selector).evaluate((el) => !el.checkVisibility({ contentVisibilityAuto: true }));
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const node = async (selector) => {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        return { ignored: nodes[0].ignored, role: nodes[0].role?.value, name: nodes[0].name?.value };
      };
      const listTitle = '#ie-chart-table h4';
      const lastTitle = `[id="${await page.locator(EVENTS).last().getAttribute('id')}"] .ie-tl-title`;
      expect(await skipped(listTitle)).toBe(true);
      expect(await skipped(lastTitle)).toBe(true);
      expect(await node(listTitle)).toEqual({ ignored: false, role: 'heading', name: await page.locator(listTitle).textContent() });
      expect(await node(lastTitle)).toMatchObject({ ignored: false, role: 'heading' });
      await page.getByRole('button', { name: 'Show as a list' }).click();
      expect(await skipped(listTitle)).toBe(false);
    } finally {
      await browser.close();
    }
  });
});

test.describe('reader in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  /** How many calendar days the events fall on in a zone. */
  const days = (timeZone) =>
    new Set(data().events.map((e) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(e.at)))).size;

  test('times show EDT beside KST, and days regroup in the reader’s zone', async ({ page }) => {
    await page.goto(url('/timeline', { lang: 'en' }));
    await waitReady(page);
    const fire = data().events.find((e) => e.id === 'fire-starts');
    if (fire) await expect(page.locator('[id="ev-fire-starts"]')).toContainText('Sat 15 Oct, 02:19 UTC−04:00');
    await expect(page.locator('.ie-tl-day-title')).toHaveCount(days('Asia/Seoul'));
    const mine = page.getByRole('button', { name: 'Your time (America/New_York)' });
    await mine.click();
    await expect(mine).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.ie-tl-day-title')).toHaveCount(days('America/New_York'));
    await expect(page.locator('.ie-tl-day-title').first()).toContainText('America/New_York');
    await expect(page.locator('.ie-chart-axis-zone')).toContainText('America/New_York');
  });

  test('360 px wide: nothing scrolls sideways, with a service expanded and the list shown', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url('/timeline/fire-starts', { lang: 'ko' }));
    await waitReady(page);
    await page.locator('[data-chart-row="service"] button').first().click();
    await page.getByRole('button', { name: '목록으로 보기' }).click();
    await page.getByRole('button', { name: /내 시간/ }).click();
    await page.locator('.ie-tl-more summary').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

// axe-core, injected as a script tag, needs the CSP bypassed (as in a11y.spec.mjs).
test.describe('axe', () => {
  const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  test.use({ bypassCSP: true, timezoneId: 'America/New_York' });

  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      for (const [name, route] of [
        ['timeline', '/timeline'],
        ['deep link', '/timeline/fire-starts'],
      ]) {
        test(`${name}, ${colorScheme}, ${lang}, with a service expanded and the list shown`, async ({ page }) => {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await page.goto(url(route, { lang }));
          await waitSettled(page);
          await page.locator('[data-chart-row="service"] button').first().click();
          await page.locator('.ie-chart-controls > button').click();
          await expect(page.locator('[data-chart-row="function"]').first()).toBeVisible();
          expect(await drawAll(page), 'events in the audit').toBeGreaterThan(0);
          await page.addScriptTag({ path: AXE });
          const result = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
            TAGS,
          );
          const violations = result.violations.map(
            (v) => `${v.id}: ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
          );
          expect(violations).toEqual([]);
        });
      }
    }
  }
});
