// Debian's Chromium (apt: chromium), shared by the Playwright config and the benchmark;
// `npx playwright install` is never used.
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags needed to run Debian's Chromium headless as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
