// Search keystroke latency: from a key press in the search box to the settled DOM (the count
// updated, style and layout forced), for a sequence of real key presses.
//
//   node scripts/bench/keystroke.js NAME DIST [PAPERS=46] [PORT=8907] [ROUNDS=6]
//
// Each round types "trans" one key at a time into #search-input (Playwright keyboard events, so
// the browser sees real input), then deletes it with Backspace, so every key changes the
// search. A keydown listener (capture phase) notes performance.now(); a MutationObserver on
// the count line notes when its text changes, then forces layout. Keys whose search leaves the
// count unchanged are skipped (nothing to wait for). The first round is a warm-up.
const path = require('node:path');
const { launch, serve, summary, loadavg, writeResult } = require('./lib');
const { APP_LIVE, PAGE } = require('../app-state');

const [name = 'real', distArg = 'dist', papersArg = '46', portArg = '8907', roundsArg = '6'] = process.argv.slice(2);
const dist = path.resolve(distArg);
const rounds = Number(roundsArg);

(async () => {
  const load = { before: loadavg() };
  const server = await serve(dist, Number(portArg));
  const browser = await launch();
  let result;
  try {
    const page = await browser.newPage();
    await page.goto(server.url, { timeout: 120_000 });
    await page.locator(APP_LIVE).waitFor({ state: 'attached', timeout: 120_000 });
    await page.evaluate(() => {
      const count = document.querySelector('[data-testid=result-count]');
      window.__keys = [];
      let pressed = null;
      document.addEventListener('keydown', () => { pressed = performance.now(); }, true);
      new MutationObserver(() => {
        if (pressed === null) return;
        document.documentElement.getBoundingClientRect();
        window.__keys.push(performance.now() - pressed);
        pressed = null;
      }).observe(count, { subtree: true, childList: true, characterData: true });
    });
    const box = page.locator(`#${PAGE.searchInputId}`);
    await box.click();
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      await page.evaluate(() => { window.__keys = []; });
      for (const key of [...'trans', ...Array(5).fill('Backspace')]) {
        await page.keyboard.press(key);
        // Long enough for the page to answer before the next key, or the keys overlap.
        await page.waitForTimeout(Number(papersArg) > 1000 ? 1000 : 150);
      }
      const keys = await page.evaluate(() => window.__keys);
      if (round > 0) samples.push(...keys);
    }
    result = { name, dist, papers: Number(papersArg), rounds, browser: browser.version(), keystroke: summary(samples), samples };
  } finally {
    await browser.close();
    await server.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult(`keystroke-${name}`, result);
  console.log(`search keystroke ${name}: ${result.papers} papers, key → settled DOM: median ${result.keystroke.median.toFixed(1)} ms, p95 ${result.keystroke.p95.toFixed(1)} ms (${result.samples.length} keys)`);
})().catch((e) => { console.error(e); process.exit(1); });
