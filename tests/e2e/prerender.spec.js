// The prerendered default view: content at first paint and without JavaScript, never the
// wrong view for a shared link, drawn once (the app adopts its nodes, and reorders them for the
// date sorts), and a strict Content-Security-Policy.
const { test, expect } = require('@playwright/test');
const { visibleCards, count, open, appLive, watchForTrouble, hold, inPhase, APP_WASM, PAGE } = require('./helpers');
const { total, expectedIds, showing } = require('./oracle');

// First visits: no service worker answers before the network. A test that holds the app back
// and navigates again would otherwise get the wasm from the worker's cache, which routes cannot
// hold, and check a page the app had already taken over.
test.use({ serviceWorkers: 'block' });

test('the default view is readable before the wasm arrives', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator(`#${PAGE.prerenderedId}`)).toBeVisible();
  await expect(count(page)).toHaveText(showing());
  await expect(page.locator(`#${PAGE.prerenderedId} .paper-card`)).toHaveCount(total);
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
});

test('a shared filtered link never shows the unfiltered view first', async ({ page }) => {
  const release = await hold(page);
  await page.goto('/?tags=moe');
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeVisible();
  // The header stays (the archive's name, the theme toggle); filters and papers wait.
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.filters')).toBeHidden();
  for (const card of await page.locator('.paper-card').all()) await expect(card).toBeHidden();
  release();
  await appLive(page);
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
});

test('no frame shows the default view\'s papers under a linked address before its view is painted', async ({ page }) => {
  await page.addInitScript((live) => {
    window.__frames = [];
    const sample = () => {
      if (document.querySelector(live)) return;
      const card = document.querySelector('.paper-card');
      window.__frames.push(!!card && card.checkVisibility());
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, inPhase('live'));
  for (const path of ['/?tags=rlhf', '/?tags=nope', '/?sort=newest', '/?paper=lstm']) {
    // The app held back until frames have been painted without it, or it could go live before
    // the first frame and leave nothing to check.
    const release = await hold(page);
    await page.goto(path);
    await page.waitForFunction(() => window.__frames.length >= 3);
    release();
    await appLive(page);
    await page.unroute(APP_WASM);
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.filter(Boolean), `${path}: frames showing papers before the view`).toEqual([]);
  }
});

test('a ?paper= link has one main landmark and one h1, before the app and after', async ({ page }) => {
  const release = await hold(page);
  await page.goto('/?paper=lstm');
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  await expect(page.locator('main:visible')).toHaveCount(1);
  await expect(page.locator('h1:visible')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  release();
  await appLive(page);
  await expect(page.locator('dialog.paper-detail[open] #detail-title')).toHaveText('LSTM');
  await expect(page.locator('main:visible')).toHaveCount(1);
  await expect(page.locator('h1:visible')).toHaveCount(1);
});

test('the shared filtered link shows its view once the app runs', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, '/?tags=moe');
  await expect(count(page)).toHaveText(showing('tags=moe'));
  expect(trouble).toEqual([]);
});

test('the app adopts the page on screen: the nodes of the first paint are the ones it works with', async ({ page }) => {
  for (const path of ['/', '/?tags=rlhf', '/?q=trans']) {
    // Hold the app back, so the page is the build-time render.
    const release = await hold(page, APP_WASM);
    await page.goto(path);
    await expect(page.locator(`#${PAGE.prerenderedId}`)).toBeAttached();
    await page.evaluate(() => {
      window.__kept = ['.paper-card', 'button.tag-toggle[data-tag=moe]', `#${PAGE.searchInputId}`, '.era-count', 'nav.era-jump']
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

test('the date sorts reorder the cards on the page, and the era sort puts them back', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    window.__cards = new Map([...document.querySelectorAll('.paper-card')].map((card) => [card.dataset.paper, card]));
  });
  const same = () => page.evaluate(() => [...document.querySelectorAll('.paper-card')].every((c) => window.__cards.get(c.dataset.paper) === c)
    && document.querySelectorAll('.paper-card').length === window.__cards.size);
  await page.locator('select.sort-select').selectOption('newest');
  await expect(page).toHaveURL(/\?sort=newest$/);
  expect(await visibleCards(page)).toEqual(expectedIds('sort=newest'));
  expect(await same(), 'the date list holds the very cards of the first paint').toBe(true);
  await page.locator('select.sort-select').selectOption('oldest');
  expect(await visibleCards(page)).toEqual(expectedIds('sort=oldest'));
  await page.locator('select.sort-select').selectOption('era');
  expect(await visibleCards(page)).toEqual(expectedIds(''));
  expect(await same()).toBe(true);
  // The era sections hold their cards again.
  await expect(page.locator('.date-list .paper-card')).toHaveCount(0);
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
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(trouble).toEqual([]);
});

test('what a reader does before the app is live is kept and done once it is', async ({ page }) => {
  // Hold the wasm back, so the reader acts on the prerendered page, as on a slow phone.
  const release = await hold(page);
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator(`#${PAGE.prerenderedId}`)).toBeVisible();
  await page.locator(`#${PAGE.prerenderedId} button.tag-toggle[data-tag=moe]`).click();
  await expect(page.locator(`#${PAGE.prerenderedId} button.tag-toggle[data-tag=moe]`)).toHaveAttribute(PAGE.earlyAttr, '');
  await page.locator(`#${PAGE.prerenderedId} #${PAGE.searchInputId}`).click();
  await page.keyboard.type('goo');
  release();
  await appLive(page);
  await expect(page).toHaveURL(/\?tags=moe&q=goo$/);
  await expect(count(page)).toHaveText(showing('tags=moe&q=goo'));
  await expect(page.locator(`#${PAGE.searchInputId}`)).toHaveValue('goo');
  await expect(page.locator(`#${PAGE.searchInputId}`)).toBeFocused();
  await expect(page.locator('button.tag-toggle[data-tag=moe]')).toHaveAttribute('aria-pressed', 'true');
  // Each early action is its own history entry, as it would have been on the live page.
  await page.goBack();
  await expect(page).toHaveURL(/\?tags=moe$/);
  expect(trouble).toEqual([]);
});
