// Takes screenshots of the served app for a human to look at: 1280 px and 360 px wide, light
// and dark. Usage: node scripts/screenshots.js [baseURL] [outDir] [query ...]
// (serve dist/ first, e.g. `node tests/e2e/serve-dist.js dist 8765 &`).
const { chromium } = require('@playwright/test');
const { APP_LIVE } = require('./app-state');

(async () => {
  const [base = 'http://127.0.0.1:8765', out = 'screenshots', ...queries] = process.argv.slice(2);
  const views = queries.length ? queries : ['', '?tags=moe,attention&match=all', '?tags=quantum,diffusion'];
  const browser = await chromium.launch(require('./chromium'));
  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      // A laptop (1280x800) and a phone (360x740): what the first screen holds.
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 800 : 740 }, colorScheme: scheme });
      for (const [i, query] of views.entries()) {
        await page.goto(`${base}/${query}`);
        // The live app has replaced the prerendered view (or the loading state of a link).
        await page.locator(APP_LIVE).waitFor({ state: 'attached' });
        await page.getByTestId('result-count').waitFor();
        const file = `${out}/view${i}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
})();
