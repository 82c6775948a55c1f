// Shared helpers for the benchmark harness (scripts/bench.sh drives the scripts in this folder).
//
// - launch():      Debian's headless Chromium through Playwright, with the same flags as the
//                  end-to-end tests (Playwright never downloads a browser here).
// - serve():       tests/e2e/serve-dist.js on 127.0.0.1 as a child process, stopped by its pid.
// - stats helpers: median and nearest-rank percentiles.
// - writeResult(): JSON results under target/bench/results/, read by report.js.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const benchDir = path.join(root, 'target', 'bench');
const resultsDir = path.join(benchDir, 'results');

const chromiumOptions = require('../chromium');
const { APP_LIVE } = require('../app-state');

/** The argument for initScript: wait for `expected` cards; the app's live state. */
function probe(expected) {
  return { expected, states: { live: APP_LIVE } };
}

/**
 * The emulated phone: a 360x740 screen, 150 ms round trips, 1.6 Mbps down, 750 kbps up, and a
 * 4x CPU slowdown, applied with the Chrome DevTools Protocol (throttleLikePhone).
 */
const PHONE = {
  viewport: { width: 360, height: 740 },
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  cpu: 4,
};

/** Throttles `page`'s network and CPU like PHONE; call before navigating. */
async function throttleLikePhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
}

/**
 * Runs in the page: the document as static HTML, without its scripts and without preloads of
 * .js/.wasm, so the static copy of a view shows the same DOM and loads the same stylesheet.
 */
function pageWithoutScripts() {
  const doc = document.documentElement.cloneNode(true);
  for (const script of doc.querySelectorAll('script')) script.remove();
  for (const link of doc.querySelectorAll('link[rel=modulepreload], link[rel=preload]')) {
    if (/\.(m?js|wasm)([?#]|$)/.test(link.getAttribute('href') || '')) link.remove();
  }
  return '<!DOCTYPE html>\n' + doc.outerHTML;
}

async function launch() {
  const { chromium } = require('@playwright/test');
  return chromium.launch(chromiumOptions);
}

/** Starts serve-dist.js for `dir` on `port`; resolves once it answers. Returns { url, stop }. */
async function serve(dir, port) {
  const child = spawn(process.execPath, [path.join(root, 'tests', 'e2e', 'serve-dist.js'), dir, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve-dist.js ${dir} ${port} exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false));
    });
    if (ok) break;
    if (Date.now() > deadline) { child.kill(); throw new Error(`no server on ${url}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

/**
 * The page-side probe for "time to content", passed to context.addInitScript(initScript, probe(N)): it
 * runs in every new document before the document's own scripts and watches the DOM with a
 * MutationObserver. Once N `.paper-card` elements exist and the document is parsed, it waits for
 * the next frame to be rendered (afterFrame below) and stores performance.now() — milliseconds
 * since navigation start — in window.__bench.ttc.
 *
 * afterFrame: a requestAnimationFrame callback (it runs at the start of the next frame, just
 * before that frame's style, layout and paint) posts a task with scheduler.postTask at
 * 'user-blocking' priority, which Chromium runs as soon as the frame's rendering on the main
 * thread is done, ahead of ordinary tasks. The more common "two requestAnimationFrame callbacks"
 * is kept as window.__bench.ttc2raf, but it overstates the time whenever a long task follows the
 * paint: with a prerendered page, the wasm app's start-up runs right after the cards are painted,
 * and the second callback waits for it. (Raster and compositing happen off the main thread and
 * are not included in either; FCP/LCP, reported alongside, are presentation times.)
 *
 * window.__bench.appStarted is when the app went live, having adopted the prerendered page and
 * shown the URL's view: from then on clicks work. (Trunk's TrunkApplicationStarted event comes
 * earlier, when the wasm is instantiated; the app then adopts the page in short turns, see
 * src/adopt.rs.)
 */
function initScript({ expected, states }) {
  window.__bench = {};
  let seen = false;
  const check = () => {
    if (seen || document.readyState === 'loading') return;
    if (document.querySelectorAll('.paper-card').length < expected) return;
    seen = true;
    observer.disconnect();
    window.__bench.cards = performance.now();
    requestAnimationFrame(() => {
      window.__bench.raf = performance.now();
      const done = () => { window.__bench.ttc = performance.now(); };
      if (window.scheduler && scheduler.postTask) scheduler.postTask(done, { priority: 'user-blocking' });
      else setTimeout(done, 0);
      requestAnimationFrame(() => { window.__bench.ttc2raf = performance.now(); });
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', check);
  // The app marks <html data-app=live> (scripts/app-state.js) once it has adopted the page and
  // clicks work. The selector is passed in, so this function stays self-contained.
  const appObserver = new MutationObserver(() => {
    if (document.documentElement.matches(states.live)) {
      window.__bench.appStarted = performance.now();
      appObserver.disconnect();
    }
  });
  // Observing `document` (not <html>, which may not exist yet when init scripts run).
  appObserver.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
}

/**
 * Page-side: resolves with performance.now() once the next frame has been rendered on the main
 * thread (a requestAnimationFrame callback, then a 'user-blocking' scheduler.postTask task; see
 * initScript). Serialised into the page by filter.js, so it must stay self-contained.
 */
function afterFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const done = () => resolve(performance.now());
    if (window.scheduler && scheduler.postTask) scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  }));
}

function sorted(xs) { return [...xs].sort((a, b) => a - b); }
function median(xs) {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
function percentile(xs, p) {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
function summary(xs) {
  return { n: xs.length, median: median(xs), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs) };
}

function loadavg() { return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number); }

function writeResult(name, data) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...data, recordedAt: new Date().toISOString() }, null, 2) + '\n');
  return file;
}

function readResult(name) {
  const file = path.join(resultsDir, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/** Every result whose name starts with `prefix` (one per page or profile), in name order. */
function readResults(prefix) {
  if (!fs.existsSync(resultsDir)) return [];
  return fs.readdirSync(resultsDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((f) => readResult(f.replace(/\.json$/, '')));
}

/**
 * The side-by-side runs of an app page and the static HTML of the same view: one discarded
 * warm-up load of each (the browser's own first-use costs), then `runs` rounds, alternating
 * which goes first. `load(url)` does one cold load and returns its sample (with
 * `scriptRequests`, the .js/.wasm requests it made); `report(which, round, sample)` logs it.
 * Returns `{ app: [...], static: [...] }`; fails if the static page requested any script.
 */
async function alternateWithStatic(runs, urls, load, report) {
  await load(urls.app);
  await load(urls.static);
  const samples = { app: [], static: [] };
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 ? ['static', 'app'] : ['app', 'static']) {
      const sample = await load(urls[which]);
      samples[which].push(sample);
      report(which, i, sample);
    }
  }
  if (samples.static.some((r) => r.scriptRequests > 0)) throw new Error('the static page requested .js or .wasm');
  return samples;
}

module.exports = {
  root, benchDir, resultsDir, PHONE, throttleLikePhone, pageWithoutScripts, initScript, probe, afterFrame, launch, serve, alternateWithStatic, median, percentile, summary, loadavg, writeResult, readResult, readResults,
};
