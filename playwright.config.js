// End-to-end tests: the release build in dist/, served on 127.0.0.1, driven in Debian's
// headless Chromium (Playwright never downloads a browser here). Build first: scripts/test.sh does.
//
// Four projects: `walk` runs the random walk (random-walk.spec.js) against dist/ served at /.
// It is the longest test by far, so it is listed first: it starts at once in one worker while
// the other works through the rest, instead of starting last with the other worker idle.
// `root` runs every other spec against dist/ served at /; `sub-path` runs
// subpath.spec.js against target/dist-subpath (built with `--public-url /archive/`) served
// under /archive/, as a project page on a static host would serve it; `publish` runs
// publish.spec.js against what scripts/publish.sh made of the example archive imported from
// docs/example.bib (scripts/import.sh; it equals docs/example-bundle.json) for /my-archive/
// (target/publish/dist).
//
// Ports: E2E_PORT (default 8765) and the next two for these servers; offline.spec.js starts
// its own on E2E_PORT + 3, mime.spec.js on E2E_PORT + 4, releases.spec.js on E2E_PORT + 5.
const { defineConfig } = require('@playwright/test');
const chromium = require('./scripts/chromium');

const port = Number(process.env.E2E_PORT || 8765);
const subPort = port + 1;
const publishPort = port + 2;

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromium,
  },
  projects: [
    { name: 'walk', testMatch: /random-walk\.spec\.js/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'root', testIgnore: /(subpath|publish|random-walk)\.spec\.js/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'sub-path', testMatch: /subpath\.spec\.js/, use: { baseURL: `http://127.0.0.1:${subPort}/archive/` } },
    { name: 'publish', testMatch: /publish\.spec\.js/, use: { baseURL: `http://127.0.0.1:${publishPort}/my-archive/` } },
  ],
  webServer: [
    {
      command: `node tests/e2e/serve-dist.js dist ${port}`,
      url: `http://127.0.0.1:${port}/__alive`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `node tests/e2e/serve-dist.js target/dist-subpath ${subPort} /archive/`,
      url: `http://127.0.0.1:${subPort}/__alive`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `node tests/e2e/serve-dist.js target/publish/dist ${publishPort} /my-archive/`,
      url: `http://127.0.0.1:${publishPort}/__alive`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
