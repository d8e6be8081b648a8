// The compensation view in a browser: the estimator's questions by keyboard only (Tab, arrows,
// Enter, typing), the way back, focus moving to each new question and to the result, the
// chosen group going into the URL, deep links to every group in both languages, and axe in
// both themes and both languages mid-flow and on the result.
import { test, expect, url, ids, waitReady, ROOT } from './helpers.mjs';
import { join } from 'node:path';

const EST = '.ie-estimator';
const FOCUS = '#ie-est-focus';

/** Presses Tab until `selector` has focus (keyboard only; fails after `max` presses). */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const claimant = (id) => ids().data.claimants.find((c) => c.id === id);

test.describe('estimator by keyboard', () => {
  test('Pro taxi driver: group, fee, graded answer with its arithmetic, and back', async ({ page }) => {
    test.skip(!claimant('kakao-t-pro-drivers'), 'no Pro-driver group in the built-in data');
    await page.goto(url('/compensation/kakao-t-pro-drivers', { lang: 'en' }));
    await waitReady(page);
    const est = page.locator(EST);
    await expect(est.locator('legend')).toContainText('Which group are you in?');
    // The group in the URL is preselected: Tab lands on it, Enter goes on.
    await tabTo(page, `${EST} input[type=radio]:checked`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toBeFocused();
    await expect(page.locator(FOCUS)).toContainText('What do you pay a month?');
    await expect(page.locator(FOCUS)).toContainText('Question 2 of 2');

    await page.keyboard.press('Tab');
    await expect(page.locator('#ie-est-input')).toBeFocused();
    await page.keyboard.type('39,000');
    await page.keyboard.press('Enter');

    const result = est.locator('.ie-est-result');
    await expect(page.locator(FOCUS)).toBeFocused();
    await expect(page.locator(FOCUS)).toHaveText('Your estimate');
    const card = result.locator('[data-grade]').first();
    await expect(card).toHaveAttribute('data-grade', 'likely-entitled');
    await expect(card).toContainText('₩39,000 × 6 ÷ 31 ≈ ₩7,548 → rounded up to ₩7,550');
    await expect(card).toContainText('₩7,550');
    await expect(card.locator('.ie-sources a').first()).toHaveAttribute('href', /^https?:\/\//);
    // On the page the working is shown unfolded (folded only when embedded).
    await expect(card.locator('.ie-estimate-how')).toHaveAttribute('open');

    // Back: the fee question again, with the answer kept.
    await tabTo(page, `${EST} .ie-est-result button:first-of-type`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toBeFocused();
    await expect(page.locator(FOCUS)).toContainText('What do you pay a month?');
    await expect(page.locator('#ie-est-input')).toHaveValue('39000');
    // Back again: the group question.
    await tabTo(page, `${EST} button[type=button]`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toContainText('Which group are you in?');
  });

  test('choosing a group with the arrow keys puts it in the URL; a loss over a tier edge', async ({ page }) => {
    test.skip(!claimant('small-businesses'), 'no small-business group in the built-in data');
    const groups = ids().data.claimants.map((c) => c.id);
    await page.goto(url('/compensation', { lang: 'ko' }));
    await waitReady(page);
    await tabTo(page, `${EST} input[type=radio]`);
    // Focus is on the first radio; arrows move the choice.
    const steps = groups.indexOf('small-businesses');
    await page.keyboard.press('ArrowDown');
    for (let i = 1; i < steps; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${EST} input[type=radio]:checked`)).toHaveValue(/\d+/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/compensation\/small-businesses/);
    await expect(page.locator('[data-claimant="small-businesses"] h3')).toHaveText(claimant('small-businesses').name.ko);
    await expect(page.locator(FOCUS)).toBeFocused();
    await expect(page.locator(FOCUS)).toContainText('신고한 피해액은 얼마인가요?');

    // Something unreadable keeps the reader on the question, with the reason.
    await page.keyboard.press('Tab');
    await page.keyboard.type('많이');
    await page.keyboard.press('Enter');
    await expect(page.locator('#ie-est-error')).toBeVisible();
    await expect(page.locator('#ie-est-input')).toHaveAttribute('aria-invalid', 'true');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('300001');
    await page.keyboard.press('Enter');
    const card = page.locator('.ie-est-result [data-grade="likely-entitled"]').first();
    await expect(card).toContainText('300,000원 초과 500,000원 이하 구간 → 50,000원');
    await expect(card.locator('.ie-estimate-award')).toContainText('50,000원');
  });

  test('an empty answer is "not enough information", naming what is missing', async ({ page }) => {
    test.skip(!claimant('small-businesses'), 'no small-business group in the built-in data');
    await page.goto(url('/compensation/small-businesses', { lang: 'en' }));
    await waitReady(page);
    await tabTo(page, `${EST} input[type=radio]:checked`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toContainText('How much did you lose?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const card = page.locator('.ie-est-result [data-grade="not-enough-information"]').first();
    await expect(card).toContainText('To compute it we need your loss.');
  });

  test('a group with several services asks which one first', async ({ page }) => {
    const d = ids().data;
    // A group whose offers name more than one service (in the built-in data: paid services).
    const many = d.claimants.find((c) => {
      const s = new Set(d.compensation.filter((o) => (o.claimants ?? []).includes(c.id)).flatMap((o) => o.services ?? []));
      return s.size > 1;
    });
    test.skip(!many, 'no group with offers for several services');
    await page.goto(url(`/compensation/${many.id}`, { lang: 'en' }));
    await waitReady(page);
    await tabTo(page, `${EST} input[type=radio]:checked`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toContainText('Which service?');
    await page.keyboard.press('Tab');
    await expect(page.locator(`${EST} input[name="ie-est-service"]`).first()).toBeFocused();
    await page.keyboard.press('Enter');
    // Either a further question or the result: focus is on its heading either way.
    await expect(page.locator(FOCUS)).toBeFocused();
    await expect(page.locator(FOCUS)).not.toContainText('Which service?');
  });

  test('Blue franchise drivers are asked their fares in the fee-waiver window', async ({ page }) => {
    test.skip(!claimant('kakao-t-blue-drivers'), 'no Blue-driver group in the built-in data');
    await page.goto(url('/compensation/kakao-t-blue-drivers', { lang: 'en' }));
    await waitReady(page);
    await tabTo(page, `${EST} input[type=radio]:checked`);
    await page.keyboard.press('Enter');
    await expect(page.locator(FOCUS)).toContainText('What fares did you take in the window?');
    await expect(page.locator('#ie-est-note')).toContainText('KST');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100000');
    await page.keyboard.press('Enter');
    const card = page.locator('.ie-est-result [data-grade="likely-entitled"]').first();
    await expect(card).toContainText('₩100,000 × 20% = ₩20,000');
    await expect(card).toContainText('(18 h)');
  });
});

test.describe('deep links', () => {
  for (const lang of ['ko', 'en']) {
    test(`every group's page opens on that group (${lang})`, async ({ page }) => {
      const groups = ids().data.claimants ?? [];
      expect(groups.length).toBeGreaterThan(0);
      for (const c of groups) {
        await page.goto(url(`/compensation/${c.id}`, { lang }));
        await waitReady(page);
        await expect(page.locator(`[data-claimant="${c.id}"] h3`), c.id).toHaveText(c.name[lang]);
        await expect(page.locator(`.ie-comp-groups a[aria-current="true"]`)).toHaveText(c.name[lang]);
      }
    });
  }

  test('the service filter the checker links to shows only that service', async ({ page }) => {
    const d = ids().data;
    const svc = d.compensation.flatMap((o) => o.services ?? [])[0];
    test.skip(!svc, 'no offer names a service');
    await page.goto(url(`/compensation?service=${svc}`, { lang: 'en' }));
    await waitReady(page);
    const expected = d.compensation.filter((o) => (o.services ?? []).includes(svc)).map((o) => o.id);
    await expect(page.locator('[data-offer]')).toHaveCount(expected.length);
  });
});

// axe mid-flow and on the result (the route-level pages are in a11y.spec.mjs).
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

test.describe('axe in the estimator', () => {
  test.use({ bypassCSP: true });
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      test(`mid-flow, with an error, and on the result (${colorScheme}, ${lang})`, async ({ page }) => {
        test.skip(!claimant('small-businesses'), 'no small-business group in the built-in data');
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(url('/compensation/small-businesses', { lang }));
        await waitReady(page);
        await tabTo(page, `${EST} input[type=radio]:checked`);
        await page.keyboard.press('Enter');
        await expect(page.locator('#ie-est-input')).toBeVisible();
        expect(await axe(page), 'mid-flow').toEqual([]);
        await page.keyboard.press('Tab');
        await page.keyboard.type('x');
        await page.keyboard.press('Enter');
        await expect(page.locator('#ie-est-error')).toBeVisible();
        expect(await axe(page), 'with an error').toEqual([]);
        await page.keyboard.press('Control+A');
        await page.keyboard.type('500001');
        await page.keyboard.press('Enter');
        await expect(page.locator('.ie-est-result [data-grade="possibly"]').first()).toBeVisible();
        expect(await axe(page), 'on the result').toEqual([]);
      });
    }
  }
});
