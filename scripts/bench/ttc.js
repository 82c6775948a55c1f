// Time to content: the app at `/` versus the same page's rendered DOM saved as static HTML.
//
//   node scripts/bench/ttc.js DIST [RUNS=15] [APP_PORT=8901] [STATIC_PORT=8902] [CARDS=46]
//
// What one figure means: in headless Chromium (1280x720, Playwright's default viewport), with a
// cold cache (a new browser context per run: empty HTTP cache, new renderer process, so no
// compiled-wasm cache either), the time from navigation start (performance.timeOrigin) until all
// CARDS `.paper-card` elements are in the DOM, the document is parsed, and the next frame has been
// rendered (style, layout, paint) on the main thread. An init script (lib.js: initScript) watches
// the DOM with a MutationObserver from the first byte on and records performance.now() (which
// counts from navigation start) in the page itself. The "two requestAnimationFrame callbacks"
// variant is recorded too (ttc2raf); see lib.js for why it is not the headline figure.
//
// The static variant: we load the app once, wait for it to start and render the cards, take
// document.documentElement.outerHTML, drop every <script> and every modulepreload/preload link
// to .js/.wasm, and save it as index.html in a copy of DIST under target/bench/static/ (so the
// same CSS and favicon load). Both are served by tests/e2e/serve-dist.js (gzip like a static host, no
// cache headers) on 127.0.0.1. Runs alternate app/static (and which goes first) so that
// background load on the machine hits both alike; one warm-up run of each is discarded.
//
// Also recorded per run: first-contentful-paint, largest-contentful-paint (both presentation
// times), DOMContentLoaded, and for the app the moment it went live (the phase on <html>: it has
// adopted the prerendered page and answers clicks from then on; lib.js).
const fs = require('node:fs');
const path = require('node:path');
const { benchDir, launch, serve, alternateWithStatic, summary, loadavg, writeResult, initScript, probe, pageWithoutScripts } = require('./lib');

const dist = path.resolve(process.argv[2] || 'dist');
const runs = Number(process.argv[3] || 15);
const appPort = Number(process.argv[4] || 8901);
const staticPort = Number(process.argv[5] || 8902);
const cards = Number(process.argv[6] || 46);
const staticDir = path.join(benchDir, 'static');

async function makeStatic(browser, appUrl) {
  fs.rmSync(staticDir, { recursive: true, force: true });
  fs.cpSync(dist, staticDir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  const context = await browser.newContext();
  await context.addInitScript(initScript, probe(cards));
  const page = await context.newPage();
  await page.goto(appUrl, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__bench.ttc && window.__bench.appStarted, null, { timeout: 60_000 });
  const html = await page.evaluate(pageWithoutScripts);
  await context.close();
  fs.writeFileSync(path.join(staticDir, 'index.html'), html);
  return Buffer.byteLength(html);
}

async function once(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(initScript, probe(cards));
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (req) => { if (/\.(m?js|wasm)([?#]|$)/.test(new URL(req.url()).pathname)) scripts.push(req.url()); });
  await page.goto(url, { waitUntil: 'commit' });
  // Wait for both figures, and for the app to have started (so its start-up is not cut short).
  await page.waitForFunction(() => window.__bench.ttc && window.__bench.ttc2raf
    && (window.__bench.appStarted || !document.querySelector('script')), null, { timeout: 60_000, polling: 50 });
  const m = await page.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const lcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => { const e = list.getEntries(); resolve(e[e.length - 1].startTime); })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(null), 1000);
    });
    return {
      ttc: window.__bench.ttc,
      ttc2raf: window.__bench.ttc2raf,
      cardsInDom: window.__bench.cards,
      appStarted: window.__bench.appStarted ?? null,
      fcp: fcp ? fcp.startTime : null,
      lcp,
      domContentLoaded: nav.domContentLoadedEventEnd,
      htmlBytes: nav.decodedBodySize,
    };
  });
  await context.close();
  return { ...m, scriptRequests: scripts.length };
}

function collect(samples) {
  const out = {};
  for (const key of Object.keys(samples[0])) {
    const xs = samples.map((s) => s[key]).filter((x) => typeof x === 'number');
    if (xs.length) out[key] = summary(xs);
  }
  return out;
}

(async () => {
  const load = { before: loadavg() };
  const app = await serve(dist, appPort);
  const browser = await launch();
  let result;
  try {
    const staticHtmlBytes = await makeStatic(browser, app.url);
    const stat = await serve(staticDir, staticPort);
    try {
      const samples = await alternateWithStatic(runs, { app: app.url, static: stat.url }, (url) => once(browser, url),
        (which, i, r) => process.stderr.write(`  ttc ${which.padEnd(6)} run ${String(i + 1).padStart(2)}: ${r.ttc.toFixed(1)} ms\n`));
      const a = collect(samples.app);
      const s = collect(samples.static);
      result = {
        dist, cards, runs, staticHtmlBytes, browser: browser.version(),
        app: a, static: s,
        ratio: a.ttc.median / s.ttc.median,
        samples,
      };
    } finally {
      await stat.stop();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult('ttc', result);
  console.log(`time to content: app ${result.app.ttc.median.toFixed(1)} ms, static ${result.static.ttc.median.toFixed(1)} ms, ratio ${result.ratio.toFixed(2)}`);
})().catch((e) => { console.error(e); process.exit(1); });
