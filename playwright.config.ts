import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Fails the run if a browser profile of the run is left in the temp folder (tests/e2e/browser.ts),
  // and removes enterprise-policy files a killed test left in /etc/chromium/policies (policy.spec.ts).
  globalTeardown: './tests/e2e/global-teardown.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  // Two cores: two browsers at once is the most this machine runs without starving them.
  workers: 2,
  // One retry on CI only: a loaded 2-core runner can miss a 5 s poll; a retried pass is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium' },
    // Firefox smoke suite (docs/firefox.md): puppeteer-core drives firefox-esr; one Firefox at a time.
    { name: 'firefox', testDir: 'tests/firefox', workers: 1, timeout: 60_000 },
  ],
});
