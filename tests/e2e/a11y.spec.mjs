// axe-core on every route of the public contract, light and dark, Korean and English, at the
// desktop width the other specs use and at a phone's.
// axe is injected as a script tag, which the strict CSP would block, so these tests (and only
// these) run with bypassCSP; shell.spec.mjs checks the CSP itself without any bypass.
import { test, expect, url, contractRoutes, waitSettled, drawAll, ROOT } from './helpers.mjs';
import { join } from 'node:path';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
// WCAG 2.0–2.2 A and AA. ('best-practice' is left out: its landmark rules judge the host page,
// which an embedded widget does not own.)
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ bypassCSP: true });

// The phone layout differs (tabs, folded lists, wrapped chips), and so may target sizes.
const WIDTHS = [
  { label: '', viewport: null },
  { label: ', 360 px', viewport: { width: 360, height: 740 } },
];

for (const { label, viewport } of WIDTHS) {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['ko', 'en']) {
      test.describe(`${colorScheme}, ${lang}${label}`, () => {
        if (viewport) test.use({ viewport });
        for (const [name, route] of contractRoutes()) {
          test(`axe: ${name} (${route})`, async ({ page }) => {
            await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
            await page.goto(url(route, { lang }));
            await waitSettled(page);
            if (viewport) expect(await page.evaluate(() => window.innerWidth)).toBe(viewport.width);
            await drawAll(page);
            await page.addScriptTag({ path: AXE });
            const result = await page.evaluate(
              (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
              TAGS,
            );
            const violations = result.violations.map(
              (v) =>
                `${v.id} (${v.impact}): ${v.help}\n` +
                v.nodes
                  .slice(0, 5)
                  .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`)
                  .join('\n'),
            );
            expect(violations, `axe violations on ${route} (${colorScheme}, ${lang}${label})`).toEqual([]);
          });
        }
      });
    }
  }
}
