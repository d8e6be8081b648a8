// Playwright configuration for the end-to-end tests (tests/e2e/*.spec.mjs).
// They run against the RELEASE bundle in dist/ (build it first: `make build`), served by
// tests/e2e/server.mjs on 127.0.0.1 with the strict CSP, in Debian's Chromium. Playwright's
// own browser download is never used.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// One port for the whole run: the Makefile passes a free one; workers inherit the variable.
process.env.E2E_PORT ??= String(20000 + Math.floor(Math.random() * 20000));
const port = Number(process.env.E2E_PORT);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(CHROMIUM)) {
  throw new Error(`${CHROMIUM} not found: run scripts/tools.sh (installs Debian's chromium)`);
}

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['./summary-reporter.mjs']],
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    headless: true,
    trace: 'off',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
    // The widget picks its language from the URL, else the browser's; Korean is the default.
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  },
  webServer: {
    command: `node tests/e2e/server.mjs --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
