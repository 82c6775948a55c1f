// A server of the spec's own (tests/e2e/serve-dist.js as a child process), for tests that stop
// it, swap the build it serves or change how it serves it, while the browser keeps its service
// worker (offline.spec.js, mime.spec.js, releases.spec.js). Each such spec takes its own port
// above E2E_PORT, so they can run at once.
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const { expect } = require('@playwright/test');
const PAGE = require('../../scripts/page-contract');

const root = path.resolve(__dirname, '..', '..');

/** GETs `target`; resolves with the status code, or null if nothing answers. */
function get(target) {
  return new Promise((resolve) => {
    http.get(target, (res) => { res.resume(); resolve(res.statusCode); }).on('error', () => resolve(null));
  });
}

/**
 * Serves `dir` on `port` and keeps its request log; `env` adds to serve-dist.js's environment
 * (e.g. SERVE_DIST_WASM_TYPE). Returns { url, requests, settled(), stop() }: `requests` are
 * the paths that reached the server; settled() resolves once every request made so far is in
 * the log.
 */
async function serve(dir, port, env = {}) {
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [path.join(root, 'tests/e2e/serve-dist.js'), dir, String(port)], {
    env: { ...process.env, ...env, SERVE_DIST_LOG: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const requests = [];
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) if (line.startsWith('GET ')) requests.push(line.slice(4));
  });
  for (let tries = 0; (await get(`${url}__alive`)) !== 204; tries++) {
    if (tries > 100) throw new Error(`serve-dist.js did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    requests,
    /** The log is read asynchronously: a marker request shows when it has caught up. */
    async settled() {
      const seen = requests.filter((r) => r === '/__alive').length;
      await get(`${url}__alive`);
      await expect.poll(() => requests.filter((r) => r === '/__alive').length).toBeGreaterThan(seen);
    },
    stop() {
      return new Promise((resolve) => {
        // Already gone (stopped before, or killed by a signal: then exitCode stays null).
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}

/** Waits until a service worker controls the page (it registers once the app is live). */
async function workerInControl(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** The release the page came from (post-build.js writes it into index.html). */
function build(page) {
  return page.locator(`meta[name="${PAGE.appBuildMeta}"]`).getAttribute('content');
}

module.exports = { get, serve, workerInControl, build };
