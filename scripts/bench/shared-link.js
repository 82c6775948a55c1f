// A shared link's time to content, against the same view as static HTML, on a desktop or an
// emulated phone.
//
//   node scripts/bench/shared-link.js NAME DIST QUERY [RUNS=9] [PROFILE=desktop] [APP_PORT=8908] [STATIC_PORT=8909]
//
// The static page: the app opened at QUERY, once it is live, saved without its
// scripts (and .js/.wasm preloads) into a copy of DIST under target/bench/static-NAME/, so the
// same stylesheet loads. Each run: a new browser context (cold cache), PROFILE `desktop`
// (1280x720) or `phone` (lib.js PHONE: 360x740, 150 ms RTT, 1.6 Mbps, 4x CPU), alternating app
// and static. An init script samples every frame from the first one on, and records:
//   - content: the end of the first frame (lib.js afterFrame: a requestAnimationFrame callback,
//     then a user-blocking task) in which the link's view is on screen: the loading state is
//     gone (or was never there) and the view's cards, exactly, are the visible ones, after the
//     document is parsed;
//   - wrong: whether any earlier frame showed a card the view does not show (a wrong view
//     painted first: the prerendered default under a linked URL, say);
//   - live: when the phase on <html> became live (scripts/app-state.js);
//   - FCP and LCP.
// The figure is content (ms since navigation start); the report gives the ratio of medians and
// the range of the ratios of each round (app and static loaded one after the other).
const fs = require('node:fs');
const path = require('node:path');
const { benchDir, launch, serve, alternateWithStatic, summary, loadavg, writeResult, PHONE, throttleLikePhone, pageWithoutScripts } = require('./lib');
const { VISIBLE_CARDS, APP_LIVE, PAGE } = require('../app-state');

const [name, distArg, query, runsArg = '9', profile = 'desktop', appPortArg = '8908', staticPortArg = '8909'] = process.argv.slice(2);
if (!name || !distArg || !query) {
  console.error('usage: node scripts/bench/shared-link.js NAME DIST QUERY [RUNS] [desktop|phone] [APP_PORT] [STATIC_PORT]');
  process.exit(2);
}
const dist = path.resolve(distArg);
const runs = Number(runsArg);
const staticDir = path.join(benchDir, `static-${name}`);

/** Page side: watches every frame for the view's cards (`expected`, paper ids in page order). */
function watcher({ expected, selector, loadingId, live }) {
  const b = (window.__link = { wrong: false, frames: 0 });
  const frame = () => {
    b.frames += 1;
    const html = document.documentElement;
    if (html && !b.live && html.matches(live)) b.live = performance.now();
    const loading = document.getElementById(loadingId);
    const loadingShown = !!loading && loading.checkVisibility();
    const shown = [...document.querySelectorAll(selector)].filter((c) => c.checkVisibility()).map((c) => c.dataset.paper);
    const exact = shown.length === expected.length && shown.every((id, i) => id === expected[i]);
    if (!b.content && exact && !loadingShown && document.readyState !== 'loading') {
      b.cards = performance.now();
      const done = () => { b.content = performance.now(); };
      if (window.scheduler && scheduler.postTask) scheduler.postTask(done, { priority: 'user-blocking' });
      else setTimeout(done, 0);
    } else if (!b.content && shown.some((id) => !expected.includes(id))) {
      // A card the view does not show (a page still being parsed shows a part of the view).
      b.wrong = true;
    }
    if (!b.content || !b.live) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The live app's view of `url`: the shown cards' ids, and its DOM saved without scripts. */
async function makeStatic(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector(APP_LIVE, { state: 'attached', timeout: 60_000 });
  const expected = await page.locator(VISIBLE_CARDS).evaluateAll((cards) => cards.map((c) => c.dataset.paper));
  const html = await page.evaluate(pageWithoutScripts);
  await page.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
  fs.cpSync(dist, staticDir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  fs.writeFileSync(path.join(staticDir, 'index.html'), html);
  return { expected, staticHtmlBytes: Buffer.byteLength(html) };
}

async function once(browser, url, expected) {
  const phone = profile === 'phone';
  const context = await browser.newContext(phone ? { viewport: PHONE.viewport } : {});
  await context.addInitScript(watcher, { expected, selector: VISIBLE_CARDS, loadingId: PAGE.loadingId, live: APP_LIVE });
  const page = await context.newPage();
  if (phone) await throttleLikePhone(context, page);
  const scripts = [];
  page.on('request', (req) => { if (/\.(m?js|wasm)([?#]|$)/.test(new URL(req.url()).pathname)) scripts.push(req.url()); });
  await page.goto(url, { waitUntil: 'commit' });
  // The content, and the app live (the static page has no script to wait for).
  await page.waitForFunction(() => window.__link && window.__link.content && (window.__link.live || !document.querySelector('script')),
    null, { timeout: 120_000, polling: 50 });
  const m = await page.evaluate(async () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const lcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => { const e = list.getEntries(); resolve(e[e.length - 1].startTime); })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(null), 1000);
    });
    const b = window.__link;
    return { content: b.content, wrong: b.wrong, live: b.live ?? null, fcp: fcp ? fcp.startTime : null, lcp };
  });
  await context.close();
  return { ...m, scriptRequests: scripts.length };
}

(async () => {
  const load = { before: loadavg() };
  const app = await serve(dist, Number(appPortArg));
  const browser = await launch();
  let result;
  try {
    const appUrl = app.url + query.replace(/^\//, '');
    const { expected, staticHtmlBytes } = await makeStatic(browser, appUrl);
    const stat = await serve(staticDir, Number(staticPortArg));
    const staticUrl = stat.url + query.replace(/^\//, '');
    try {
      const samples = await alternateWithStatic(runs, { app: appUrl, static: staticUrl }, (url) => once(browser, url, expected),
        (which, i, r) => process.stderr.write(`  shared link ${name} ${which.padEnd(6)} run ${i + 1}: content ${r.content.toFixed(0)} ms${r.wrong ? ' (WRONG VIEW FIRST)' : ''}\n`));
      const stat2 = (xs, key) => summary(xs.map((s) => s[key]).filter((x) => typeof x === 'number'));
      const side = (xs) => ({ content: stat2(xs, 'content'), fcp: stat2(xs, 'fcp'), lcp: stat2(xs, 'lcp'), live: stat2(xs, 'live') });
      result = {
        name, dist, query, profile, runs, cards: expected.length, staticHtmlBytes, browser: browser.version(),
        // (The static copy carries the live phase it was saved with: no live time of its own.)
        app: side(samples.app), static: { ...side(samples.static), live: undefined },
        ratio: 0, wrongViews: samples.app.filter((r) => r.wrong).length + samples.static.filter((r) => r.wrong).length,
        // app / static of each round (the two loads were one after the other): the spread.
        roundRatios: summary(samples.app.map((a, i) => a.content / samples.static[i].content)),
        samples,
      };
      result.ratio = result.app.content.median / result.static.content.median;
    } finally {
      await stat.stop();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult(`shared-link-${name}`, result);
  console.log(`shared link ${name} (${profile}, ${query}, ${result.cards} cards): app ${result.app.content.median.toFixed(0)} ms, `
    + `static ${result.static.content.median.toFixed(0)} ms, ratio ${result.ratio.toFixed(2)} (rounds ${result.roundRatios.min.toFixed(2)}–${result.roundRatios.max.toFixed(2)}); `
    + `app live ${result.app.live.median?.toFixed(0)} ms; wrong views first: ${result.wrongViews}`);
})().catch((e) => { console.error(e); process.exit(1); });
