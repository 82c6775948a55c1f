// First visit vs repeat visit: what the service worker (assets/sw.js) buys a returning reader.
//
//   node scripts/bench/repeat-visit.js NAME DIST [RUNS=7] [PORT=8908] [PROFILE=desktop]
//
// One run: a new temporary profile directory; Chromium started on it with
// chromium.launchPersistentContext (so the HTTP cache, the service worker and its cache persist
// on disk, as in a reader's browser). First visit: cold everything; once the app is live, wait
// until the service worker controls the page (it registers then, and precaches the build).
// Close the browser. Repeat visit: start a new browser process on the same profile (cold
// process, warm caches) and open the page again. For both, the figures are those of the other
// benchmarks (lib.js initScript): time to content (all 46 cards rendered, then the next frame)
// and the time the app went live (clicks work), in ms since navigation start.
//
// Control: the same repeat visit in a profile whose browser blocks service workers
// (`serviceWorkers: 'block'`), i.e. what the HTTP cache alone gives (serve-dist.js sends no
// cache headers, like many static hosts' defaults, so that is little).
//
// PROFILE `desktop` (1280x720, no throttling) or `phone` (lib.js PHONE: 360x740, 150 ms RTT,
// 1.6 Mbps down, and 4x CPU slowdown, via the Chrome DevTools Protocol; note that responses the
// service worker answers from its cache do not cross the throttled network).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serve, summary, loadavg, writeResult, initScript, probe, PHONE, throttleLikePhone } = require('./lib');
const { workerInControl } = require('../../tests/e2e/own-server');
const chromiumOptions = require('../chromium');

const [name = 'root', distArg = 'dist', runsArg = '7', portArg = '8908', profile = 'desktop'] = process.argv.slice(2);
const dist = path.resolve(distArg);
const runs = Number(runsArg);
const papers = 46;

/** Starts Chromium on `dir`, opens `url`, returns the page's figures (and closes the browser). */
async function visit(dir, url, { waitForWorker = false, blockWorkers = false } = {}) {
  const { chromium } = require('@playwright/test');
  const phone = profile === 'phone';
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumOptions,
    headless: true,
    viewport: phone ? PHONE.viewport : { width: 1280, height: 720 },
    serviceWorkers: blockWorkers ? 'block' : 'allow',
  });
  try {
    await context.addInitScript(initScript, probe(papers));
    const page = context.pages()[0] || (await context.newPage());
    if (phone) await throttleLikePhone(context, page);
    let wasmFromWorker = null;
    page.on('response', (response) => {
      if (response.url().endsWith('.wasm')) wasmFromWorker = response.fromServiceWorker();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && window.__bench.ttc && window.__bench.appStarted, null, { timeout: 120_000, polling: 50 });
    const r = await page.evaluate(() => window.__bench);
    if (waitForWorker) {
      // Installed and in control means the build is precached (install waits for it).
      await workerInControl(page);
    }
    return { ttc: r.ttc, live: r.appStarted, wasmFromWorker };
  } finally {
    await context.close();
  }
}

(async () => {
  const load = { before: loadavg() };
  const server = await serve(dist, Number(portArg));
  const samples = [];
  try {
    for (let i = -1; i < runs; i++) {
      const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'archive-repeat-')));
      try {
        const first = await visit(dirs[0], server.url, { waitForWorker: true });
        const repeat = await visit(dirs[0], server.url);
        await visit(dirs[1], server.url, { blockWorkers: true });
        const noWorker = await visit(dirs[1], server.url, { blockWorkers: true });
        if (i < 0) continue; // warm-up, discarded
        samples.push({ first, repeat, noWorker });
        process.stderr.write(`  repeat visit ${name} run ${i + 1}: first content ${first.ttc.toFixed(0)} / live ${first.live.toFixed(0)} ms; `
          + `repeat ${repeat.ttc.toFixed(0)} / ${repeat.live.toFixed(0)} ms (wasm from worker: ${repeat.wasmFromWorker}); `
          + `repeat without worker ${noWorker.ttc.toFixed(0)} / ${noWorker.live.toFixed(0)} ms\n`);
      } finally {
        for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
  }
  const stat = (visitKind, key) => summary(samples.map((s) => s[visitKind][key]));
  const result = {
    name, dist, profile, runs,
    first: { ttc: stat('first', 'ttc'), live: stat('first', 'live') },
    repeat: { ttc: stat('repeat', 'ttc'), live: stat('repeat', 'live') },
    noWorker: { ttc: stat('noWorker', 'ttc'), live: stat('noWorker', 'live') },
    wasmFromWorker: samples.every((s) => s.repeat.wasmFromWorker === true),
    samples,
  };
  load.after = loadavg();
  result.loadavg = load;
  writeResult(`repeat-visit-${name}`, result);
  console.log(`repeat visit ${name} (${profile}): first visit content ${result.first.ttc.median.toFixed(0)} ms, live ${result.first.live.median.toFixed(0)} ms; `
    + `repeat visit content ${result.repeat.ttc.median.toFixed(0)} ms, live ${result.repeat.live.median.toFixed(0)} ms; `
    + `without the worker ${result.noWorker.ttc.median.toFixed(0)} / ${result.noWorker.live.median.toFixed(0)} ms`);
})().catch((e) => { console.error(e); process.exit(1); });
