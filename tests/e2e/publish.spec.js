// An archive published from someone's own bundle: scripts/publish.sh with the 3-paper example
// (docs/example-bundle.json) under the sub-path /my-archive/, as scripts/test.sh builds it into
// target/publish/dist. It shows exactly that bundle's papers, filters, and reopens shared links.
const { test, expect } = require('@playwright/test');
const { count, open, appComplete, watchForTrouble, tagButton, visibleCards } = require('./helpers');

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
  await appComplete(page);
  await expect(page).toHaveURL(/\/my-archive\/\?tags=attention$/);
  expect(await visibleCards(page)).toEqual(['transformer', 'bert']);

  // Its service worker covers the sub-path, and nothing else.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/my-archive/');
  expect(trouble).toEqual([]);
});
