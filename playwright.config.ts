import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_BASE_URL } from './e2e/support/constants';

// Debian's Chromium where installed (CI, our machines); Playwright's own
// browser elsewhere (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  // Another E2E_PORT is another instance (e2e/support/constants.ts), with its own results.
  outputDir: process.env.E2E_PORT && process.env.E2E_PORT !== '3100' ? `test-results-${process.env.E2E_PORT}` : 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /(district-[a-z]+|import|fuzz)\.spec\.ts/ },
    // Change what every report or page of the district shows (workflow settings, deadlines, reminders to every department, imported reports): after all the others.
    { name: 'district-wide', use: { browserName: 'chromium' }, testMatch: /(district-[a-z]+|import)\.spec\.ts/, dependencies: ['chromium'] },
    // Checks that malformed requests change nothing in the whole database: after everything else, alone (e2e/fuzz.spec.ts).
    { name: 'fuzz', use: { browserName: 'chromium' }, testMatch: /fuzz\.spec\.ts/, fullyParallel: false, dependencies: ['district-wide'] },
  ],
  webServer: {
    // A production build against a throwaway PostgreSQL with the demo data.
    command: 'npx tsx e2e/support/server.ts',
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
