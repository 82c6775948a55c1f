// An archive published from someone's own bundle: scripts/publish.sh with the 3-paper example
// (docs/example-bundle.json) under the sub-path /my-archive/, as scripts/test.sh builds it into
// target/publish/dist. It shows exactly that bundle's papers, filters, and reopens shared links.
const { test, expect } = require('@playwright/test');
const { count, open, appLive, watchForTrouble, tagButton, visibleCards } = require('./helpers');

test('the published example archive shows its 3 papers, filters by tag, and reopens a shared link', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, './');
  await expect(count(page)).toHaveText('Showing 3 of 3 papers');
  expect(await visibleCards(page)).toEqual(['word2vec', 'transformer', 'bert']);

  await tagButton(page, 'pretraining').click();
  await expect(page).toHaveURL(/\/my-archive\/\?tags=pretraining$/);
  await expect(count(page)).toHaveText('Showing 1 of 3 papers');
  expect(await visibleCards(page)).toEqual(['bert']);

  // A link someone shared, opened afresh, then reloaded.
  await open(page, './?tags=attention');
  await expect(count(page)).toHaveText('Showing 2 of 3 papers');
  expect(await visibleCards(page)).toEqual(['transformer', 'bert']);
  await page.reload();
  await appLive(page);
  await expect(page).toHaveURL(/\/my-archive\/\?tags=attention$/);
  expect(await visibleCards(page)).toEqual(['transformer', 'bert']);

  // Its service worker covers the sub-path, and nothing else.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/my-archive/');
  expect(trouble).toEqual([]);
});

test('the published example archive names and describes itself, not the shipped archive', async ({ page, request }) => {
  const bundle = require('../../docs/example-bundle.json');
  const title = `${bundle.title} — AI Paper Archive`;
  // What a search engine or a link preview reads: the page as served, before any script.
  const html = await (await request.get('./')).text();
  const served = await page.context().newPage();
  await served.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  await expect(served).toHaveTitle(title);
  const meta = (selector) => served.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toBe(bundle.description);
  expect(await meta('meta[property="og:title"]')).toBe(title);
  expect(await meta('meta[property="og:description"]')).toBe(bundle.description);
  expect(await served.locator('h1').textContent()).toBe(bundle.title);
  expect(html).not.toMatch(/46 breakthrough|Research Papers|The science behind AI/);
  await served.close();

  // The live app: its header, and the title of its default view.
  const trouble = watchForTrouble(page);
  await open(page, './');
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundle.title);
  await expect(page.locator('.site-header .subtitle')).toHaveText(bundle.subtitle);
  await expect(page.locator('body')).not.toContainText('Research Papers');
  expect(trouble).toEqual([]);
});
