// Time to the first click that works: how long after navigation a reader who keeps clicking a
// card's "MoE" tag chip sees the page answer.
//
//   node scripts/bench/first-click.js NAME DIST [RUNS=9] [PORT=8906] [PROFILE=desktop] [QUERY=] [EXPECTED=5] [PAPERS=46] [TAG=moe]
//
// One run: a new browser context (cold cache, new renderer), PROFILE `desktop` (1280x720, no
// throttling) or `phone` (360x740, Chrome DevTools Protocol throttling: 150 ms RTT, 1.6 Mbps
// down, 750 kbps up, 4x CPU slowdown). An init script clicks the first visible TAG chip every
// 10 ms from the moment one is on screen (element.click(), which the app's delegated handlers
// take like a real click), and records when the count line first reads "Showing EXPECTED of
// PAPERS papers" (the view with MoE added). That moment, in ms since navigation start, is the
// figure: a click before the app listens changes nothing, so the page's first answer marks the
// first click that worked. Also recorded: when a chip was first visible (content on screen),
// and when the app went live (<html data-app>).
const path = require('node:path');
const { launch, serve, summary, loadavg, writeResult, PHONE, throttleLikePhone } = require('./lib');
const { APP_LIVE } = require('../app-state');

const [name = 'root', distArg = 'dist', runsArg = '9', portArg = '8906', profile = 'desktop', query = '', expectedArg = '5', papersArg = '46', tag = 'moe'] =
  process.argv.slice(2);
const dist = path.resolve(distArg);
const runs = Number(runsArg);
const expectedText = `Showing ${expectedArg} of ${papersArg} papers`;

/** Page side: click the first visible chip of `tag` every 10 ms until the count answers. */
function clicker({ expectedText, live, tag }) {
  const b = (window.__firstClick = { clicks: 0 });
  const tick = () => {
    // Init scripts can run before <html> exists.
    const html = document.documentElement;
    if (html && !b.live && html.matches(live)) b.live = performance.now();
    const count = document.querySelector('[data-testid=result-count]');
    if (count && count.textContent.replace(/\s+/g, ' ').trim() === expectedText && b.clicks > 0) {
      b.answered = performance.now();
      return;
    }
    // On screen: the stylesheet has loaded (the page is not painted before; without it, every
    // parsed element, even one of a view still behind the loading state, counts as visible).
    const styled = [...document.querySelectorAll('link[rel=stylesheet]')].some((link) => link.sheet);
    const chip = styled && [...document.querySelectorAll(`button.tag-label[data-tag="${tag}"]`)].find((c) => c.checkVisibility());
    if (chip) {
      if (!b.visible) b.visible = performance.now();
      chip.click();
      b.clicks += 1;
    }
    setTimeout(tick, 10);
  };
  tick();
}

async function once(browser, url) {
  const phone = profile === 'phone';
  const context = await browser.newContext(phone ? { viewport: PHONE.viewport } : {});
  await context.addInitScript(clicker, { expectedText, live: APP_LIVE, tag });
  const page = await context.newPage();
  if (phone) await throttleLikePhone(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstClick && window.__firstClick.answered, null, { timeout: 120_000, polling: 50 });
  const r = await page.evaluate(() => window.__firstClick);
  await context.close();
  return { answered: r.answered, visible: r.visible ?? null, live: r.live ?? null, clicks: r.clicks };
}

(async () => {
  const load = { before: loadavg() };
  const server = await serve(dist, Number(portArg));
  const browser = await launch();
  let result;
  try {
    const url = server.url + query;
    await once(browser, url); // warm-up, discarded
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = await once(browser, url);
      samples.push(r);
      process.stderr.write(`  first click ${name} run ${i + 1}: answered at ${r.answered.toFixed(0)} ms (chip visible ${r.visible?.toFixed(0)} ms)\n`);
    }
    const stat = (key) => summary(samples.map((s) => s[key]).filter((x) => typeof x === 'number'));
    result = {
      name, dist, query, profile, runs, expectedText, browser: browser.version(),
      answered: stat('answered'), visible: stat('visible'), live: stat('live'),
      samples,
    };
    result.answeredAfterVisible = result.answered.median - result.visible.median;
  } finally {
    await browser.close();
    await server.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult(`first-click-${name}`, result);
  console.log(`first working click ${name} (${profile}, /${query}): median ${result.answered.median.toFixed(0)} ms; `
    + `chip visible ${result.visible.median.toFixed(0)} ms; gap ${result.answeredAfterVisible.toFixed(0)} ms`);
})().catch((e) => { console.error(e); process.exit(1); });
