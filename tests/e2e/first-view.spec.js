// The first view: a shared link's view painted by first-view/ (the core in a small wasm module)
// on the prerendered page, before the app is live. It must agree with the app node for node,
// decline what it cannot paint, never show a wrong view, and lose nothing the reader does
// before the app takes over.
const { test, expect } = require('@playwright/test');
const { count, appComplete, watchForTrouble, tagButton, visibleCards, APP_LIVE } = require('./helpers');
const { expectFirstViewAgrees, blockApp } = require('./first-view');
const { cases } = require('./hostile-links');
const { expectedIds } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

/** Links the first view must paint itself, covering every filter it handles. */
const SHOWN = [
  '/?tags=rlhf',
  '/?tags=moe,rlhf',
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
  '/?tags=nope': 'notices',
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

test('every link of the hostile corpus is painted exactly as the app does, or left to it', async ({ context }) => {
  test.setTimeout(120_000);
  const outcomes = {};
  for (const c of cases) {
    const outcome = await expectFirstViewAgrees(context, c.path);
    outcomes[outcome] = (outcomes[outcome] || 0) + 1;
  }
  console.log(`hostile corpus, first view: ${JSON.stringify(outcomes)}`);
  // Both paths are exercised: links with notices go to the app, clean ones are painted.
  expect(outcomes.shown).toBeGreaterThan(0);
  expect(outcomes['declined: notices']).toBeGreaterThan(0);
});

test('a shared link never shows the default view first, with or without the first view', async ({ page }) => {
  const trouble = watchForTrouble(page);
  // Every frame until the app is live: is the prerendered page on screen, and has the first
  // view painted it by then?
  await page.addInitScript(() => {
    window.__frames = [];
    const sample = () => {
      const prerendered = document.getElementById('prerendered');
      const onScreen = !!prerendered && getComputedStyle(prerendered).display !== 'none';
      window.__frames.push({ onScreen, painted: document.documentElement.dataset.firstView === 'shown' });
      if (!document.documentElement.hasAttribute('data-app')) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  for (const path of ['/?tags=rlhf', '/?tags=nope', '/?sort=newest']) {
    await page.goto(path);
    await appComplete(page);
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.length, `${path}: frames sampled`).toBeGreaterThan(0);
    expect(frames.filter((f) => f.onScreen && !f.painted), `${path}: frames showing the default view`).toEqual([]);
    await expect(count(page)).toHaveText(`Showing ${(await visibleCards(page)).length} of 46 papers`);
  }
  expect(trouble, 'no CSP violation or error from the first view').toEqual([]);
});

test('what the reader does on the first view is kept and done once the app is live', async ({ page }) => {
  const trouble = watchForTrouble(page);
  // Hold the app back, as a slow network would, until the reader has acted.
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/ai-paper-archive-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?tags=rlhf');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
  // Two clicks on the first view: another tag, then the match switch.
  await tagButton(page, 'moe').click();
  await page.locator('button.match-option[data-match=all]').click();
  await expect(page.locator(APP_LIVE)).toHaveCount(0);
  release();
  await expect(page).toHaveURL(/\?tags=moe,rlhf&match=all$/);
  const expected = expectedIds('tags=moe,rlhf&match=all');
  await expect(count(page)).toHaveText(`Showing ${expected.length} of 46 papers`);
  expect(await visibleCards(page)).toEqual(expected);
  expect(trouble).toEqual([]);
});

test('"Clear filters" painted by the first view works once the app is live', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/ai-paper-archive-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?tags=rlhf&q=human');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  release();
  await expect(page).toHaveURL(/\/$/);
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
  await expect(page.locator('.paper-card:not([hidden]) mark').first()).toHaveText(/google/i);
  expect(await visibleCards(page)).toEqual(expectedIds('tags=moe&q=google'));
  // The only trouble is the blocked app itself.
  expect(trouble.filter((t) => !/ai-paper-archive-|Failed to fetch dynamically imported module|ERR_FAILED/.test(t))).toEqual([]);
});
