// The ?src= origin check end to end (issue 12): every spelling in tests/fixtures/origin-forms.json
// loaded from a page WITHOUT a Content-Security-Policy (/nocsp/), so that only the widget's own
// check stands between the page and another site. A form that leads elsewhere is refused and
// named; one that is no http(s) URL is refused; none makes a request off the page's origin (the
// `problems` fixture records every request, and this test every request the page made).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, url, ids, ROOT } from './helpers.mjs';

const FORMS = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'origin-forms.json'), 'utf8')).forms;
const port = () => process.env.E2E_PORT;
const fill = (s) => s.replaceAll('{host}', `127.0.0.1:${port()}`).replaceAll('{port}', port());
const lines = (page) => page.locator('.ie-notice li code').allTextContents();

test.describe('every spelling of another origin is refused before any request', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const [i, form] of FORMS.entries()) {
    test(`${i}: ${JSON.stringify(form.src)} (${form.expect})`, async ({ page, problems }) => {
      problems.allow(/Failed to load resource|net::|ERR_|status of/i);
      const asked = [];
      page.on('request', (r) => asked.push(r.url()));
      const src = fill(form.src);
      await page.goto('/nocsp' + url('/timeline', { src, lang: 'en' }));
      const settled = page.locator('[data-state="ready"], [data-state="error"]').first();
      await expect(settled).toBeAttached();
      if (form.expect === 'refused') {
        expect(await lines(page)).toEqual([`src: origin ${fill(form.origin)} is not allowed`]);
      } else if (form.expect === 'not-http') {
        expect(await lines(page)).toEqual(['src: not an http or https URL']);
      } else {
        // Same origin: fetched from the page's own server (most of these files do not exist).
        const l = await lines(page);
        for (const line of l) expect(line).toMatch(new RegExp(`^src \\(http://(.*@)?127\\.0\\.0\\.1:${port()}/`));
      }
      await expect(page.locator('[data-state] h1').first()).toHaveText(ids().data.incident.title.en);
      const pageOrigin = `http://127.0.0.1:${port()}`;
      const off = asked.filter((u) => /^https?:/.test(u) && new URL(u).origin !== pageOrigin);
      expect(off, 'requests off the page origin').toEqual([]);
      if (form.expect !== 'same') {
        // Nothing was asked for but the page and its bundle (the page's own query names the file).
        const files = asked.filter((u) => !u.includes('?src=')).map((u) => new URL(u).pathname);
        // Matched on whole path parts: a bundle file's content hash may hold "0000".
        expect(files.filter((p) => /\/(x\.json|evil[^/]*|passwd|0000)$/.test(p) || p.includes('evil')), 'the refused file was asked for').toEqual([]);
      }
    });
  }
});
