// The public contract's URLs and the built-in incident's ids, for the e2e tests, the bench and
// the screenshot helper. Plain Node: no Playwright import.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export { CSP } from './server.mjs';

/** Waits until the page holds still: its element count unchanged over three checks 50 ms
 *  apart (lists that render in steps after ready have finished). */
export async function waitStill(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          const n = document.getElementsByTagName('*').length;
          still = n === last ? still + 1 : 0;
          last = n;
          if (still >= 3) resolve();
          else setTimeout(tick, 50);
        };
        tick();
      }),
  );
}

/**
 * A URL of the public contract. `route` is the hash route without '#', e.g. '/timeline' or
 * '/check?service=x&at=y'; `lang` goes into the route's query (`#/timeline?lang=en`); `src`
 * (another incident file) goes into the page's query (`/?src=…#/timeline`).
 */
export function url(route, { lang, src } = {}) {
  let hash = route;
  if (lang) hash += (hash.includes('?') ? '&' : '?') + 'lang=' + lang;
  const page = src ? '?src=' + encodeURIComponent(src) : '';
  return '/' + page + '#' + hash;
}

/**
 * The built-in incident: the data/ file that src/data/mod.rs compiles in (`include_str!`), or
 * null while there is none.
 */
export function builtInIncident() {
  let file;
  try {
    const rs = readFileSync(join(ROOT, 'src', 'data', 'mod.rs'), 'utf8');
    file = /include_str!\(\s*"(?:\.\.\/)*data\/([^"]+\.json)"\s*\)/.exec(rs)?.[1];
  } catch {
    return null;
  }
  if (!file || !existsSync(join(ROOT, 'data', file))) return null;
  return { file, data: JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')) };
}

const incident = builtInIncident();

/** An instant as RFC 3339 in the given offset ('+09:00'), as a person there would write it. */
export function inZone(ms, offset = 'Z') {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset ?? '');
  if (!m) return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const shift = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60e3;
  return new Date(ms + shift).toISOString().slice(0, 19) + offset;
}

/** Encode an RFC 3339 time for a URL (the '+' of an offset must not become a space). */
export const enc = (s) => encodeURIComponent(s);

/** Ids for the routes with a parameter, taken from the built-in incident. */
export function ids() {
  if (!incident) throw new Error('no built-in incident in data/*.json (with format_version)');
  const d = incident.data;
  const first = (list, what) => {
    // Without one, a placeholder id: only the tests of that route fail (as they should).
    const none = `no-${what}-in-${incident.file}`;
    return (list ?? []).find((e) => e && e.id) ?? { id: none, title: { ko: none, en: none }, name: { ko: none, en: none } };
  };
  return {
    file: incident.file,
    event: first(d.events, 'events'),
    service: first(d.services, 'services'),
    claimant: first(d.claimants, 'claimants'),
    start: d.incident?.start,
    data: d,
  };
}

/**
 * A time at which every function of some service is in an `outage` interval: the checker must
 * answer "affected" for that service then. Returns { service, at } or null.
 */
export function fullOutage() {
  const d = ids().data;
  for (const s of d.services ?? []) {
    const fns = (s.functions ?? []).filter((f) => (f.status ?? []).length > 0);
    if (fns.length === 0) continue;
    for (const iv of fns[0].status.filter((i) => i.level === 'outage' && i.from && i.to)) {
      const mid = new Date((Date.parse(iv.from) + Date.parse(iv.to)) / 2);
      const allOut = fns.every((f) =>
        f.status.some(
          (i) =>
            i.level === 'outage' &&
            Date.parse(i.from) <= mid.getTime() &&
            (!i.to || Date.parse(i.to) > mid.getTime()),
        ),
      );
      if (allOut) return { service: s, at: inZone(mid.getTime(), d.incident?.time_zone?.offset) };
    }
  }
  return null;
}

/**
 * Every route of the public contract, for the built-in incident. Without one (early in the
 * project) the routes with a parameter name a missing id, so just those tests fail.
 */
export function contractRoutes() {
  let i;
  try {
    i = ids();
  } catch {
    const missing = { id: 'no-built-in-incident' };
    i = { event: missing, service: missing, claimant: missing, start: '2022-10-15T15:30:00+09:00' };
    return routesFor(i, i.start);
  }
  return routesFor(i, fullOutage()?.at ?? i.start);
}


function routesFor(i, at) {
  return [
    ['timeline', '/timeline'],
    ['timeline event', `/timeline/${i.event.id}`],
    ['services', '/services'],
    ['service', `/services/${i.service.id}`],
    ['check', `/check?service=${enc(i.service.id)}&at=${enc(at)}`],
    ['compensation', '/compensation'],
    ['claimant', `/compensation/${i.claimant.id}`],
  ];
}
