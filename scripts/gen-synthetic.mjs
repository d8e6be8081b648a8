#!/usr/bin/env node
// Writes a synthetic incident in the data format v1 (src/data/input.rs) for the bench: by
// default 1,000 services (2 functions each, several status intervals) and 20,000 events over
// five days. Deterministic: the same arguments give the same file.
//
//   node scripts/gen-synthetic.mjs [--services 1000] [--events 20000] [--out target/bench/synthetic.json]
// Prints the service id and time the bench's check should ask about.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const opt = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const nServices = Number(opt('--services', 1000));
const nEvents = Number(opt('--events', 20000));
const out = opt('--out', 'target/bench/synthetic.json');

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const START = Date.parse('2030-01-01T09:00:00+09:00');
const HOUR = 3600e3;
const kst = (ms) => {
  const d = new Date(ms + 9 * HOUR);
  return d.toISOString().slice(0, 19) + '+09:00';
};
const text = (ko, en) => ({ ko, en });
const SRC = ['s1'];
const CATEGORIES = ['messaging', 'portal', 'payments', 'mobility', 'maps', 'content', 'games', 'finance', 'commerce', 'login', 'public', 'health', 'other'];
const KINDS = ['cause', 'outage', 'recovery', 'statement', 'compensation', 'investigation'];
const pad = (n) => String(n).padStart(4, '0');

const services = [];
for (let i = 0; i < nServices; i++) {
  const functions = [];
  for (let f = 0; f < 2; f++) {
    let t = START + rand() * 6 * HOUR;
    const status = [];
    for (const level of ['outage', 'degraded', 'restored']) {
      const len = (1 + rand() * 30) * HOUR;
      status.push({ level, from: kst(t), ...(level === 'restored' ? {} : { to: kst(t + len) }), sources: SRC });
      t += len;
    }
    functions.push({ id: `fn-${f}`, name: text(`기능 ${f}`, `Function ${f}`), status });
  }
  services.push({
    id: `svc-${pad(i)}`,
    name: text(`서비스 ${i}`, `Service ${i}`),
    aliases: [`s${i}`, `서비스${i}`],
    operator: 'op',
    category: pick(CATEGORIES),
    experience: text(`서비스 ${i}에 접속할 수 없었다.`, `Service ${i} could not be reached.`),
    functions,
    sources: SRC,
  });
}

const events = [];
for (let i = 0; i < nEvents; i++) {
  const at = START + (i / nEvents) * 5 * 24 * HOUR;
  const svc = [pick(services).id, pick(services).id];
  events.push({
    id: `ev-${String(i).padStart(5, '0')}`,
    at: kst(at),
    kind: pick(KINDS),
    title: text(`사건 ${i}`, `Event ${i}`),
    text: text(`합성 사건 ${i}의 설명.`, `Description of synthetic event ${i}.`),
    services: [...new Set(svc)],
    sources: SRC,
  });
}

const file = {
  format_version: 1,
  incident: {
    id: 'synthetic',
    title: text('합성 장애', 'Synthetic outage'),
    summary: text('벤치마크용 합성 장애 데이터.', 'Synthetic outage data for the bench.'),
    time_zone: { name: 'Asia/Seoul', abbr: 'KST', offset: '+09:00' },
    start: kst(START),
    end: kst(START + 5 * 24 * HOUR),
    as_of: kst(START + 6 * 24 * HOUR),
    sources: SRC,
  },
  sources: [{ id: 's1', publisher: 'Bench', title: 'Synthetic data', url: 'https://example.org/synthetic', date: '2030-01-07' }],
  operators: [{ id: 'op', name: text('운영사', 'Operator') }],
  services,
  events,
  disputes: [],
  figures: [],
  claimants: [{ id: 'users', name: text('이용자', 'Users'), description: text('모든 이용자', 'All users') }],
  compensation: [],
  context: [],
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(file));
const probe = services[Math.floor(nServices / 2)];
// Ask about a moment inside the probe service's first outage.
const at = kst(Date.parse(probe.functions[0].status[0].from) + 60e3);
console.log(JSON.stringify({ out, service: probe.id, at }));
