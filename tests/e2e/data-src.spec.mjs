// Loading another incident with ?src= (issue 3): a good file replaces the built-in incident; a
// bad one, a missing one, one from another origin, a network failure or a timeout each say what
// went wrong, located and in the reader's language, while the widget keeps showing data (the
// built-in incident, or the last good copy of the same URL). Every bad fixture in
// tests/fixtures/bad/ is loaded and its messages compared with its .expected file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, url, ids, ROOT } from './helpers.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const GOOD = JSON.parse(readFileSync(join(FIXTURES, 'good.json'), 'utf8'));
const BAD = readdirSync(join(FIXTURES, 'bad'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    file: f,
    body: readFileSync(join(FIXTURES, 'bad', f), 'utf8'),
    expected: readFileSync(join(FIXTURES, 'bad', f.replace(/\.json$/, '.expected')), 'utf8')
      .split('\n')
      .filter((l) => l !== ''),
  }));
const BUILTIN = () => ids().data.incident.title;

const SHOWING = {
  ko: { builtin: '기본 장애 데이터를 계속 보여 줍니다.', last: '마지막으로 불러온 정상 데이터를 계속 보여 줍니다.', failed: '장애 데이터를 불러오지 못했습니다' },
  en: { builtin: 'Still showing the built-in incident.', last: 'Still showing the last good copy.', failed: 'The incident data could not be loaded' },
};

const title = (page) => page.locator('[data-state] h1').first();
const notice = (page) => page.locator('.ie-notice[role="alert"]');
/** The problems the notice lists, folded ones included, in order. */
const lines = (page) => page.locator('.ie-notice li code').allTextContents();
const errorState = (page) => expect(page.locator('[data-state="error"]').first()).toBeAttached();
const origin = () => `http://127.0.0.1:${process.env.E2E_PORT}`;

test.describe('a good file', () => {
  for (const lang of ['ko', 'en']) {
    test(`replaces the built-in incident (${lang})`, async ({ page }) => {
      await page.goto(url('/services', { src: '/fixtures/good.json', lang }));
      await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
      await expect(title(page)).toHaveText(GOOD.incident.title[lang]);
      await expect(page.getByText(GOOD.services[0].name[lang]).first()).toBeVisible();
      await expect(notice(page)).toHaveCount(0);
    });
  }
});

test.describe('a bad file', () => {
  const bad = BAD.find((b) => b.file === 'time-no-offset.json');
  const path = 'services[0].functions[0].status[1].to';
  const messages = {
    ko: `${path}: UTC 오프셋이 없는 시각입니다 (예: +09:00을 붙이세요)`,
    en: `${path}: time without a UTC offset (add one, e.g. +09:00)`,
  };
  for (const lang of ['ko', 'en']) {
    test(`says where and what, in ${lang}, and keeps the built-in incident`, async ({ page }) => {
      await page.goto(url('/timeline', { src: `/fixtures/bad/${bad.file}`, lang }));
      await errorState(page);
      await expect(notice(page)).toContainText(SHOWING[lang].failed);
      await expect(notice(page)).toContainText(SHOWING[lang].builtin);
      expect(await lines(page)).toEqual([messages[lang]]);
      await expect(title(page)).toHaveText(BUILTIN()[lang]);
      // The rest of the widget still works on the data it shows.
      await expect(page.locator('.ie-main h2').first()).toBeVisible();
    });
  }
});

test.describe('every bad fixture shows its expected messages', () => {
  // Independent page loads: let the workers share them.
  test.describe.configure({ mode: 'parallel' });
  for (const bad of BAD) {
    test(bad.file, async ({ page }) => {
      await page.goto(url('/timeline', { src: `/fixtures/bad/${bad.file}`, lang: 'en' }));
      await errorState(page);
      expect(await lines(page)).toEqual(bad.expected);
      await expect(title(page)).toHaveText(BUILTIN().en);

      // Switched to Korean (the hash changes, the page stays): the same paths, in the same
      // order, with Korean words.
      await page.goto(url('/timeline', { src: `/fixtures/bad/${bad.file}`, lang: 'ko' }));
      await expect(page.locator('[data-state="error"][lang="ko"]').first()).toBeAttached();
      await errorState(page);
      const ko = await lines(page);
      const pathOf = (l) => l.match(/^([^\s:]+): /)?.[1] ?? '';
      expect(ko.map(pathOf)).toEqual(bad.expected.map(pathOf));
      for (const l of ko) expect(l).toMatch(/[가-힣]/);
    });
  }
});

test.describe('a file that cannot be had', () => {
  test('a missing file gives its HTTP status, in both languages', async ({ page, problems }) => {
    problems.allow(/404|Not Found|Failed to load resource/i);
    const src = '/fixtures/no-such-incident.json';
    await page.goto(url('/timeline', { src, lang: 'en' }));
    await errorState(page);
    expect(await lines(page)).toEqual([`src (${origin()}${src}): the server answered HTTP 404`]);
    await expect(notice(page)).toContainText(SHOWING.en.builtin);
    await expect(title(page)).toHaveText(BUILTIN().en);

    await page.goto(url('/timeline', { src, lang: 'ko' }));
    await page.reload();
    await errorState(page);
    expect(await lines(page)).toEqual([`src (${origin()}${src}): 서버가 HTTP 404 상태로 응답했습니다`]);
    await expect(title(page)).toHaveText(BUILTIN().ko);
  });

  test('another origin (localhost is not 127.0.0.1) is refused without a request', async ({ page, problems }) => {
    const other = `http://localhost:${process.env.E2E_PORT}`;
    await page.goto(url('/timeline', { src: `${other}/fixtures/good.json`, lang: 'en' }));
    await errorState(page);
    expect(await lines(page)).toEqual([`src: origin ${other} is not allowed`]);
    await expect(title(page)).toHaveText(BUILTIN().en);

    await page.goto(url('/timeline', { src: `${other}/fixtures/good.json`, lang: 'ko' }));
    await page.reload();
    await errorState(page);
    expect(await lines(page)).toEqual([`src: 허용되지 않은 출처입니다: ${other}`]);
    // The page fixture fails the test on any request off 127.0.0.1; say so here too.
    expect(problems.requests).toEqual([]);
  });

  test('a javascript: src is refused', async ({ page }) => {
    await page.goto(url('/timeline', { src: 'javascript:alert(1)', lang: 'en' }));
    await errorState(page);
    expect(await lines(page)).toEqual(['src: not an http or https URL']);
  });

  test('a network failure says so', async ({ page, problems }) => {
    problems.allow(/Failed to load resource|ERR_FAILED|net::/i);
    await page.route('**/fixtures/unreachable.json', (route) => route.abort('connectionrefused'));
    await page.goto(url('/timeline', { src: '/fixtures/unreachable.json', lang: 'en' }));
    await errorState(page);
    expect(await lines(page)).toEqual([`src (${origin()}/fixtures/unreachable.json): could not be fetched`]);
    await expect(title(page)).toHaveText(BUILTIN().en);
  });

  test('a server that never answers times out after 10 s', async ({ page, problems }) => {
    test.setTimeout(40_000);
    problems.allow(/Failed to load resource|ERR_|aborted/i);
    await page.route('**/fixtures/silent.json', () => {
      // Never answered: the widget's own timeout must end the wait.
    });
    await page.goto(url('/timeline', { src: '/fixtures/silent.json', lang: 'en' }));
    await expect(page.locator('[data-state="loading"]').first()).toBeAttached();
    await expect(page.locator('[data-state="error"]').first()).toBeAttached({ timeout: 20_000 });
    expect(await lines(page)).toEqual([`src (${origin()}/fixtures/silent.json): no answer in time`]);
    await expect(title(page)).toHaveText(BUILTIN().en);
  });
});

test.describe('the last good copy', () => {
  /** Serves /fixtures/changing.json: the good file first, then `later` for every request after. */
  async function changing(page, later) {
    const served = { count: 0 };
    const good = readFileSync(join(FIXTURES, 'good.json'), 'utf8');
    await page.route('**/fixtures/changing.json', (route) => {
      served.count += 1;
      if (served.count === 1) return route.fulfill({ status: 200, contentType: 'application/json', body: good });
      return later(route);
    });
    return served;
  }

  test('the copy is written from an idle callback, without leaving the page', async ({ page }) => {
    // Each write of a copy, and whether an idle callback made it (the page may be idle between
    // the steps of the first render too, so "after ready" is not promised; "not in the load's
    // own task" is).
    await page.addInitScript(() => {
      window.__kept = [];
      window.__inIdle = false;
      const idle = window.requestIdleCallback;
      window.requestIdleCallback = (callback, options) =>
        idle.call(window, (deadline) => {
          window.__inIdle = true;
          try {
            callback(deadline);
          } finally {
            window.__inIdle = false;
          }
        }, options);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('incident-explainer:last-good:')) window.__kept.push([key, window.__inIdle]);
        return setItem.call(this, key, value);
      };
    });
    await page.goto(url('/timeline', { src: '/fixtures/good.json', lang: 'en' }));
    await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
    await page.waitForFunction(() => window.__kept.length > 0, null, { timeout: 5000 });
    const { kept, stored } = await page.evaluate(() => ({
      kept: window.__kept,
      stored: localStorage.getItem(window.__kept[0][0]),
    }));
    expect(kept).toEqual([[`incident-explainer:last-good:${origin()}/fixtures/good.json`, true]]);
    expect(JSON.parse(stored)).toEqual(GOOD);
  });

  test('a bad file at a URL that once loaded falls back to its last good copy', async ({ page }) => {
    const bad = BAD.find((b) => b.file === 'time-no-offset.json');
    const served = await changing(page, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: bad.body }),
    );
    await page.goto(url('/timeline', { src: '/fixtures/changing.json', lang: 'en' }));
    await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
    await expect(title(page)).toHaveText(GOOD.incident.title.en);

    await page.reload();
    await errorState(page);
    expect(served.count).toBe(2);
    expect(await lines(page)).toEqual(bad.expected);
    await expect(notice(page)).toContainText(SHOWING.en.last);
    await expect(title(page)).toHaveText(GOOD.incident.title.en);
  });

  test('so does a later HTTP error, in Korean', async ({ page, problems }) => {
    problems.allow(/Failed to load resource|500/i);
    await changing(page, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(url('/timeline', { src: '/fixtures/changing.json', lang: 'ko' }));
    await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
    await page.reload();
    await errorState(page);
    expect(await lines(page)).toEqual([`src (${origin()}/fixtures/changing.json): 서버가 HTTP 500 상태로 응답했습니다`]);
    await expect(notice(page)).toContainText(SHOWING.ko.last);
    await expect(title(page)).toHaveText(GOOD.incident.title.ko);
  });

  test('the copy of one URL is not used for another', async ({ page }) => {
    await changing(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{' }));
    await page.goto(url('/timeline', { src: '/fixtures/changing.json', lang: 'en' }));
    await expect(page.locator('[data-state="ready"]').first()).toBeAttached();
    await page.goto(url('/timeline', { src: '/fixtures/bad/version-2.json', lang: 'en' }));
    await errorState(page);
    await expect(notice(page)).toContainText(SHOWING.en.builtin);
    await expect(title(page)).toHaveText(BUILTIN().en);
  });
});
