import { defineConfig, devices } from '@playwright/test';

import { chromiumArgs, executablePath } from './scripts/chromium.mjs';

export { chromiumArgs };

const port = Number(process.env.E2E_PORT ?? 4173);
/** examples/ (the blog page embedding the widget), on a second origin. */
export const blogPort = Number(process.env.E2E_BLOG_PORT ?? 4174);
/** dist/ again, served with STRICT_CSP: the README's Content-Security-Policy, verified. */
export const cspPort = Number(process.env.E2E_CSP_PORT ?? 4175);
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

export default defineConfig({
  testDir: 'e2e',
  // Only *.spec.ts are tests; e2e/support/ holds shared helpers.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Twice the longest journey on an idle 2-core machine (about 30 s, two workers), so a test
  // never fails on the machine's load alone; long journeys are split (people, case specs).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/static-server.mjs --dir ${process.env.E2E_DIR ?? 'dist'} --port ${port} --quiet`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      // The static server starts in well under a second; this bounds a broken start.
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/static-server.mjs --dir examples --port ${blogPort} --quiet`,
      url: `http://127.0.0.1:${blogPort}/blog.html`,
      reuseExistingServer: !process.env.CI,
      // The static server starts in well under a second; this bounds a broken start.
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/static-server.mjs --dir ${process.env.E2E_DIR ?? 'dist'} --port ${cspPort} --quiet --csp "${STRICT_CSP}"`,
      url: `http://127.0.0.1:${cspPort}/`,
      reuseExistingServer: !process.env.CI,
      // The static server starts in well under a second; this bounds a broken start.
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
