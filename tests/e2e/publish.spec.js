// An archive published from someone's own references: scripts/test.sh imports the 3-paper
// docs/example.bib (scripts/import.sh; the result is docs/example-bundle.json) and publishes it
// with scripts/publish.sh under the sub-path /my-archive/, into target/publish/dist. It shows
// exactly those papers, filters by their imported tags, opens their links, and reopens shared links.
const { test, expect } = require('@playwright/test');
const { count, open, appLive, watchForTrouble, tagButton, visibleCards } = require('./helpers');
const shipped = require('./oracle');

/** The example archive's bundle, and its own oracle: its figures are its own, not the shipped archive's. */
const bundle = require('../../docs/example-bundle.json');
const example = shipped.oracleFor(bundle);

test('the published example archive shows its 3 imported papers, opens a link, filters by tag, and reopens a shared link', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, './');
  await expect(count(page)).toHaveText(example.showing());
  expect(await visibleCards(page)).toEqual(['word2vec', 'transformer', 'bert']);
  // Summaries come from the entries' abstracts; BERT's entry has none, and its card no summary.
  await expect(page.locator('[data-paper=word2vec] .paper-summary')).toHaveText(/^Learns a vector for every word/);
  await expect(page.locator('[data-paper=bert] .paper-summary')).toHaveCount(0);

  // A paper's title opens its imported link in a new tab (answered here: nothing leaves the machine).
  await page.context().route('https://arxiv.org/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'the full text' }));
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('[data-paper=transformer] .paper-title a').click(),
  ]);
  await expect(tab).toHaveURL('https://arxiv.org/abs/1706.03762');
  await tab.close();

  // An imported tag (the keyword "Pre-training", given the id "pretraining" by docs/example-tags.json).
  await tagButton(page, 'pretraining').click();
  await expect(page).toHaveURL(/\/my-archive\/\?tags=pretraining$/);
  await expect(count(page)).toHaveText(example.showing('tags=pretraining'));
  expect(await visibleCards(page)).toEqual(['bert']);

  // A link someone shared, opened afresh, then reloaded.
  await open(page, './?tags=attention');
  await expect(count(page)).toHaveText(example.showing('tags=attention'));
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
  const title = `${bundle.title} — Academic Paper Archive`;
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
  // None of the shipped archive's texts (its description names its paper count).
  expect(html).not.toMatch(new RegExp(`${shipped.total} breakthrough|Research Papers|The science behind AI`));
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
