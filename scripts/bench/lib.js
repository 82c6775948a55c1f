// Shared helpers for the benchmark harness (scripts/bench.sh drives the scripts in this folder).
//
// - launch():      Debian's headless Chromium through Playwright, with the same flags as the
//                  end-to-end tests (Playwright never downloads a browser here).
// - serve():       tests/e2e/serve-dist.js on 127.0.0.1 as a child process, with its request log
//                  (the end-to-end tests' own server, tests/e2e/own-server.js).
// - initScript:    the page-side probe for time to content and the moment the app goes live.
// - eventTiming:   the page-side Event Timing observer (interaction to next paint) and long tasks.
// - stats helpers: median, nearest-rank percentiles, ranges.
// - writeResult(): JSON results under target/bench/results/, read by report.js.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const benchDir = path.join(root, 'target', 'bench');
const resultsDir = path.join(benchDir, 'results');

const chromiumOptions = require('../chromium');
const { serve } = require('../../tests/e2e/own-server');
const { APP_LIVE, PAGE } = require('../app-state');

/** The argument for initScript: wait for `expected` cards; the app's live phase (the page contract). */
function probe(expected) {
  return { expected, states: { live: APP_LIVE, attr: PAGE.phaseAttr } };
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
 * window.__bench.appStarted is when the app went live (the phase on <html>, scripts/app-state.js),
 * having adopted the prerendered page and shown the URL's view: from then on clicks work, and the
 * start script has handed the app the input it kept (assets/start.js).
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
  // The phase on <html> becomes live (scripts/app-state.js) once the app has adopted the page and
  // clicks work. The selector and attribute are passed in, so this function stays self-contained.
  const appObserver = new MutationObserver(() => {
    if (document.documentElement.matches(states.live)) {
      window.__bench.appStarted = performance.now();
      appObserver.disconnect();
    }
  });
  // Observing `document` (not <html>, which may not exist yet when init scripts run).
  appObserver.observe(document, { attributes: true, subtree: true, attributeFilter: [states.attr] });
}

/**
 * Page-side, as an init script (context.addInitScript(eventTiming)): collects the Event Timing
 * API's entries (PerformanceObserver type 'event', durationThreshold 16, the smallest the API
 * allows) in window.__events, and long tasks (type 'longtask', over 50 ms) in
 * window.__longTasks. An entry's duration runs from the input's timestamp to the next paint
 * after its handlers (rounded to 8 ms); an interaction (a click: pointerdown, pointerup, click;
 * a key: keydown, keyup) is the entries sharing an interactionId, and its latency is their
 * largest duration, as INP counts it (interactions() below). An interaction that took less
 * than 16 ms leaves no entry. Only trusted input (from Playwright's mouse and keyboard, not
 * element.click()) is timed.
 */
function eventTiming() {
  window.__events = [];
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__events.push({
          name: e.name, interactionId: e.interactionId, startTime: e.startTime, duration: e.duration,
          processingStart: e.processingStart, processingEnd: e.processingEnd,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without the APIs: no entries, and the scripts say so.
  }
}

/**
 * Node-side: the interactions in Event Timing `entries` (see eventTiming), each as
 * { id, latency, inputDelay, processing, names }: latency is the largest duration of its
 * entries (input to next paint), inputDelay the wait before its first handler ran, processing
 * the time its handlers took.
 */
function interactions(entries) {
  const byId = new Map();
  for (const e of entries) {
    if (!e.interactionId) continue;
    if (!byId.has(e.interactionId)) byId.set(e.interactionId, []);
    byId.get(e.interactionId).push(e);
  }
  return [...byId.entries()].map(([id, es]) => ({
    id,
    latency: Math.max(...es.map((e) => e.duration)),
    inputDelay: Math.min(...es.map((e) => e.processingStart - e.startTime)),
    processing: es.reduce((sum, e) => sum + (e.processingEnd - e.processingStart), 0),
    names: es.map((e) => e.name),
  }));
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
  if (!xs.length) return { n: 0, median: null, p95: null, min: null, max: null };
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
  root, benchDir, resultsDir, PHONE, throttleLikePhone, pageWithoutScripts, initScript, probe, eventTiming, interactions, afterFrame, launch, serve,
  alternateWithStatic, median, percentile, summary, loadavg, writeResult, readResult, readResults,
};
