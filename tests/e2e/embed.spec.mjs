// The widget inside an iframe on a foreign page (tests/fixtures/host.html): deep links work
// there too, and the widget reports its height to the host (AMP `embed-size`, PRODUCT.md).
import { test, expect } from './helpers.mjs';

test('the widget works in an iframe and reports its height', async ({ page }) => {
  await page.goto('/fixtures/host.html');
  const frame = page.frameLocator('#widget');
  await expect(frame.locator('[data-state="ready"]').first()).toBeAttached();
  expect(await frame.locator('[data-state]').first().evaluate((el) => el.closest('[lang]')?.lang)).toBe('en');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__messages.some((m) => {
          const d = typeof m === 'string' ? (() => { try { return JSON.parse(m); } catch { return null; } })() : m;
          return d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height > 0;
        }),
      ),
    )
    .toBe(true);
  // The host applied the height: the iframe grew to fit the content.
  await expect.poll(() => page.locator('#widget').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(200);
});
