// The first view: a shared link's view painted by first-view/ (the core in a small wasm module)
// on the prerendered page, before the app is live. It must agree with the app node for node,
// decline what it cannot paint, never show a wrong view, and lose nothing the reader does
// before the app takes over.
const { test, expect } = require('@playwright/test');
const { count, appLive, watchForTrouble, tagButton, visibleCards, APP_LIVE } = require('./helpers');
const { expectFirstViewAgrees, blockApp, blockFirstView, hold, APP_LOADER } = require('./first-view');
const { canonicalMain } = require('./dom-canon');
const { expectedIds } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

/**
 * Links the first view must paint itself, covering every filter it handles. Links with
 * something the archive ignores (an unknown tag or parameter, a bad match, tracking
 * parameters, junk around tags) are the browser's hostile links (hostile-links.js), each
 * compared with the app in hostile-corpus.spec.js: one tag (rlhf, after tracking parameters),
 * two tags (moe,rlhf, beside a bad match), unknown tags alone, an unknown parameter beside
 * tags=moe.
 */
const SHOWN = [
  '/?tags=transformer,attention&match=all',
  '/?q=dall-e',
  '/?q=g',
  '/?q=Transformer%20attention',
  '/?era=transformer',
  '/?tags=moe&q=google',
  '/?tags=rlhf&era=alignment&q=human',
  '/?match=all',
  '/?sort=era',
];

/** Links it must leave to the app, with the reason. */
const DECLINED = {
  '/?paper=gpt-3': 'detail',
  '/?tags=moe&view=graph': 'graph',
  '/?sort=newest': 'date-sort',
  '/?tags=moe,rlhf&match=all&q=zzzz': 'nothing-shown',
};

for (const path of SHOWN) {
  test(`the first view paints ${path} exactly as the app does`, async ({ context }) => {
    expect(await expectFirstViewAgrees(context, path)).toBe('shown');
  });
}

for (const [path, why] of Object.entries(DECLINED)) {
  test(`the first view leaves ${path} to the app (${why})`, async ({ context }) => {
    expect(await expectFirstViewAgrees(context, path)).toBe(`declined: ${why}`);
  });
}

// The browser's hostile links (hostile-links.js) are painted as the app shows them, or declined:
// hostile-corpus.spec.js checks that in the same test as the app's handling of each link.

test('a shared link never shows the default view first, with or without the first view', async ({ page }) => {
  const trouble = watchForTrouble(page);
  // Every frame until the app is live: is the prerendered page on screen, and has the first
  // view painted it by then?
  await page.addInitScript(() => {
    window.__frames = [];
    const sample = () => {
      // From here the page is the app's, showing the URL's view.
      if (document.documentElement.hasAttribute('data-app')) return;
      const prerendered = document.getElementById('prerendered');
      const onScreen = !!prerendered && getComputedStyle(prerendered).display !== 'none';
      window.__frames.push({ onScreen, painted: document.documentElement.dataset.firstView === 'shown' });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  for (const path of ['/?tags=rlhf', '/?tags=nope', '/?sort=newest']) {
    await page.goto(path);
    await appLive(page);
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.length, `${path}: frames sampled`).toBeGreaterThan(0);
    expect(frames.filter((f) => f.onScreen && !f.painted), `${path}: frames showing the default view`).toEqual([]);
    await expect(count(page)).toHaveText(`Showing ${(await visibleCards(page)).length} of 46 papers`);
  }
  expect(trouble, 'no CSP violation or error from the first view').toEqual([]);
});

/** Holds the app back (its JS loader). */
const holdApp = (page) => hold(page, APP_LOADER);

/** Holds the first view back (its wasm). */
const holdFirstView = (page) => hold(page, /\/first-view-[^/]*\.wasm$/);

test('the first view answers filter clicks and Back before the app, and the app takes over from there', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const release = await holdApp(page);
  await page.goto('/?tags=rlhf');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
  // A tag on the bar, then the match switch, then a card's tag chip: each is one history
  // entry, as in the app.
  await tagButton(page, 'instruction-tuning').click();
  await expect(page).toHaveURL(/\?tags=rlhf,instruction-tuning$|\?tags=instruction-tuning,rlhf$/);
  const both = new URL(page.url()).search.slice(1);
  await expect(count(page)).toHaveText(`Showing ${expectedIds(both).length} of 46 papers`);
  await page.locator('button.match-option[data-match=all]').click();
  await expect(page).toHaveURL(/&match=all$/);
  await expect(count(page)).toHaveText(`Showing ${expectedIds(`${both}&match=all`).length} of 46 papers`);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?${both}$`));
  await expect(count(page)).toHaveText(`Showing ${expectedIds(both).length} of 46 papers`);
  await page.locator('.paper-card:not([hidden]) button.tag-label[data-tag=scaling-laws]').first().click();
  await expect(page).toHaveURL(/scaling-laws/);
  const url = new URL(page.url());
  const expected = expectedIds(url.search.slice(1));
  await expect(count(page)).toHaveText(`Showing ${expected.length} of 46 papers`);
  expect(await visibleCards(page)).toEqual(expected);
  await expect(page.locator(APP_LIVE)).toHaveCount(0);
  release();
  await appLive(page);
  expect(page.url()).toBe(url.href);
  await expect(count(page)).toHaveText(`Showing ${expected.length} of 46 papers`);
  expect(await visibleCards(page)).toEqual(expected);
  // Back walks the entries the first view pushed, now in the app.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?${both}$`));
  await expect(count(page)).toHaveText(`Showing ${expectedIds(both).length} of 46 papers`);
  expect(trouble).toEqual([]);
});

test('after clicks on the first view, the page is what the app shows for the new URL', async ({ context }) => {
  const page = await context.newPage();
  await blockApp(page);
  await page.goto('/?tags=rlhf&q=human');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  for (const slug of ['instruction-tuning', 'rlhf', 'scaling-laws']) await tagButton(page, slug).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.goBack();
  await tagButton(page, 'diffusion').click();
  const painted = await page.evaluate(canonicalMain);
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  await page.close();
  const live = await context.newPage();
  await blockFirstView(live);
  await live.goto(path);
  await appLive(live);
  expect(await live.evaluate(canonicalMain) === painted, `the first view after clicks differs from the app at ${path}`).toBe(true);
});

test('a click whose view the first view cannot paint is kept for the app', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/?tags=moe,rlhf');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  // MoE and RLHF together match nothing: the empty state is the app's to show.
  await page.locator('button.match-option[data-match=all]').click();
  await expect(page).toHaveURL(/\?tags=moe,rlhf$/);
  release();
  await expect(page).toHaveURL(/\?tags=moe,rlhf&match=all$/);
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('clicks before the first view is ready and after it are done in the order they were made', async ({ page }) => {
  const releaseApp = await holdApp(page);
  const releaseFirstView = await holdFirstView(page);
  await page.goto('/');
  const entries = await page.evaluate(() => history.length);
  // A card's MoE chip (adds MoE) before the first view is there: kept for the app.
  await page.locator('.paper-card[data-paper=gemini] button.tag-label[data-tag=moe]').click();
  releaseFirstView();
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  // Then the bar's MoE toggle: it must wait behind the first click, not jump ahead of it.
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\/$/);
  releaseApp();
  await appLive(page);
  // Added, then toggled off: back to every paper, two entries later (in the other order the
  // toggle would have added MoE and the chip changed nothing).
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  expect(await page.evaluate(() => history.length)).toBe(entries + 2);
});

test('a click made before the first view is ready is answered by it when it comes, not by the app later', async ({ page }) => {
  const releaseApp = await holdApp(page);
  const releaseFirstView = await holdFirstView(page);
  await page.goto('/');
  const chip = page.locator('.paper-card[data-paper=gemini] button.tag-label[data-tag=moe]');
  await chip.click();
  await expect(chip).toHaveAttribute('data-early', '');
  await expect(page).toHaveURL(/\/$/);
  releaseFirstView();
  // The app is still held: only the first view can have answered.
  await expect(page).toHaveURL(/\?tags=moe$/);
  await expect(count(page)).toHaveText('Showing 5 of 46 papers');
  await expect(chip).not.toHaveAttribute('data-early');
  releaseApp();
  await appLive(page);
  await expect(page).toHaveURL(/\?tags=moe$/);
  await expect(count(page)).toHaveText('Showing 5 of 46 papers');
});

test('"Clear filters" painted by the first view works, and the app agrees', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/?tags=rlhf&q=human');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  await expect(page.locator('#prerendered mark')).toHaveCount(0);
  release();
  await appLive(page);
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
});

test('with the app blocked, the first view alone shows a shared link and names no error', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await blockApp(page);
  await page.goto('/?tags=moe&q=google');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await expect(page.locator('#loading')).toBeHidden();
  await expect(count(page)).toHaveText('Showing 4 of 46 papers');
  await expect(page.locator('#search-input')).toHaveValue('google');
  // Its search marks are ranges in CSS.highlights (the page's nodes stay as built).
  const marked = await page.evaluate(() => [...CSS.highlights.get(PAGE.searchHighlight)].map(String));
  expect(marked.length).toBeGreaterThan(0);
  for (const match of marked) expect(match).toMatch(/^google$/i);
  await expect(page.locator('mark')).toHaveCount(0);
  expect(await visibleCards(page)).toEqual(expectedIds('tags=moe&q=google'));
  // The only trouble is the blocked app itself.
  expect(trouble.filter((t) => !/ai-paper-archive-|Failed to fetch dynamically imported module|ERR_FAILED/.test(t))).toEqual([]);
});
