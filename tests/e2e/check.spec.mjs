// The "was I affected?" checker in the browser: deep links in both languages give the right
// data-verdict and words; the same moment in any offset gives the same answer; the form (with
// suggestions as one types, a function, a time in one's own zone or in KST) navigates to the
// canonical link; "copy link" and "copy reply" put the right text on the clipboard (and a
// refused clipboard is said and worked around); axe finds nothing in either theme or language.
// Runs on the built-in incident (the Kakao outage); the times below are from its fact sheet.
import { test, expect, url, enc, waitReady, ROOT } from './helpers.mjs';
import { join } from 'node:path';

const AT = '2022-10-15T18:00:00+09:00';
const verdict = (page) => page.locator('[data-verdict]');
const check = (service, at, extra = '') => `/check?service=${enc(service)}&at=${enc(at)}${extra}`;

test.describe('deep links', () => {
  const cases = [
    // [what, route, verdict, English words, Korean words]
    ['affected', check('카톡', AT), 'affected', 'Affected: KakaoTalk was down at that time.', '영향 있음: 그 시각 카카오톡은 멈춰 있었습니다.'],
    ['partly', check('kakaotalk', '2022-10-16T03:00:00+09:00'), 'partially-affected', 'Partly affected: some functions of KakaoTalk', '일부 영향: 그 시각 카카오톡의 일부 기능이'],
    ['not', check('KakaoTalk', '2022-10-15T10:00:00+09:00'), 'not-affected', 'Not affected: according to the sources, KakaoTalk was working', '영향 없음: 자료에 따르면 그 시각 카카오톡은 정상이었습니다.'],
    ['outside', check('kakaotalk', '2021-10-15T18:00:00+09:00'), 'unknown', 'This time is outside what the data covers.', '이 시각은 데이터가 다루는 기간 밖입니다.'],
    ['no such service', check('kakao-tallk', AT), 'unknown', 'There is no service called “kakao-tallk” in this data.', '이 데이터에는 ‘kakao-tallk’라는 서비스가 없습니다.'],
    ['no such function', check('kakaotalk', AT, '&function=teleport'), 'unknown', 'KakaoTalk has no function “teleport” in this data.', '카카오톡에는 ‘teleport’라는 기능 기록이 없습니다.'],
    // Issue 14: after the last report (pending at 09:00 on 18 Oct), not down to the all-clear.
    ['after the last report', check('kakao-pay', '2022-10-19T12:00:00+09:00', '&function=certificates'), 'unknown', 'The sources stop before this time', '출처는 이 시각 전에 끊깁니다'],
  ];
  for (const [what, route, want, en, ko] of cases) {
    for (const [lang, words] of [['en', en], ['ko', ko]]) {
      test(`${what} (${lang})`, async ({ page }) => {
        await page.goto(url(route, { lang }));
        await waitReady(page);
        await expect(verdict(page)).toHaveAttribute('data-verdict', want);
        await expect(verdict(page)).toContainText(words);
      });
    }
  }

  test('18:00 KST, 09:00 UTC and 05:00 in New York are the same moment', async ({ page }) => {
    for (const at of [AT, '2022-10-15T09:00:00Z', '2022-10-15T05:00:00-04:00']) {
      await page.goto(url(check('kakaotalk', at, '&function=pc-login'), { lang: 'en' }));
      await waitReady(page);
      await expect(verdict(page), at).toHaveAttribute('data-verdict', 'affected');
    }
  });

  test('an unknown service offers the closest names, which ask again', async ({ page }) => {
    await page.goto(url(check('kakao-tallk', AT), { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('link', { name: 'KakaoTalk', exact: true }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'affected');
    expect(await page.evaluate(() => location.hash)).toContain('service=kakaotalk');
  });

  test('the answer links to the compensation that fits', async ({ page }) => {
    await page.goto(url(check('kakaotalk', AT), { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('link', { name: /compensation offers? for this service/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/compensation?service=kakaotalk&lang=en');
  });
});

test.describe('the form', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('suggests as one types, in either language and any case', async ({ page }) => {
    await page.goto(url('/check', { lang: 'en' }));
    await waitReady(page);
    const field = page.getByLabel('Service', { exact: true });
    const suggestions = page.locator('.ie-suggestions button');
    await field.fill('카톡');
    await expect(suggestions.first()).toHaveText('KakaoTalk');
    await field.fill('kakaot');
    await expect(suggestions).toContainText(['Kakao T', 'KakaoTalk']);
    await field.fill('KAKAO PAY');
    await expect(suggestions.first()).toHaveText('Kakao Pay');
    await expect(page.getByRole('status').filter({ hasText: /suggestion/ })).toHaveText(/\d+ suggestions?/);
  });

  test('in Korea time: navigates to the canonical link and focuses the answer', async ({ page }) => {
    await page.goto(url('/check', { lang: 'en' }));
    await waitReady(page);
    await page.getByLabel('Service', { exact: true }).fill('kakao');
    await page.locator('.ie-suggestions button', { hasText: /^KakaoTalk$/ }).click();
    await expect(page.getByLabel('Service', { exact: true })).toHaveValue('KakaoTalk');
    await page.getByLabel('Function (optional)').selectOption({ label: 'Text messaging (mobile)' });
    await page.getByLabel('Date and time').fill('2022-10-15T18:00');
    await page.getByLabel(/Korea time/).check();
    await expect(page.locator('.ie-means')).toContainText('Sat 15 Oct, 18:00');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'affected');
    expect(await page.evaluate(() => location.hash)).toBe(
      '#/check?service=kakaotalk&function=text&at=2022-10-15T18:00:00%2B09:00&lang=en',
    );
    await expect(page.locator('.ie-result-title')).toBeFocused();
    await expect(page.locator('.ie-main-interval')).toContainText('(10 h 01 m)');
  });

  test("in the reader's own zone by default", async ({ page }) => {
    await page.goto(url('/check', { lang: 'ko' }));
    await waitReady(page);
    await page.getByLabel('서비스', { exact: true }).fill('카톡');
    await page.getByLabel('날짜와 시각').fill('2022-10-15T05:00');
    await page.getByRole('button', { name: '확인하기', exact: true }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'affected');
    expect(await page.evaluate(() => location.hash)).toBe('#/check?service=kakaotalk&at=2022-10-15T05:00:00-04:00&lang=ko');
  });

  test('says what is missing instead of navigating', async ({ page }) => {
    await page.goto(url('/check', { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Please name a service.');
    await expect(page.getByLabel('Service', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => location.hash)).toBe('#/check?lang=en');
  });
});

test.describe('questions that name a function', () => {
  test.use({ timezoneId: 'America/New_York' });
  const asked = (page) => page.locator('.ie-asked');

  for (const [q, service, fn, en] of [
    ['Daum Mail', 'daum', 'mail', 'Daum Mail'],
    ['다음 메일', 'daum', 'mail', 'Daum Mail'],
    ['Kakao T taxi', 'kakao-t', 'taxi', 'Taxi calling'],
    ['카카오페이 송금', 'kakao-pay', 'payments-transfers', 'Payments and transfers'],
    ['KakaoTalk photos', 'kakaotalk', 'media', 'Sending photos, videos and files'],
  ]) {
    test(`typed "${q}": the answer is for that function, and its link says so`, async ({ page }) => {
      await page.goto(url('/check', { lang: 'en' }));
      await waitReady(page);
      await page.getByLabel('Service', { exact: true }).fill(q);
      await expect(page.getByLabel('Function (optional)')).toHaveValue(fn);
      await page.getByLabel('Date and time').fill('2022-10-15T18:00');
      await page.getByLabel(/Korea time/).check();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await expect(verdict(page)).toHaveAttribute('data-verdict', /^(affected|partially-affected|not-affected|unknown)$/);
      expect(await page.evaluate(() => location.hash)).toBe(
        `#/check?service=${service}&function=${fn}&at=2022-10-15T18:00:00%2B09:00&lang=en`,
      );
      await expect(asked(page)).toContainText(`Function${en}`);
    });
  }

  test('suggestions offer a function once a service is named, and fill the form with it', async ({ page }) => {
    await page.goto(url('/check', { lang: 'en' }));
    await waitReady(page);
    const field = page.getByLabel('Service', { exact: true });
    await field.fill('Daum M');
    const first = page.locator('.ie-suggestions button').first();
    // Seen as "Daum › Mail", heard as "Daum, Mail".
    await expect(first).toHaveAttribute('data-function', 'mail');
    await expect(first).toHaveAccessibleName(/^Daum\s*,\s*Mail$/);
    await first.click();
    await expect(field).toHaveValue('Daum Mail');
    await expect(page.getByLabel('Function (optional)')).toHaveValue('mail');
    await field.fill('카카오T 택');
    await expect(first).toHaveAccessibleName(/^Kakao T\s*,\s*Taxi calling$/);
  });

  test('a near miss suggests the closest names, in either script', async ({ page }) => {
    await page.goto(url('/check', { lang: 'ko' }));
    await waitReady(page);
    const field = page.getByLabel('서비스', { exact: true });
    for (const q of ['kakaotlak', '카카오텍']) {
      await field.fill(q);
      await expect(page.locator('.ie-suggestions button').first()).toHaveText('카카오톡');
    }
  });

  test('a near miss in a link answers unknown with the closest names as links to ask again', async ({ page }) => {
    for (const q of ['kakaotlak', '카카오텍']) {
      await page.goto(url(check(q, AT), { lang: 'en' }));
      await waitReady(page);
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'unknown');
      const link = page.locator('.ie-did-you-mean a').first();
      await expect(link).toHaveText('KakaoTalk');
      const box = await link.boundingBox();
      expect(box.height, 'a target of 24 px at least').toBeGreaterThanOrEqual(24);
      expect(box.width).toBeGreaterThanOrEqual(24);
    }
    await page.locator('.ie-did-you-mean a').first().click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'affected');
  });

  test('service= still names what it named; a name it did not know can now name a function', async ({ page }) => {
    // An alias of the whole service stays the whole service in a link.
    await page.goto(url(check('다음메일', AT), { lang: 'en' }));
    await waitReady(page);
    await expect(asked(page)).not.toContainText('Function');
    await expect(verdict(page)).toContainText('Daum');
    for (const q of ['daum-mail', 'Daum Mail']) {
      await page.goto(url(check(q, AT), { lang: 'en' }));
      await waitReady(page);
      await expect(asked(page)).toContainText('FunctionDaum Mail');
    }
    // function= has the last word.
    await page.goto(url(check('Daum Mail', AT, '&function=news'), { lang: 'en' }));
    await waitReady(page);
    await expect(asked(page)).toContainText('FunctionDaum News');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 700 }, timezoneId: 'America/New_York' });
  const FIRST_SCREEN = 700;

  for (const lang of ['en', 'ko']) {
    test(`"Was KakaoTalk down at 18:00?" is answered whole on the first screen (${lang})`, async ({ page }) => {
      await page.goto(url(check('kakaotalk', AT), { lang }));
      await waitReady(page);
      const result = verdict(page);
      await expect(result).toHaveAttribute('data-verdict', 'affected');
      // On arrival by the link, the answer is at the top of the screen with focus on it.
      await expect(page.locator('.ie-result-title')).toBeFocused();
      await expect.poll(() => result.evaluate((r) => Math.abs(r.getBoundingClientRect().top) <= 1)).toBe(true);
      const arrival = await page.evaluate(() => ({ y: document.querySelector('.ie-result').getBoundingClientRect().top + scrollY }));
      const parts = {
        verdict: page.locator('.ie-result-title'),
        'time, incident zone': page.locator('.ie-asked time').first(),
        'time, reader zone': page.locator('.ie-asked .ie-when-reader'),
        'how long from then': page.locator('.ie-lasted'),
        'what still worked': page.locator('.ie-still-worked'),
        compensation: page.locator('.ie-compensation-link a'),
        'copy link': page.locator('[data-copy="link"] button'),
        'copy reply': page.locator('[data-copy="reply"] button'),
      };
      for (const [what, loc] of Object.entries(parts)) {
        await expect(loc, what).toBeVisible();
        const box = await loc.boundingBox();
        expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(FIRST_SCREEN);
      }
      await expect(page.locator('.ie-lasted')).toContainText(lang === 'en' ? 'From then it lasted' : '그 시각부터');
      // The intervals function by function, and the sources, are folded.
      await expect(page.locator('.ie-detail')).toHaveJSProperty('open', false);
      await expect(page.locator('.ie-detail .ie-check-functions').first()).toBeHidden();
      const height = (await result.boundingBox()).height;
      console.log(`KakaoTalk at 18:00 (${lang}, 375 px): the answer is ${Math.round(height)} px tall, its top ${Math.round(arrival.y)} px down the page, scrolled to on arrival`);
      expect(height).toBeLessThanOrEqual(1200);
      // Unfolded, every function is there with its interval.
      await page.locator('.ie-detail > summary').click();
      await expect(page.locator('.ie-detail .ie-check-functions li')).toHaveCount(11);
    });
  }

  test('a partial answer opens its functions by default', async ({ page }) => {
    await page.goto(url(check('kakaotalk', '2022-10-16T03:00:00+09:00'), { lang: 'en' }));
    await waitReady(page);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'partially-affected');
    await expect(page.locator('.ie-detail')).toHaveJSProperty('open', true);
    await expect(page.locator('.ie-detail .ie-check-functions').first()).toBeVisible();
  });
});

test.describe('copy link and copy reply', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], timezoneId: 'America/New_York' });

  test('copy link gives the canonical absolute link, which reproduces the answer', async ({ page, context, baseURL }) => {
    await page.goto(url(check('카톡', '2022-10-15T09:00:00Z'), { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy="link"] [role="status"]')).toHaveText('The link to this answer is on the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}#/check?service=kakaotalk&at=2022-10-15T09:00:00%2B00:00&lang=en`);
    const other = await context.newPage();
    await other.goto(link);
    await waitReady(other);
    await expect(other.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'affected');
    await expect(other.locator('[data-verdict]')).toContainText('Affected: KakaoTalk was down at that time.');
  });

  test('copy reply, in English, with both zones and what to do next', async ({ page, baseURL }) => {
    await page.goto(url(check('kakaotalk', '2022-10-15T05:00:00-04:00'), { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await expect(page.locator('[data-copy="reply"] [role="status"]')).toHaveText('The reply text is on the clipboard.');
    const reply = await page.evaluate(() => navigator.clipboard.readText());
    expect(reply).toContain('Hello,');
    expect(reply).toContain('We looked up KakaoTalk at Sat 15 Oct, 18:00 KST (your time: Sat 15 Oct, 05:00 UTC−04:00).');
    expect(reply).toContain('Affected: KakaoTalk was down at that time.');
    expect(reply).toContain('- Text messaging (mobile): Down (approx.), Sat 15 Oct, 15:30 KST (Sat 15 Oct, 02:30 UTC−04:00) – Sun 16 Oct, 01:31 KST (Sat 15 Oct, 12:31 UTC−04:00) (10 h 01 m)');
    expect(reply).toContain(`Compensation: ${baseURL}#/compensation?service=kakaotalk&lang=en`);
    expect(reply).toContain(`Details and sources: ${baseURL}#/check?service=kakaotalk&at=2022-10-15T05:00:00-04:00&lang=en`);
  });

  test('copy reply, in Korean', async ({ page, baseURL }) => {
    await page.goto(url(check('카톡', AT), { lang: 'ko' }));
    await waitReady(page);
    await page.getByRole('button', { name: '답변 문구 복사' }).click();
    await expect(page.locator('[data-copy="reply"] [role="status"]')).toHaveText('답변 문구를 복사했습니다.');
    const reply = await page.evaluate(() => navigator.clipboard.readText());
    expect(reply).toContain('안녕하세요.');
    expect(reply).toContain('문의하신 10월 15일 (토) 18:00 KST 카카오톡 이용 건을 확인했습니다.');
    expect(reply).toContain('영향 있음: 그 시각 카카오톡은 멈춰 있었습니다.');
    expect(reply).toContain('- 문자 메시지(모바일): 중단 (대략), 10월 15일 (토) 15:30 KST – 10월 16일 (일) 01:31 KST (10시간 01분)');
    expect(reply).toContain(`보상 안내: ${baseURL}#/compensation?service=kakaotalk&lang=ko`);
    expect(reply).toContain(`자세한 내용과 출처: ${baseURL}#/check?service=kakaotalk&at=2022-10-15T18:00:00%2B09:00&lang=ko`);
    // The preview on the page is the same text.
    await page.locator('.ie-reply-preview summary').click();
    await expect(page.locator('.ie-reply')).toHaveText(reply);
  });

  test('a refused clipboard is said, and the text is offered to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await page.goto(url(check('kakaotalk', AT), { lang: 'en' }));
    await waitReady(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy="link"] [role="status"]')).toHaveText(/Could not copy/);
    await expect(page.locator('[data-copy="link"] textarea')).toHaveValue(/#\/check\?service=kakaotalk&at=2022-10-15T18:00:00%2B09:00&lang=en$/);
  });
});

test.describe('axe', () => {
  // axe is injected as a script tag, which the strict CSP would block (as in a11y.spec.mjs).
  test.use({ bypassCSP: true });
  const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const states = [
    ['affected', check('kakaotalk', AT)],
    ['unknown service', check('kakao-tallk', AT)],
    ['partly, one function', check('kakaotalk', '2022-10-16T03:00:00+09:00', '&function=text')],
    ['after the last report', check('delivery-agencies', '2022-10-19T12:00:00+09:00')],
    ['partly, functions open', check('kakaotalk', '2022-10-16T03:00:00+09:00')],
    ['near miss', check('카카오텍', AT)],
    ['function suggestions', '/check'],
    ['form with suggestions', '/check'],
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      for (const [name, route] of states) {
        test(`${name}, ${colorScheme}, ${lang}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await page.goto(url(route, { lang }));
          await waitReady(page);
          if (route === '/check') await page.locator('#ie-check-service').fill(name === 'function suggestions' ? 'Daum M' : 'kakao');
          if (name === 'affected') await page.locator('.ie-reply-preview summary').click();
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
