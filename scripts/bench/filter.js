// Filter latency: from a tag click to the settled DOM (count updated, cards laid out), and on to
// the next rendered frame.
//
//   node scripts/bench/filter.js NAME DIST PAPERS [PORT=8903] [CLICKS=64] [WARMUP=8]
//
// NAME keys the result (filter-NAME.json); DIST is a release build whose bundle holds PAPERS
// papers. We load `/` in headless Chromium (1280x720), wait until all PAPERS cards are rendered
// and the app has started, then click tag toggles one after the other (each measured inside the
// page, driven one by one from here):
// each of a few tags is switched on, then off again, so every click changes the view (on: all
// papers -> that tag's papers; off: back to all). For each click:
//
//   t0        performance.now() just before button.click() on button.tag-toggle[data-tag=…]
//   handler   the synchronous click handler returned (Leptos navigates: URL pushed, state queued)
//   count     the count line [data-testid=result-count] shows its new text (a MutationObserver
//             on it records the time; Leptos applies the update in a microtask after the click)
//   laidOut   the DOM has settled and the cards are shown: right after the count changed (Leptos
//             applies every update of a click in one microtask flush), we force style and layout
//             (getBoundingClientRect) and read the clock; then we check that the cards visible
//             in the DOM are exactly as many as the count line says, and fail otherwise. This is
//             the "tag click to the settled DOM (count updated, cards shown)", the figure
//             with the 16 ms goal: the click's own work (script, style, layout).
//   settled   the next animation frame has been rendered: a requestAnimationFrame callback
//             after the count changed posts a 'user-blocking' scheduler.postTask task, which
//             runs as soon as that frame's style, layout and paint on the main thread are done
//             (lib.js: afterFrame)
//
// The frame figure is settled - t0. It includes waiting for the next frame (vsync at 60 Hz
// in headless Chromium), so even a change that costs no time reads 0–16.7 ms; to make that wait
// representative, each click starts at a random (seeded) point of the frame, after ~50 ms idle.
// The first WARMUP clicks (JIT, caches) are discarded.
//
// Also recorded per click, from Chromium's own counters (CDP Performance.getMetrics), the
// renderer main thread's script, style-recalc, layout and total task time spent around the click,
// to show where the time goes; and, per run, the medians of the first and last quarter of the
// clicks, to show whether clicks get slower as they accumulate.
const path = require('node:path');
const { launch, serve, summary, median, loadavg, writeResult, initScript, probe, afterFrame } = require('./lib');

const name = process.argv[2];
const dist = path.resolve(process.argv[3]);
const papers = Number(process.argv[4]);
const port = Number(process.argv[5] || 8903);
const clicks = Number(process.argv[6] || 64);
const warmup = Number(process.argv[7] || 8);
const tags = (process.env.BENCH_TAGS || 'attention,scaling-laws,rlhf,transformer').split(',');
if (!name || !papers) {
  console.error('usage: filter.js NAME DIST PAPERS [PORT] [CLICKS] [WARMUP]');
  process.exit(2);
}

// Runs inside the page: one click, measured. The page keeps its own seeded random generator.
async function clickOnce({ tag }) {
  const count = document.querySelector('[data-testid=result-count]');
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const afterNextFrame = window.__benchAfterFrame; // lib.js: afterFrame, installed by an init script
  window.__benchSeed = window.__benchSeed ?? 0x5eed;
  const random = () => ((window.__benchSeed = (window.__benchSeed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const button = document.querySelector(`button.tag-toggle[data-tag="${tag}"]`);
  if (!button) throw new Error(`no tag toggle for ${tag}`);
  await afterNextFrame();
  await sleep(50 + random() * 16.7);
  const before = count.textContent;
  let tCount = null;
  const changed = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (count.textContent !== before) { tCount = performance.now(); observer.disconnect(); resolve(); }
    });
    observer.observe(count, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error(`count did not change after clicking ${tag}`)); }, 120_000);
  });
  const t0 = performance.now();
  button.click();
  const tHandler = performance.now();
  await changed;
  document.documentElement.getBoundingClientRect();
  const tLaidOut = performance.now();
  const shown = document.querySelectorAll('.era:not([hidden]) .paper-card:not([hidden]), .date-list .paper-card:not([hidden])').length;
  const said = Number(/Showing ([\d,]+) of/.exec(count.textContent)?.[1].replace(/,/g, ''));
  if (shown !== said) throw new Error(`after clicking ${tag}: ${shown} cards shown but the count says "${count.textContent}"`);
  const tSettled = await afterNextFrame();
  return {
    tag, pressed: button.getAttribute('aria-pressed'), countText: count.textContent,
    handler: tHandler - t0, count: tCount - t0, laidOut: tLaidOut - t0, settled: tSettled - t0,
  };
}

// Chromium's cumulative main-thread times for the page (CDP Performance.getMetrics), in ms.
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration'), task: get('TaskDuration') };
}

(async () => {
  const load = { before: loadavg() };
  const server = await serve(dist, port);
  const browser = await launch();
  let result;
  try {
    const context = await browser.newContext();
    await context.addInitScript(initScript, probe(papers));
    await context.addInitScript({ content: `window.__benchAfterFrame = ${afterFrame.toString()};` });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__bench.ttc && window.__bench.appStarted, null, { timeout: 120_000 });
    const loaded = await page.evaluate(() => ({
      ttc: window.__bench.ttc, appStarted: window.__bench.appStarted,
      countText: document.querySelector('[data-testid=result-count]').textContent,
    }));
    if (!loaded.countText.includes(`of ${papers} papers`)) throw new Error(`unexpected count line: ${loaded.countText}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const records = [];
    for (let i = 0; i < warmup + clicks; i++) {
      const tag = tags[Math.floor(i / 2) % tags.length];
      const a = await mainThread(cdp);
      const r = await page.evaluate(clickOnce, { tag });
      const b = await mainThread(cdp);
      // Main-thread time spent from just before this click's idle wait to just after it settled:
      // where the latency goes (the rest of the task time, e.g. paint, is "other").
      r.mainThread = { script: b.script - a.script, style: b.style - a.style, layout: b.layout - a.layout, task: b.task - a.task };
      records.push(r);
      if (papers > 1000 && (i + 1) % 10 === 0) process.stderr.write(`  filter ${name}: ${i + 1}/${warmup + clicks} clicks\n`);
    }
    await context.close();
    const measured = records.slice(warmup);
    const stats = {
      laidOut: summary(measured.map((r) => r.laidOut)),
      settled: summary(measured.map((r) => r.settled)),
      count: summary(measured.map((r) => r.count)),
      handler: summary(measured.map((r) => r.handler)),
    };
    // Main-thread breakdown (medians per click) of script, style recalc, layout and other work.
    const breakdown = Object.fromEntries(['script', 'style', 'layout', 'task'].map((k) => [k, median(measured.map((r) => r.mainThread[k]))]));
    // Drift: does a click get slower the more clicks came before (e.g. something accumulating)?
    const quarter = Math.max(1, Math.floor(measured.length / 4));
    const drift = {
      firstQuarterMedian: median(measured.slice(0, quarter).map((r) => r.laidOut)),
      lastQuarterMedian: median(measured.slice(-quarter).map((r) => r.laidOut)),
    };
    // Click kinds: "on" narrows the view to one tag's papers, "off" shows every paper again.
    const byKind = Object.fromEntries(['true', 'false'].map((p) => [p === 'true' ? 'on' : 'off', summary(measured.filter((r) => r.pressed === p).map((r) => r.laidOut))]));
    result = {
      name, dist, papers, tags, clicks, warmup, browser: browser.version(),
      load: loaded,
      ...stats,
      breakdown, drift, byKind,
      perPaperMs: stats.laidOut.median / papers,
      perPaperFrameMs: stats.settled.median / papers,
      records,
    };
    console.log(`filter ${name}: ${papers} papers, settled DOM laid out: median ${stats.laidOut.median.toFixed(2)} ms, `
      + `p95 ${stats.laidOut.p95.toFixed(2)} ms; next frame: median ${stats.settled.median.toFixed(2)} ms `
      + `(count updated: median ${stats.count.median.toFixed(2)} ms)`);
  } finally {
    await browser.close();
    await server.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult(`filter-${name}`, result);
})().catch((e) => { console.error(e); process.exit(1); });
