// The prerendered default view: content at first paint and without JavaScript, never the
// wrong view for a shared link, and a strict Content-Security-Policy.
const { test, expect } = require('@playwright/test');
const { visibleCards, count, open, appLive, watchForTrouble } = require('./helpers');
const { expectedIds } = require('./oracle');
const { hold } = require('./first-view');

/** The app's wasm module. */
const APP_WASM = /\/ai-paper-archive-[^/]*_bg\.wasm$/;

test('the default view is readable before the wasm arrives', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#prerendered')).toBeVisible();
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  await expect(page.locator('#prerendered .paper-card')).toHaveCount(46);
  await expect(page.locator('#loading')).toBeHidden();
});

test('a shared filtered link never shows the unfiltered view first', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/?tags=moe');
  await expect(page.locator('#loading')).toBeVisible();
  await expect(page.locator('#prerendered')).toBeHidden();
  for (const card of await page.locator('.paper-card').all()) await expect(card).toBeHidden();
});

test('the shared filtered link shows its view once the app runs', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, '/?tags=moe');
  await expect(count(page)).toHaveText('Showing 5 of 46 papers');
  expect(trouble).toEqual([]);
});

test('the app adopts the page on screen: the nodes of the first paint are the ones it works with', async ({ page }) => {
  for (const path of ['/', '/?tags=rlhf', '/?q=trans']) {
    // Hold the app back, so the page is the build-time render (and the first view's paint).
    const release = await hold(page, APP_WASM);
    await page.goto(path);
    await expect(page.locator('#prerendered')).toBeVisible();
    await page.evaluate(() => {
      window.__kept = ['.paper-card', 'button.tag-toggle[data-tag=moe]', '#search-input', '.era-count', 'nav.era-jump']
        .map((selector) => [selector, document.querySelector(selector)]);
    });
    release();
    await appLive(page);
    const replaced = await page.evaluate(() =>
      window.__kept.filter(([selector, node]) => !node.isConnected || document.querySelector(selector) !== node).map(([s]) => s));
    expect(replaced, `${path}: nodes the app drew again`).toEqual([]);
    // And the app answers on them: a click on the kept tag button filters.
    await page.evaluate(() => window.__kept[1][1].click());
    await expect(page.locator('button.tag-toggle[data-tag=moe]')).toHaveAttribute('aria-pressed', 'true');
    await page.unroute(APP_WASM);
  }
});

test('the page carries a strict Content-Security-Policy and breaks none of it', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const trouble = watchForTrouble(page);
  await open(page);
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  await page.locator('button.tag-toggle[data-tag=rlhf]').click();
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(trouble).toEqual([]);
});

test('what a reader does before the app is live is kept and done once it is', async ({ page }) => {
  // Hold the wasm back, so the reader acts on the prerendered page, as on a slow phone.
  const release = await hold(page, '**/*.wasm');
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator('#prerendered')).toBeVisible();
  await page.locator('#prerendered button.tag-toggle[data-tag=moe]').click();
  await expect(page.locator('#prerendered button.tag-toggle[data-tag=moe]')).toHaveAttribute('data-early', '');
  await page.locator('#prerendered #search-input').click();
  await page.keyboard.type('goo');
  release();
  await appLive(page);
  await expect(page).toHaveURL(/\?tags=moe&q=goo$/);
  await expect(count(page)).toHaveText(`Showing ${expectedIds('?tags=moe&q=goo').length} of 46 papers`);
  await expect(page.locator('#search-input')).toHaveValue('goo');
  await expect(page.locator('#search-input')).toBeFocused();
  await expect(page.locator('button.tag-toggle[data-tag=moe]')).toHaveAttribute('aria-pressed', 'true');
  // Each early action is its own history entry, as it would have been on the live page.
  await page.goBack();
  await expect(page).toHaveURL(/\?tags=moe$/);
  expect(trouble).toEqual([]);
});
