// The archive hosted under a sub-path (a project page: https://host/archive/), built with
// `trunk build --release --public-url /archive/` and served only under /archive/. Every URL the
// app writes must stay under it, and links, Back, Forward and reload must work there.
const { test, expect } = require('@playwright/test');
const { count, open, appLive, watchForTrouble, tagButton, visibleCards, hold, inPhase, PAGE } = require('./helpers');
const { showing } = require('./oracle');

test('under /archive/ the archive loads, filters, keeps its URLs under the sub-path, and goes back', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, './');
  await expect(count(page)).toHaveText(showing());
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\/archive\/\?tags=moe$/);
  await expect(count(page)).toHaveText(showing('tags=moe'));
  await page.locator('.paper-card[data-paper=gemini] .details-button').click();
  await expect(page).toHaveURL(/\/archive\/\?tags=moe&paper=gemini$/);
  await expect(page.locator('dialog.paper-detail[open]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('dialog.paper-detail[open]')).toHaveCount(0);
  await expect(page).toHaveURL(/\/archive\/\?tags=moe$/);
  await page.reload();
  await appLive(page);
  await expect(count(page)).toHaveText(showing('tags=moe'));
  await page.goBack();
  await expect(page).toHaveURL(/\/archive\/$/);
  await expect(count(page)).toHaveText(showing());
  expect(trouble).toEqual([]);
});

test('a shared link under /archive/ opens its view', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, './?tags=rlhf&q=human');
  await expect(page.locator(`#${PAGE.searchInputId}`)).toHaveValue('human');
  expect((await visibleCards(page)).length).toBeGreaterThan(0);
  await page.locator(`#${PAGE.searchInputId}`).fill('');
  await expect(page).toHaveURL(/\/archive\/\?tags=rlhf$/);
  expect(trouble).toEqual([]);
});

test('under /archive/ a click kept before the app is live is done under the sub-path', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const release = await hold(page);
  await page.goto('./?tags=rlhf');
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  release();
  await appLive(page);
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\/archive\/\?tags=moe,rlhf$/);
  await expect(count(page)).toHaveText(showing('tags=moe,rlhf'));
  expect(trouble).toEqual([]);
});
