// The script embed's shadow roots, seen from a host page: waiting for every
// <incident-explainer> to be ready, and the computed styles of everything inside one.
import { expect } from '@playwright/test';

/** Waits until every <incident-explainer> on the page is ready (and holds still). */
export async function embedsReady(page, n) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('incident-explainer')].map((e) => e.shadowRoot?.querySelector('[data-state]')?.dataset.state ?? 'none'),
      ),
    )
    .toEqual(Array(n).fill('ready'));
  // Lists render in steps after ready: wait until every shadow root holds still (its element
  // count unchanged over three checks 100 ms apart).
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const count = () =>
          [...document.querySelectorAll('incident-explainer')].reduce((n, e) => n + e.shadowRoot.querySelectorAll('*').length, 0);
        let last = -1;
        let still = 0;
        const tick = () => {
          const n = count();
          still = n === last ? still + 1 : 0;
          last = n;
          if (still >= 3) resolve();
          else setTimeout(tick, 100);
        };
        tick();
      }),
  );
}

// Properties compared on every element of the shadow root (and of the host page).
export const PROPS = [
  'color', 'background-color', 'font-size', 'font-family', 'font-weight', 'line-height',
  'letter-spacing', 'text-transform', 'display', 'margin-top', 'margin-left', 'padding-top',
  'padding-left', 'border-top-width', 'border-top-style', 'box-sizing', 'width', 'height',
];

/** `props` (default PROPS) of every element in the shadow root of the first element `sel` matches. */
export const shadowStyles = (page, sel, props = PROPS) =>
  page.evaluate(
    ({ sel, props }) => {
      const root = document.querySelector(sel).shadowRoot;
      return [...root.querySelectorAll('.ie-scope, .ie-scope *')].map((el) => {
        const cs = getComputedStyle(el);
        return `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} ` + props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
      });
    },
    { sel, props },
  );
