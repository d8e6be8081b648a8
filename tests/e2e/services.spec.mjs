// The services view in the browser: the list grouped by operator, the search box (its text
// kept in the URL by replacing the history entry, so typing does not flood the back button),
// a service's detail and an unknown id, long lists a page at a time (a synthetic incident of
// 1,000 services loaded by ?src=), and axe in both themes and languages.
import { test, expect, url, waitReady, ids, ROOT } from './helpers.mjs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const cards = (page) => page.locator('.ie-card');
const hash = (page) => page.evaluate(() => location.hash);

test.describe('the list', () => {
  test('every service, grouped by provider, third parties together last', async ({ page }) => {
    const { data } = ids();
    await page.goto(url('/services', { lang: 'en' }));
    await waitReady(page);
    await expect(cards(page)).toHaveCount(data.services.length);
    await expect(page.locator('.ie-count')).toHaveText(`${data.services.length} services`);
    const used = (o) => data.services.some((s) => s.operator === o.id);
    const providers = data.operators.filter((o) => used(o) && (o.role ?? 'provider') === 'provider');
    const thirdParties = data.operators.filter((o) => used(o) && o.role === 'third-party');
    expect(thirdParties.length).toBeGreaterThan(0);
    await expect(page.locator('.ie-group h3')).toHaveCount(providers.length + 1);
    await expect(page.locator('.ie-group h3').first()).toContainText(providers[0].name.en);
    await expect(page.locator('.ie-group h3').last()).toContainText('Third parties');
    await expect(page.locator('.ie-group').last().locator('[data-service="upbit"]')).toHaveCount(1);
    const talk = page.locator('[data-service="kakaotalk"]');
    await expect(talk.locator('[data-level]')).toHaveText('Down');
    await expect(talk).toContainText('Total time down');
  });

  for (const [typed, first, absent] of [
    ['카톡', 'kakaotalk', 'kakao-pay'],
    ['kakaot', 'kakao-t', 'melon'],
    ['KAKAO PAY', 'kakao-pay', 'kakaotalk'],
  ]) {
    test(`search "${typed}" narrows the list and lives in the URL`, async ({ page }) => {
      await page.goto(url('/services', { lang: 'en' }));
      await waitReady(page);
      const before = await page.evaluate(() => history.length);
      await page.getByLabel('Find a service').pressSequentially(typed);
      await expect(page.locator(`[data-service="${first}"]`)).toBeVisible();
      await expect(page.locator(`[data-service="${absent}"]`)).toHaveCount(0);
      expect(await hash(page)).toBe(`#/services?q=${encodeURIComponent(typed)}&lang=en`);
      expect(await page.evaluate(() => history.length), 'typing replaced the entry').toBe(before);
      await page.reload();
      await waitReady(page);
      await expect(page.getByLabel('Find a service')).toHaveValue(typed);
      await expect(page.locator(`[data-service="${absent}"]`)).toHaveCount(0);
    });
  }

  test('a search with no match says so; clearing it shows everything again', async ({ page }) => {
    const { data } = ids();
    await page.goto(url('/services?q=zzzz', { lang: 'ko' }));
    await waitReady(page);
    await expect(cards(page)).toHaveCount(0);
    await expect(page.locator('.ie-empty')).toHaveText(/‘zzzz’와 맞는 서비스가 없습니다/);
    await page.getByLabel('서비스 찾기').fill('');
    await expect(cards(page)).toHaveCount(data.services.length);
    expect(await hash(page)).toBe('#/services?lang=ko');
  });

  test('from a search to a service and back', async ({ page }) => {
    await page.goto(url('/services?q=%EC%B9%B4%ED%86%A1', { lang: 'ko' }));
    await waitReady(page);
    await page.getByRole('link', { name: '카카오톡', exact: true }).click();
    await expect(page.locator('h2')).toHaveText('카카오톡');
    await page.goBack();
    await expect(page.getByLabel('서비스 찾기')).toHaveValue('카톡');
  });
});

test.describe('one service', () => {
  for (const lang of ['ko', 'en']) {
    test(`KakaoTalk's functions, intervals and sources (${lang})`, async ({ page }) => {
      const { data } = ids();
      const talk = data.services.find((s) => s.id === 'kakaotalk');
      await page.goto(url('/services/kakaotalk', { lang }));
      await waitReady(page);
      await expect(page.locator('h2')).toHaveText(talk.name[lang]);
      await expect(page.locator('.ie-function')).toHaveCount(talk.functions.length);
      const text = page.locator('[data-function="text"]');
      await expect(text).toContainText(lang === 'ko' ? '10시간 01분' : '10 h 01 m');
      await expect(text.locator('time[datetime="2022-10-16T01:31:00+09:00"]').first()).toBeVisible();
      await expect(page.locator('.ie-service-detail > .ie-sources a').first()).toHaveAttribute('href', /^https?:\/\//);
    });
  }

  test('an unknown id says so and offers the closest', async ({ page }) => {
    await page.goto(url('/services/kakao-tallk', { lang: 'en' }));
    await waitReady(page);
    await expect(page.locator('h2')).toHaveText('No such service');
    await page.getByRole('link', { name: 'KakaoTalk' }).click();
    await expect(page.locator('h2')).toHaveText('KakaoTalk');
  });
});

test.describe('a thousand services', () => {
  test.beforeAll(() => {
    if (!existsSync(join(ROOT, 'target/bench/synthetic.json'))) {
      const gen = spawnSync('node', [join(ROOT, 'scripts/gen-synthetic.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (gen.status !== 0) throw new Error('gen-synthetic failed: ' + gen.stderr);
    }
  });

  test('render a page at a time, and search them all', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url('/services', { lang: 'en', src: '/bench/synthetic.json' }), { timeout: 60_000 });
    await expect(page.locator('[data-state="ready"]')).toBeAttached({ timeout: 60_000 });
    await expect(page.locator('.ie-count')).toHaveText('1000 services');
    await expect(cards(page)).toHaveCount(60);
    await page.getByRole('button', { name: 'Show 60 more' }).click();
    await expect(cards(page)).toHaveCount(120);
    await page.getByLabel('Find a service').fill('service 99');
    await expect(page.locator('.ie-count')).toHaveText('11 of 1000 services');
    await expect(cards(page)).toHaveCount(11);
  });
});

test.describe('axe', () => {
  test.use({ bypassCSP: true });
  const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      for (const route of ['/services?q=kakao', '/services?q=zzzz', '/services/kakaotalk', '/services/kakao-tallk']) {
        test(`${route}, ${colorScheme}, ${lang}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await page.goto(url(route, { lang }));
          await waitReady(page);
          await page.addScriptTag({ path: AXE });
          const result = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
            TAGS,
          );
          const violations = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          expect(violations).toEqual([]);
        });
      }
    }
  }
});
