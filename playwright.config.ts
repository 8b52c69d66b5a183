import { defineConfig } from '@playwright/test';
import { e2eChromium } from './tests/support/chromium';

/** Found or brought (tests/support/chromium.ts); the run says which and why. */
export const chromiumPath = e2eChromium();

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', grepInvert: /@timing/ },
    // Tests that time the app run last and alone: a test in the other worker (a PDF, a 200-person
    // map) would slow whichever render it happened to catch.
    { name: 'e2e-timing', testDir: 'tests/e2e', grep: /@timing/, dependencies: ['e2e'] },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
