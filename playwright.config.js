// End-to-end tests: the release build in dist/, served on 127.0.0.1, driven in Debian's
// headless Chromium (Playwright never downloads a browser here). Build first: scripts/test.sh does.
const { defineConfig } = require('@playwright/test');
const chromium = require('./scripts/chromium');

const port = Number(process.env.E2E_PORT || 8765);

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromium,
  },
  webServer: {
    command: `node tests/e2e/serve-dist.js dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
